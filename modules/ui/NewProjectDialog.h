#pragma once

#include "store/ProjectStore.h"

#include <QDialog>

class QComboBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;

namespace vv::ui {

/// Asks for what a new project needs: where to save it, its name, the system version and the role.
class NewProjectDialog : public QDialog {
    Q_OBJECT
public:
    explicit NewProjectDialog(QWidget *parent = nullptr);

    QString filePath() const;
    NewProject project() const;

    QLineEdit *nameEdit() const { return m_name; }
    QLineEdit *pathEdit() const { return m_path; }

private:
    void browse();
    void updateOk();
    void createFolderAndAccept();

    QLineEdit *m_name;
    QLineEdit *m_version;
    QComboBox *m_role;
    QLineEdit *m_path;
    QLabel *m_problem;
    QDialogButtonBox *m_buttons;
};

} // namespace vv::ui
