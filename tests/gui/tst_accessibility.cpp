// Accessibility and readability, offscreen, with the real widgets: every widget on every page that takes input
// has an accessible name (its own, its button text or a buddy label); the walkthrough's tab order follows the
// page; on a dark palette no label, rich text or item view uses a fixed text colour that is hard to read; and
// long pack names in the navigator wrap instead of being cut off at the window size of the screenshots.

#include "TestSupport.h"

#include "core/Translation.h"
#include "ui/ColourScheme.h"
#include "ui/MainWindow.h"
#include "ui/Navigator.h"
#include "ui/NavigatorModel.h"
#include "ui/Page.h"
#include "ui/ProjectSession.h"
#include "ui/WalkthroughPage.h"

#include <QAbstractButton>
#include <QAbstractItemView>
#include <QAbstractSlider>
#include <QAbstractSpinBox>
#include <QAccessible>
#include <QApplication>
#include <QComboBox>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QStyle>
#include <QStyleOptionViewItem>
#include <QTemporaryDir>
#include <QMenuBar>
#include <QGroupBox>
#include <QTabBar>
#include <QMultiMap>
#include <QKeySequence>
#include <QTest>
#include <QTextEdit>
#include <QTreeView>

using namespace vv;
using namespace vv::ui;

class TestAccessibility : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void cleanup();
    void everyInputHasAName_data();
    void everyInputHasAName();
    void walkthroughTabOrderFollowsThePage_data();
    void walkthroughTabOrderFollowsThePage();
    void darkPaletteKeepsTextReadable_data();
    void darkPaletteKeepsTextReadable();
    void longPackNamesWrapInTheNavigator();
    void mnemonicsDoNotClash_data();
    void mnemonicsDoNotClash();

private:
    static void visitPages(MainWindow &w, const std::function<void(const QString &where)> &check);
    static QStringList contrastProblems(MainWindow &w, int *labels);
    static QString tabOrderProblem(WalkthroughPage *page, QAbstractButton *first);
    static QString describe(const QWidget *w);
};

void TestAccessibility::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("VeiviserTest"));
    QCoreApplication::setApplicationName(QStringLiteral("tst_accessibility"));
    qputenv("VEIVISER_DATA_DIR", VV_FIXTURES_DIR "/guidance/data");
    Translation::install(QStringLiteral("en"));
}

void TestAccessibility::cleanup()
{
    Translation::install(QStringLiteral("en"));
    qputenv("VEIVISER_DATA_DIR", VV_FIXTURES_DIR "/guidance/data");
}

QString TestAccessibility::describe(const QWidget *w)
{
    QStringList path;
    for (const QObject *o = w; o; o = o->parent())
        path.prepend(o->objectName().isEmpty() ? QString::fromLatin1(o->metaObject()->className()) : o->objectName());
    return path.join(QStringLiteral(" > "));
}

/// Shows every page, then the requirement, pack and walkthrough pages with content, and runs check on each.
void TestAccessibility::visitPages(MainWindow &w, const std::function<void(const QString &)> &check)
{
    for (Page *page : w.pages()) {
        w.showPage(page);
        QCoreApplication::processEvents();
        check(page->pageTitle());
    }
    w.showRequirement(QStringLiteral("urn:veiviser:reg:provider-a"));
    QCoreApplication::processEvents();
    check(QStringLiteral("requirement"));
    w.showPack(QStringLiteral("reg"));
    QCoreApplication::processEvents();
    check(QStringLiteral("pack"));
    // Every kind of question the walkthrough has: yes/no, a choice, a number, several choices.
    for (const char *fact : {"sys.is_tool", "sys.level", "sys.users", "sys.areas", "sys.note"}) {
        w.showQuestion(QString::fromLatin1(fact));
        QCoreApplication::processEvents();
        check(QString::fromLatin1(fact));
    }
}

static bool takesInput(const QWidget *w)
{
    if (qobject_cast<const QAbstractButton *>(w) || qobject_cast<const QLineEdit *>(w) ||
        qobject_cast<const QComboBox *>(w) || qobject_cast<const QAbstractSpinBox *>(w) ||
        qobject_cast<const QAbstractSlider *>(w) || qobject_cast<const QAbstractItemView *>(w))
        return true;
    if (auto *t = qobject_cast<const QTextEdit *>(w))
        return !t->isReadOnly();
    if (auto *t = qobject_cast<const QPlainTextEdit *>(w))
        return !t->isReadOnly();
    return false;
}

/// The main window, shown at 1400x900, with a new provider project of the fixture packs open in dir.
static bool showToolProject(MainWindow &w, const QTemporaryDir &dir)
{
    w.resize(1400, 900);
    w.show();
    return QTest::qWaitForWindowExposed(&w) &&
           w.createProject(dir.filePath(QStringLiteral("a.veiviser")),
                           {QStringLiteral("Tool"), QStringLiteral("1"), ProjectRole::Provider});
}

void TestAccessibility::everyInputHasAName_data()
{
    QTest::addColumn<QString>("lang");
    QTest::newRow("en") << QStringLiteral("en");
    QTest::newRow("nb") << QStringLiteral("nb");
}

void TestAccessibility::everyInputHasAName()
{
    QFETCH(QString, lang);
    QTemporaryDir dir;
    MainWindow w;
    QVERIFY(showToolProject(w, dir));
    QVERIFY(w.session()->setAnswer(QStringLiteral("sys.is_tool"), true).ok());
    w.setLanguage(lang);
    QStringList unnamed;
    int checked = 0;
    visitPages(w, [&](const QString &where) {
        for (QWidget *widget : w.findChildren<QWidget *>()) {
            // Scroll bars and the views' own viewports belong to a named widget.
            if (!widget->isVisible() || widget->focusPolicy() == Qt::NoFocus || !takesInput(widget) ||
                widget->inherits("QScrollBar"))
                continue;
            // The line edit inside a date, spin or combo box gives its focus to the box, which is checked itself.
            if (qobject_cast<QAbstractSpinBox *>(widget->parentWidget()) || qobject_cast<QComboBox *>(widget->parentWidget()))
                continue;
            ++checked;
            QAccessibleInterface *iface = QAccessible::queryAccessibleInterface(widget);
            const QString name = iface ? iface->text(QAccessible::Name).trimmed() : QString();
            if (name.isEmpty()) {
                const QString entry = QStringLiteral("%1: %2").arg(where, describe(widget));
                if (!unnamed.contains(entry))
                    unnamed << entry;
            }
        }
    });
    QVERIFY(checked > 20);
    QVERIFY2(unnamed.isEmpty(), qPrintable(QStringLiteral("inputs without an accessible name:\n  ") +
                                           unnamed.join(QStringLiteral("\n  "))));
}

/// What is wrong with the Tab order from the first answer on a walkthrough page; empty when it follows the page.
QString TestAccessibility::tabOrderProblem(WalkthroughPage *page, QAbstractButton *first)
{
    first->setFocus(Qt::TabFocusReason);
    if (!QTest::qWaitFor([first] { return QApplication::focusWidget() == first; }))
        return QStringLiteral("the first answer does not take focus");
    // Tab leaves the answers (a radio group is one tab stop) and reaches the buttons in reading order, each once,
    // before focus leaves the page.
    QList<QWidget *> order;
    for (int i = 0; i < 40; ++i) {
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
        QWidget *f = QApplication::focusWidget();
        if (!f || !page->isAncestorOf(f) || order.contains(f))
            break;
        order << f;
    }
    const QList<QWidget *> buttons = {page->backButton(), page->skipButton(), page->nextButton()};
    int last = -1;
    for (QWidget *b : buttons) {
        if (!b->isEnabled() || !b->isVisible())
            continue;
        const int at = int(order.indexOf(b));
        if (at < 0)
            return QStringLiteral("%1 is never reached").arg(describe(b));
        if (at <= last)
            return QStringLiteral("%1 comes before the button left of it").arg(describe(b));
        last = at;
        // Buttons are below the question; they must come after the answers they act on.
        if (b->mapTo(page, QPoint(0, 0)).y() < first->mapTo(page, QPoint(0, 0)).y())
            return QStringLiteral("%1 is above the answers").arg(describe(b));
    }
    return last >= 0 ? QString() : QStringLiteral("no button is reached");
}

void TestAccessibility::walkthroughTabOrderFollowsThePage_data()
{
    // The check must be able to fail: with the rightmost button moved before the leftmost it reports the order.
    QTest::addColumn<bool>("swapButtons");
    QTest::newRow("as built") << false;
    QTest::newRow("swapped order is caught") << true;
}

void TestAccessibility::walkthroughTabOrderFollowsThePage()
{
    QFETCH(bool, swapButtons);
    QTemporaryDir dir;
    MainWindow w;
    w.resize(1400, 900);
    w.show();
    QVERIFY(QTest::qWaitForWindowExposed(&w));
    QVERIFY(w.createProject(dir.filePath(QStringLiteral("t.veiviser")),
                            {QStringLiteral("Tool"), QStringLiteral("1"), ProjectRole::Provider}));
    // Answered before and at this question, so Back and Next are in play as well as Skip.
    QVERIFY(w.session()->setAnswer(QStringLiteral("sys.is_tool"), true).ok());
    QVERIFY(w.session()->setAnswer(QStringLiteral("sys.level"), "mid").ok());
    w.showQuestion(QStringLiteral("sys.level"));
    WalkthroughPage *page = w.walkthroughPage();
    QCOMPARE(page->currentQuestion(), QStringLiteral("sys.level"));
    QAbstractButton *first = page->choiceButton(QStringLiteral("low"));
    QVERIFY(first);
    QList<QWidget *> enabled;
    for (QWidget *b : {page->backButton(), page->skipButton(), page->nextButton()})
        if (b->isEnabled() && b->isVisible())
            enabled << b;
    QVERIFY2(enabled.size() >= 2, qPrintable(QString::number(enabled.size())));
    if (swapButtons) // the rightmost enabled button now comes straight before the leftmost
        QWidget::setTabOrder(enabled.last(), enabled.first());
    const QString problem = tabOrderProblem(page, first);
    if (swapButtons)
        QVERIFY2(problem.contains(QStringLiteral("comes before")), qPrintable(problem));
    else
        QVERIFY2(problem.isEmpty(), qPrintable(problem));
}

/// The colours a rich text asks for ("color:#abc", <font color=...>).
static QList<QColor> fixedColours(const QString &html)
{
    static const QRegularExpression re(QStringLiteral("(?:[^-]color\\s*:\\s*|color\\s*=\\s*[\"']?)(#[0-9a-fA-F]{3,8}|[a-z]+)"),
                                       QRegularExpression::CaseInsensitiveOption);
    QList<QColor> out;
    for (auto it = re.globalMatch(html); it.hasNext();) {
        const QColor c = QColor::fromString(it.next().captured(1));
        if (c.isValid())
            out << c;
    }
    return out;
}

/// Every visible label, rich text and item view on every page whose text colour is hard to read on its background.
QStringList TestAccessibility::contrastProblems(MainWindow &w, int *labels)
{
    QStringList problems;
    const auto report = [&](const QString &where, const QWidget *widget, const QColor &fg, const QColor &bg) {
        const double ratio = contrastRatio(fg, bg);
        if (ratio < 3.0) // WCAG's minimum for large text; body text should have 4.5
            problems << QStringLiteral("%1: %2: %3 on %4 (%5:1)")
                            .arg(where, describe(widget), fg.name(), bg.name(), QString::number(ratio, 'f', 1));
    };
    visitPages(w, [&](const QString &where) {
        for (QLabel *label : w.findChildren<QLabel *>()) {
            if (!label->isVisible() || label->text().isEmpty())
                continue;
            ++*labels;
            const QColor bg = label->palette().color(label->backgroundRole());
            report(where, label, label->palette().color(label->foregroundRole()), bg);
            for (const QColor &c : fixedColours(label->text()))
                report(where, label, c, bg);
        }
        for (QTextEdit *text : w.findChildren<QTextEdit *>()) {
            if (!text->isVisible())
                continue;
            for (const QColor &c : fixedColours(text->toHtml()))
                report(where, text, c, text->palette().color(QPalette::Base));
        }
        for (QAbstractItemView *view : w.findChildren<QAbstractItemView *>()) {
            if (!view->isVisible() || !view->model())
                continue;
            const QAbstractItemModel *m = view->model();
            const QColor base = view->palette().color(QPalette::Base);
            std::function<void(const QModelIndex &)> walk = [&](const QModelIndex &parent) {
                for (int r = 0; r < m->rowCount(parent); ++r)
                    for (int c = 0; c < m->columnCount(parent); ++c) {
                        const QModelIndex i = m->index(r, c, parent);
                        const QVariant fg = i.data(Qt::ForegroundRole);
                        const QVariant bg = i.data(Qt::BackgroundRole);
                        const QColor back = bg.isValid() ? bg.value<QBrush>().color() : base;
                        if (fg.isValid())
                            report(where, view, fg.value<QBrush>().color(), back);
                        if (c == 0)
                            walk(i);
                    }
            };
            walk(view->rootIndex());
        }
    });
    problems.removeDuplicates();
    return problems;
}

void TestAccessibility::darkPaletteKeepsTextReadable_data()
{
    // The check must be able to fail: a rich-text label with a fixed dark colour, as a page might write for a
    // status, is reported; without it the pages as built are clean.
    QTest::addColumn<bool>("plantDarkLabel");
    QTest::newRow("pages as built") << false;
    QTest::newRow("planted dark label is caught") << true;
}

void TestAccessibility::darkPaletteKeepsTextReadable()
{
    QFETCH(bool, plantDarkLabel);
    const QPalette dark = darkPalette();
    const QPalette before = QApplication::palette();
    QApplication::setPalette(dark);
    QTemporaryDir dir;
    {
        MainWindow w;
        w.resize(1400, 900);
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        QVERIFY(w.createProject(dir.filePath(QStringLiteral("d.veiviser")),
                                {QStringLiteral("Tool"), QStringLiteral("1"), ProjectRole::Provider}));
        QVERIFY(w.session()->setAnswer(QStringLiteral("sys.is_tool"), true).ok());
        QVERIFY(w.session()->setAnswer(QStringLiteral("sys.level"), "mid").ok());
        if (plantDarkLabel) {
            auto *planted = new QLabel(QStringLiteral("<span style=\"color:#1a1a1a\">Overdue</span>"), w.navigator());
            planted->setObjectName(QStringLiteral("planted"));
            planted->show();
        }
        int labels = 0;
        const QStringList problems = contrastProblems(w, &labels);
        QVERIFY(labels > 20);
        if (plantDarkLabel) {
            QVERIFY2(!problems.isEmpty() && problems.join(QLatin1Char('\n')).contains(QStringLiteral("#1a1a1a")),
                     qPrintable(problems.join(QLatin1Char('\n'))));
            QVERIFY(problems.join(QLatin1Char('\n')).contains(QStringLiteral("planted")));
        } else {
            QVERIFY2(problems.isEmpty(), qPrintable(QStringLiteral("hard to read on a dark palette:\n  ") +
                                                    problems.join(QStringLiteral("\n  "))));
        }
    }
    QApplication::setPalette(before);
}

void TestAccessibility::longPackNamesWrapInTheNavigator()
{
    // The shipped packs, whose names are long ("Quality of language models and local validation").
    qputenv("VEIVISER_DATA_DIR", VV_SOURCE_DIR);
    QTemporaryDir dir;
    MainWindow w;
    w.resize(1400, 900);
    w.show();
    QVERIFY(QTest::qWaitForWindowExposed(&w));
    QVERIFY(w.createProject(dir.filePath(QStringLiteral("n.veiviser")),
                            {QStringLiteral("Sepsis risk"), QStringLiteral("1"), ProjectRole::Deployer}));
    QTest::qWait(20); // the navigator measures its rows again after the window's layout settled
    Navigator *nav = w.navigator();
    auto *view = qobject_cast<QTreeView *>(nav->view());
    QVERIFY(view);
    int checked = 0;
    for (const char *packId : {"hdir-llm-quality", "gdpr-health-no", "eu-ai-act", "eu-mdr"}) {
        const QModelIndex source = nav->model()->packIndex(QString::fromLatin1(packId));
        QVERIFY2(source.isValid(), packId);
        const QModelIndex index = nav->filter()->mapFromSource(source);
        QVERIFY(index.isValid());
        view->scrollTo(index);
        const QString text = index.data().toString();
        QVERIFY(index.data(Qt::ToolTipRole).toString().contains(source.data(Qt::AccessibleTextRole).toString()));
        // The text area the style gives the item, as the delegate paints it.
        QStyleOptionViewItem opt;
        opt.initFrom(view);
        opt.rect = view->visualRect(index);
        opt.text = text;
        opt.features = QStyleOptionViewItem::HasDisplay | QStyleOptionViewItem::HasDecoration;
        if (view->wordWrap())
            opt.features |= QStyleOptionViewItem::WrapText;
        opt.decorationSize = view->iconSize();
        opt.font = view->font();
        opt.fontMetrics = QFontMetrics(opt.font);
        const QRect textRect = view->style()->subElementRect(QStyle::SE_ItemViewItemText, &opt, view);
        const QRect needed = opt.fontMetrics.boundingRect(textRect, Qt::TextWordWrap | Qt::AlignLeft | Qt::AlignTop, text);
        QVERIFY2(needed.width() <= textRect.width() && needed.height() <= textRect.height(),
                 qPrintable(QStringLiteral("“%1” needs %2×%3 but has %4×%5")
                                .arg(text)
                                .arg(needed.width())
                                .arg(needed.height())
                                .arg(textRect.width())
                                .arg(textRect.height())));
        ++checked;
    }
    QCOMPARE(checked, 4);
}

/// The Alt+letter of a text with a mnemonic ("&Save" gives "s"), as Qt reads it; empty when there is none.
static QString mnemonicOf(const QString &text)
{
    const QKeySequence key = QKeySequence::mnemonic(text);
    return key.isEmpty() ? QString() : QKeySequence(key[0].key()).toString().toLower();
}

void TestAccessibility::mnemonicsDoNotClash_data()
{
    everyInputHasAName_data(); // both languages
}

// Alt+letter must reach one thing: on each page, the menus, the navigator and the page's own buttons, labels, group
// boxes and tabs that are visible together have different letters (issue 27: Alt+S opened both "Show:" and the
// Settings menu, Alt+F both the File menu and "Add files...").
void TestAccessibility::mnemonicsDoNotClash()
{
    QFETCH(QString, lang);
    QTemporaryDir dir;
    MainWindow w;
    QVERIFY(showToolProject(w, dir));
    w.setLanguage(lang);
    QStringList clashes;
    visitPages(w, [&](const QString &where) {
        QMultiMap<QString, QString> owners;
        for (QAction *a : w.menuBar()->actions())
            if (const QString m = mnemonicOf(a->text()); !m.isEmpty())
                owners.insert(m, QStringLiteral("menu ") + a->text());
        for (QWidget *widget : w.findChildren<QWidget *>()) {
            if (!widget->isVisible())
                continue;
            QString text;
            if (auto *b = qobject_cast<QAbstractButton *>(widget))
                text = b->text();
            else if (auto *l = qobject_cast<QLabel *>(widget); l && l->buddy())
                text = l->text();
            else if (auto *g = qobject_cast<QGroupBox *>(widget))
                text = g->title();
            if (const QString m = mnemonicOf(text); !m.isEmpty())
                owners.insert(m, text);
            if (auto *tabs = qobject_cast<QTabBar *>(widget))
                for (int i = 0; i < tabs->count(); ++i)
                    if (const QString m = mnemonicOf(tabs->tabText(i)); !m.isEmpty())
                        owners.insert(m, QStringLiteral("tab ") + tabs->tabText(i));
        }
        for (const QString &letter : owners.uniqueKeys()) {
            const QStringList all = owners.values(letter);
            if (all.size() > 1) {
                const QString entry = QStringLiteral("%1: Alt+%2 for %3").arg(where, letter, all.join(QStringLiteral(", ")));
                if (!clashes.contains(entry))
                    clashes << entry;
            }
        }
    });
    QVERIFY2(clashes.isEmpty(), qPrintable(QStringLiteral("mnemonics used twice:\n  ") + clashes.join(QStringLiteral("\n  "))));
}

QTEST_MAIN(TestAccessibility)
#include "tst_accessibility.moc"
