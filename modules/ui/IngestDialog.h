#pragma once

#include "monitoring/ProductionIngest.h"

#include <QDialog>

class QCheckBox;
class QComboBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QPushButton;

namespace vv::ui {

/// Chooses a production-data CSV and which of its columns hold the time, the outcome, the risk score, the row id,
/// the group and the features: what `veiviser-cli monitor ingest` takes as options.
class IngestDialog : public QDialog {
    Q_OBJECT
public:
    explicit IngestDialog(QWidget *parent = nullptr);
    ~IngestDialog() override;

    void setCsvFile(const QString &path);
    QString csvFile() const;
    monitoring::IngestOptions options() const;
    /// Chooses columns by name; false when one of them is not in the file. id may be empty.
    bool setColumns(const QString &time, const QString &label, const QString &score, const QString &id,
                    const QStringList &features);
    QPushButton *ingestButton() const;

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    void browse();
    void loadHeader();
    void updateState();

    QLabel *m_intro;
    QLineEdit *m_file;
    QPushButton *m_browse;
    QComboBox *m_time, *m_label, *m_score, *m_id, *m_group;
    QListWidget *m_features;
    QCheckBox *m_decimalComma;
    QLabel *m_problem;
    QDialogButtonBox *m_buttons;
    QList<QLabel *> m_labels;
};

} // namespace vv::ui
