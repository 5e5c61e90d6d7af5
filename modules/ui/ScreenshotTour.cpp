#include "ui/ScreenshotTour.h"

#include "core/Translation.h"
#include "store/OutputFile.h"
#include "tracking/ProjectProgress.h"
#include "ui/MainWindow.h"
#include "ui/Links.h"
#include "ui/PortfolioWindow.h"
#include "ui/Page.h"
#include "ui/EngineRunDialog.h"
#include "ui/IngestDialog.h"
#include "ui/MonitoringPage.h"
#include "ui/MonitoringPlanDialog.h"
#include "ui/ProjectSession.h"
#include "ui/RatingDialog.h"
#include "ui/ReviewDialogs.h"
#include "ui/RiskModels.h"
#include "ui/RiskPage.h"
#include "ui/RunComparisonDialog.h"
#include "ui/ValidationModels.h"
#include "ui/ValidationPage.h"

#include <QComboBox>
#include <QCoreApplication>
#include <QDir>
#include <QEventLoop>
#include <QDeadlineTimer>
#include <QPixmap>
#include <QPushButton>
#include <QSaveFile>
#include <QTabWidget>
#include <QTableView>
#include <QThread>
#include <QTimer>
#include <QTreeView>
#include <QUrl>

#include <algorithm>

namespace vv::ui {

static void settle()
{
    // Layouts, charts and text documents finish on posted events; let them run before the grab.
    for (int i = 0; i < 5; ++i)
        QCoreApplication::processEvents();
}

// The monitoring page computes its status off the GUI thread; the picture shows the result, not "Computing…".
static void waitForStatus(MonitoringPage *page)
{
    if (!page->isComputing())
        return;
    QEventLoop loop;
    QObject::connect(page, &MonitoringPage::statusShown, &loop, &QEventLoop::quit);
    QTimer::singleShot(120000, &loop, &QEventLoop::quit);
    loop.exec();
}

// The comparison reads the runs' cases off the GUI thread; the picture shows its result, not "Comparing…".
static void waitForComparison(RunComparisonDialog *dialog)
{
    if (dialog->comparison())
        return;
    QEventLoop loop;
    QObject::connect(dialog, &RunComparisonDialog::comparisonShown, &loop, &QEventLoop::quit);
    QTimer::singleShot(120000, &loop, &QEventLoop::quit);
    loop.exec();
}

Status ScreenshotTour::grabRunsAndRatings(ValidationPage *validation, const Grab &grab)
{
    const auto grabDialog = [&](const QString &name, QDialog *dialog) -> Status {
        dialog->show();
        const Status s = grab(name, dialog);
        dialog->close();
        return s;
    };
    std::vector<qint64> withCases;
    for (int row = 0; row < validation->runsModel()->rowCount(); ++row)
        if (const TestRun *run = validation->runsModel()->runAt(row); run && run->casesTotal > 0)
            withCases.push_back(run->id);
    std::sort(withCases.begin(), withCases.end());
    if (withCases.size() >= 2) {
        const qint64 older = withCases[withCases.size() - 2], newer = withCases.back();
        m_window.showPage(validation);
        validation->selectRuns(older, newer);
        VV_TRY(grab(QStringLiteral("validation-runs"), nullptr));
        RunComparisonDialog *comparison = validation->compareRuns(older, newer);
        if (comparison) {
            waitForComparison(comparison);
            VV_TRY(grabDialog(QStringLiteral("run-comparison"), comparison));
        }
    }
    if (!validation->rateButton()->isEnabled())
        return {};
    RatingDialog *rating = validation->rateAnswers();
    if (!rating)
        return {};
    // The round's last rater, whom a demo leaves halfway (scripts/screenshots): the window opens at the case the
    // rater is working on, some criteria scored and some not.
    if (const int raters = rating->raterBox()->count(); raters > 0)
        rating->openRound(rating->roundBox()->currentData().toLongLong(), rating->raterBox()->itemText(raters - 1));
    return grabDialog(QStringLiteral("rating"), rating);
}

Result<QStringList> ScreenshotTour::run(const QString &directory, const QStringList &languages)
{
    if (!m_window.session()->isOpen())
        return Error::input(QStringLiteral("no project is open"), QStringLiteral("Pass a .veiviser file with --screenshots."));
    if (!QDir().mkpath(directory))
        return Error::runtime(QStringLiteral("%1: cannot create the folder").arg(directory),
                              QStringLiteral("Check the path and its permissions."));
    QStringList written;
    const QString before = Translation::current();
    for (const QString &lang : languages) {
        m_window.setLanguage(lang);
        int n = 0;
        const auto grab = [&](const QString &name, QWidget *what = nullptr) -> Status {
            settle();
            const QString file = QDir(directory).filePath(
                QStringLiteral("%1-%2-%3.png").arg(++n, 2, 10, QLatin1Char('0')).arg(lang, name));
            // The screenshots of an earlier tour are replaced (that is what the tour is for); anything that is not
            // a plain file, or is a project, is not.
            VV_TRY(checkOutputPath(file, ExistingFile::Replace));
            QSaveFile out(file);
            if (!out.open(QIODevice::WriteOnly) || !(what ? what : static_cast<QWidget *>(&m_window))->grab().save(&out, "PNG")
                || !out.commit())
                return Error::runtime(QStringLiteral("%1: cannot write the screenshot").arg(file),
                                      QStringLiteral("Check the folder."));
            written << file;
            return {};
        };
        for (Page *page : m_window.pages()) {
            m_window.showPage(page);
            if (auto *monitoring = qobject_cast<MonitoringPage *>(page))
                waitForStatus(monitoring);
            // The class name names pages that set no object name (vv::ui::EvidencePage: "evidencepage").
            const QString name = page->objectName().isEmpty()
                                     ? QString::fromLatin1(page->metaObject()->className()).section(QLatin1Char(':'), -1).toLower()
                                     : page->objectName();
            VV_TRY(grab(name));
        }
        // The risk page's other tabs: the traceability matrix once computed, and the change control plan.
        if (RiskPage *risk = m_window.riskPage()) {
            m_window.showPage(risk);
            // The first hazard with its form, the deviations about it and what verifies its first control.
            if (const Hazard *first = risk->hazardModel()->hazard(0); first && risk->select(first->id)) {
                risk->controlView()->selectRow(0);
                VV_TRY(grab(QStringLiteral("risk-hazard")));
            }
            for (int tab = 1; tab < risk->tabs()->count(); ++tab) {
                risk->tabs()->setCurrentIndex(tab);
                for (int i = 0; i < 600 && risk->isComputingTrace(); ++i) {
                    QThread::msleep(50);
                    QCoreApplication::processEvents();
                }
                VV_TRY(grab(QStringLiteral("risk-tab%1").arg(tab + 1)));
            }
            risk->tabs()->setCurrentIndex(0);
        }
        // One requirement (the first that is open, else the first there is) and its pack.
        const tracking::ProjectProgress *progress = m_window.session()->progress();
        if (progress && !progress->requirements.empty()) {
            const tracking::RequirementProgress *shown = &progress->requirements.front();
            for (const tracking::RequirementProgress &r : progress->requirements)
                if (r.isOpen()) {
                    shown = &r;
                    break;
                }
            const QString packId = shown->packId;
            m_window.showRequirement(shown->urn);
            VV_TRY(grab(QStringLiteral("requirement")));
            m_window.showPack(packId);
            VV_TRY(grab(QStringLiteral("pack")));
        }
        // The details form as a package's missing-item link opens it: one document, the cursor in a field.
        if (m_window.openLink(LinkTarget::detail(QStringLiteral("fria"), QStringLiteral("fria.affected_persons")).url()))
            VV_TRY(grab(QStringLiteral("details-document")));
        // The dialogs behind the main tasks, as they first open.
        const auto grabDialog = [&](const QString &name, QDialog *dialog) -> Status {
            if (!dialog)
                return {};
            dialog->show();
            const Status s = grab(name, dialog);
            dialog->close();
            return s;
        };
        for (Page *page : m_window.pages())
            if (auto *validation = qobject_cast<ValidationPage *>(page); validation && validation->engineButton()->isEnabled()) {
                EngineRunDialog *engines = validation->runEngine();
                if (engines)
                    engines->selectEngine(QStringLiteral("openai-compatible"));
                VV_TRY(grabDialog(QStringLiteral("engine-run"), engines));
                VV_TRY(grabRunsAndRatings(validation, grab));
            }
        for (Page *page : m_window.pages())
            if (auto *monitoring = qobject_cast<MonitoringPage *>(page)) {
                VV_TRY(grabDialog(QStringLiteral("monitoring-plan"), monitoring->editPlan()));
                VV_TRY(grabDialog(QStringLiteral("monitoring-ingest"), monitoring->chooseIngest()));
                // The same dialog with a query on the hospital's database as the source (its columns not read).
                if (IngestDialog *query = monitoring->chooseIngest()) {
                    query->setQuery(QStringLiteral("postgresql://monitor@dwh.sykehus.no/klinikk"),
                                    QStringLiteral("SELECT innleggelse_id, tidspunkt, risiko, sepsis_48t\nFROM sepsis.prediksjoner\n"
                                                   "WHERE tidspunkt >= now() - interval '14 days'"));
                    VV_TRY(grabDialog(QStringLiteral("monitoring-ingest-query"), query));
                }
            }
        VV_TRY(grabDialog(QStringLiteral("review-open"), m_window.reviewPackageDialog()));
        // The portfolio, when one was opened beside the project (`--portfolio DIR`), once it has been read.
        if (PortfolioWindow *portfolio = m_window.portfolioWindow()) {
            QDeadlineTimer deadline(120000);
            while (portfolio->isLoading() && !deadline.hasExpired())
                QCoreApplication::processEvents(QEventLoop::AllEvents, 50);
            portfolio->resize(1400, 800);
            portfolio->show();
            VV_TRY(grab(QStringLiteral("portfolio"), portfolio));
        }
    }
    m_window.setLanguage(before); // the language setting is the user's; the tour only borrows it
    return written;
}

} // namespace vv::ui
