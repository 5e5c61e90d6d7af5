#pragma once

#include "ui/Page.h"

class QLabel;
class QProgressBar;
class QTableView;
class QTextBrowser;

namespace vv::ui {

class RequirementTableModel;

/// A guidance pack (or one of its sections): what it covers, when it applies in the EU and in Norway, who
/// publishes it, the team's progress, and its requirements with their status; Enter or a double click opens one.
class PackPage : public Page {
    Q_OBJECT
public:
    explicit PackPage(ProjectSession *session, QWidget *parent = nullptr);
    QString pageTitle() const override;

    /// Shows a pack, or only one section of it when sectionId is given.
    void showPack(const QString &packId, const QString &sectionId = {});
    QString packId() const { return m_packId; }
    RequirementTableModel *model() const { return m_model; }
    QTableView *view() const { return m_view; }
    QString titleText() const;
    QString progressText() const;

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    void refresh();

    QString m_packId, m_sectionId;
    QLabel *m_where, *m_title, *m_progressLabel, *m_listLabel;
    QProgressBar *m_progress;
    QTextBrowser *m_about;
    RequirementTableModel *m_model;
    QTableView *m_view;
};

} // namespace vv::ui
