#pragma once

#include <QDialog>

class QComboBox;
class QLabel;
class QLineEdit;

namespace vv::ui {

/// Asks what a new deviation is called, how severe it is and who owns it (the rest is written on the deviations page).
class OpenDeviationDialog : public QDialog {
    Q_OBJECT
public:
    /// context says what the deviation is opened from (an alarm), or is empty.
    OpenDeviationDialog(const QString &title, const QString &context, QWidget *parent = nullptr);

    QString title() const;
    QString severity() const; ///< low, medium, high or critical
    QString owner() const;
    QLineEdit *titleEdit() const { return m_title; }
    QComboBox *severityBox() const { return m_severity; }
    QLineEdit *ownerEdit() const { return m_owner; }

private:
    QLineEdit *m_title;
    QComboBox *m_severity;
    QLineEdit *m_owner;
};

/// A deviation's severity in the user's words.
QString severityLabel(const QString &severity);
/// Fills a combo box with the severities (the stored word as item data).
void fillSeverities(QComboBox *box);

} // namespace vv::ui
