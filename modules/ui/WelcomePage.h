#pragma once

#include <QWidget>

class QLabel;
class QListWidget;
class QPushButton;

namespace vv::ui {

/// The first page when no project is open: create, open, or pick a recent project.
class WelcomePage : public QWidget {
    Q_OBJECT
public:
    explicit WelcomePage(QWidget *parent = nullptr);
    void setRecentProjects(const QStringList &paths);

Q_SIGNALS:
    void newProjectRequested();
    void openProjectRequested();
    /// A regulator's start: open a package someone sent for review.
    void reviewPackageRequested();
    void recentProjectChosen(const QString &path);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    QLabel *m_title;
    QLabel *m_intro;
    QLabel *m_recentLabel;
    QPushButton *m_new;
    QPushButton *m_open;
    QPushButton *m_review;
    QListWidget *m_recent;
};

} // namespace vv::ui
