#pragma once

#include "ui/Page.h"

class QChart;
class QChartView;
class QFrame;
class QLabel;
class QListWidget;
class QPushButton;
class QStackedWidget;
class QTableView;

namespace vv::ui {

class EvidenceListModel;
class RequirementTableModel;

/// Where the project stands: progress per pack and overall (charts), requirements due or overdue by the
/// project's clock, what needs review after a pack update, and stale evidence. Every entry opens its page.
class DashboardPage : public Page {
    Q_OBJECT
public:
    explicit DashboardPage(ProjectSession *session, QWidget *parent = nullptr);
    QString pageTitle() const override;
    QIcon pageIcon() const override;

    void refresh();

    RequirementTableModel *dueModel() const { return m_due; }
    RequirementTableModel *reviewModel() const { return m_review; }
    EvidenceListModel *staleModel() const { return m_stale; }
    QTableView *dueView() const { return m_dueView; }
    QChart *packChart() const;
    QChart *overallChart() const;
    QString summaryText() const;
    /// The unsent incident reports, the soonest first, each with its countdown; hidden while there are none.
    QListWidget *reportList() const { return m_reports; }
    /// "Continue where you left off": shown while the walkthrough has questions not answered; its button opens the
    /// walkthrough at the first of them.
    QFrame *continueCard() const { return m_continueBox; }
    QString continueText() const;
    QPushButton *continueButton() const { return m_continueButton; }
    /// A pack title as the bar chart's axis shows it: HTML, broken into lines no wider than width pixels.
    static QString wrappedAxisLabel(const QString &title, const QFont &font, int width);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    void buildCharts();
    void fillReports();
    void fillContinueCard();
    QWidget *listBox(QLabel *heading, QTableView *view, QLabel *empty, QStackedWidget *stack);

    QLabel *m_heading, *m_subheading;
    // The card is made first, so that it comes first in the focus chain (F6 and Tab reach it first).
    QFrame *m_continueBox;
    QLabel *m_continueHeading, *m_continueText;
    QPushButton *m_continueButton;
    QString m_continueQuestion;
    QLabel *m_summary;
    QList<QLabel *> m_tiles;
    QChartView *m_packView, *m_overallView;
    RequirementTableModel *m_due, *m_review;
    EvidenceListModel *m_stale;
    QLabel *m_dueLabel, *m_reviewLabel, *m_staleLabel, *m_dueEmpty, *m_reviewEmpty, *m_staleEmpty;
    QTableView *m_dueView, *m_reviewView, *m_staleView;
    QStackedWidget *m_dueStack, *m_reviewStack, *m_staleStack;
    QLabel *m_reportsLabel;
    QListWidget *m_reports;
    QWidget *m_reportsBox;
};

} // namespace vv::ui
