#pragma once

#include "monitoring/ProductionIngest.h"
#include "ui/BackgroundJob.h"

#include <QDialog>

class QCheckBox;
class QComboBox;
class QDialogButtonBox;
class QFormLayout;
class QLabel;
class QLineEdit;
class QListWidget;
class QPlainTextEdit;
class QPushButton;

namespace vv::ui {

/// Chooses where production data comes from (a CSV file, or a query on the hospital's PostgreSQL database) and which
/// of its columns hold the time, the outcome, the risk score, the row id, the group and the features: what
/// `veiviser-cli monitor ingest` takes as options. A query's columns are read in the background, without its rows.
class IngestDialog : public QDialog {
    Q_OBJECT
public:
    explicit IngestDialog(QWidget *parent = nullptr);
    ~IngestDialog() override;

    void setCsvFile(const QString &path);
    QString csvFile() const;
    /// Chooses the query source; its columns are read when readColumns() is called (the button does).
    void setQuery(const QString &connection, const QString &sql);
    /// Reads the query's column names in the background; columnsRead() says when they are there.
    void readColumns();
    monitoring::ProductionSource source() const;
    monitoring::IngestOptions options() const;
    /// Chooses columns by name; false when one of them is not in the file. id may be empty.
    bool setColumns(const QString &time, const QString &label, const QString &score, const QString &id,
                    const QStringList &features);
    QPushButton *ingestButton() const;

Q_SIGNALS:
    /// A query's columns were read (ok) or could not be (the problem is shown in the dialog).
    void columnsRead(bool ok);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    void browse();
    void loadHeader();
    void setHeader(const QStringList &header);
    void clearColumns();
    void sourceChanged();
    void updateState();
    bool isQuery() const;

    QLabel *m_intro;
    QComboBox *m_source;
    QLineEdit *m_connection;
    QPlainTextEdit *m_sql;
    QPushButton *m_readColumns;
    QLineEdit *m_file;
    QPushButton *m_browse;
    QComboBox *m_time, *m_label, *m_score, *m_id, *m_group;
    QListWidget *m_features;
    QCheckBox *m_decimalComma;
    QLabel *m_problem;
    QDialogButtonBox *m_buttons;
    QList<QLabel *> m_labels;
    QWidget *m_fileRow;
    QFormLayout *m_form;
    BackgroundJob m_columnsJob;
};

} // namespace vv::ui
