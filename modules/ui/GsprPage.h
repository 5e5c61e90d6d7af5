#pragma once

#include "packaging/TemplateLibrary.h"
#include "ui/Page.h"

#include <optional>

class QCheckBox;
class QLabel;
class QPushButton;
class QSortFilterProxyModel;
class QTableView;

namespace vv::ui {

class GsprModel;

/// The GSPR checklist of MDR Annex II 4 as a table to fill in: for every point of MDR Annex I, whether it applies
/// and why not, how conformity is shown, the standards applied and the evidence item that proves it. Changes are
/// saved together as document details (audited); leaving with unsaved changes asks first.
class GsprPage : public Page {
    Q_OBJECT
public:
    explicit GsprPage(ProjectSession *session, QWidget *parent = nullptr);
    QString pageTitle() const override;
    bool leave() override;

    /// Selects a point's row and opens its cell of field ("applies", "method", ...; empty: the first that lacks
    /// something) for editing. False when the point is unknown.
    bool showPoint(const QString &point, const QString &field = {});
    bool hasUnsavedChanges() const;
    Status save();
    void revert();

    GsprModel *model() const { return m_model; }
    QTableView *table() const { return m_table; }
    QCheckBox *onlyLackingBox() const { return m_onlyLacking; }
    QString statusText() const;

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    void projectOpened();
    void projectClosed();
    Status load();
    /// The note under the table, in the language of the moment: why a deployer's project needs no checklist, or
    /// why a sealed one cannot change.
    void showProjectNote();
    void updateState();

    std::optional<packaging::TemplateLibrary> m_templates;
    GsprModel *m_model;
    QSortFilterProxyModel *m_proxy;
    QLabel *m_heading;
    QLabel *m_intro;
    QCheckBox *m_onlyLacking;
    QLabel *m_counts;
    QTableView *m_table;
    QPushButton *m_save;
    QPushButton *m_revert;
    QLabel *m_status;
};

} // namespace vv::ui
