#pragma once

#include "guidance/Assessment.h"
#include "ui/Page.h"

#include <QMap>

class QFormLayout;
class QLabel;
class QScrollArea;
class QTableView;
class QTextBrowser;
class QWidget;

namespace vv::ui {

class OutcomeModel;

/// How each regime classifies the system, with the reasons and legal sources of every step, and a simple form
/// to answer the questions that are asked now (the full walkthrough is a page of its own).
class ClassificationPage : public Page {
    Q_OBJECT
public:
    explicit ClassificationPage(ProjectSession *session, QWidget *parent = nullptr);
    QString pageTitle() const override;

    /// Assesses the open project again and shows the result.
    void refresh();

    const guidance::Assessment &assessment() const { return m_assessment; }
    OutcomeModel *outcomes() const { return m_model; }
    /// The input widget of a question currently shown, or nullptr.
    QWidget *questionWidget(const QString &fact) const { return m_inputs.value(fact); }
    /// Shows the trace of a derived fact.
    void showTrace(const QString &fact);
    QString traceHtml() const;
    QString missingText() const;

protected:
    void changeEvent(QEvent *event) override;

private:
    bool ensureLibrary();
    void retranslate();
    void rebuildQuestions();
    QWidget *inputFor(const guidance::Question &q, const std::optional<guidance::Value> &current);
    void save(const QString &fact, const Json &value);
    void scheduleRefresh();

    guidance::GuidanceLibrary m_library;
    bool m_libraryLoaded = false;
    QString m_libraryError;
    guidance::Assessment m_assessment;
    QString m_shownFact;
    bool m_refreshPending = false;

    QLabel *m_heading, *m_questionsHeading, *m_resultHeading, *m_error, *m_missing, *m_requirements;
    QScrollArea *m_questionsArea;
    QWidget *m_questionsBox = nullptr;
    QFormLayout *m_form = nullptr;
    QMap<QString, QWidget *> m_inputs;
    /// The version of each answer as last read, so that saving over someone else's newer answer is a conflict.
    QMap<QString, qint64> m_versions;
    OutcomeModel *m_model;
    QTableView *m_table;
    QTextBrowser *m_trace;
};

} // namespace vv::ui
