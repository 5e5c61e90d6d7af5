#include "ui/IngestDialog.h"

#include "ui/ChildSignals.h"
#include "ui/ColourScheme.h"
#include "ui/CsvColumns.h"
#include "ui/FileDialogs.h"
#include "validation/PredictionsCsv.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QEvent>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace vv::ui {

IngestDialog::IngestDialog(QWidget *parent)
    : QDialog(parent), m_intro(new QLabel(this)), m_source(new QComboBox(this)), m_connection(new QLineEdit(this)),
      m_sql(new QPlainTextEdit(this)), m_readColumns(new QPushButton(this)), m_file(new QLineEdit(this)),
      m_browse(new QPushButton(this)),
      m_time(new QComboBox(this)), m_label(new QComboBox(this)), m_score(new QComboBox(this)),
      m_id(new QComboBox(this)), m_group(new QComboBox(this)), m_features(new QListWidget(this)),
      m_decimalComma(new QCheckBox(this)), m_problem(new QLabel(this)),
      m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    m_intro->setWordWrap(true);
    m_problem->setWordWrap(true);
    m_features->setMaximumHeight(110);
    showCheckBoxesOnBase(m_features);
    m_source->addItem(QString(), QStringLiteral("csv"));
    m_source->addItem(QString(), QStringLiteral("query"));
    m_sql->setTabChangesFocus(true);
    m_sql->setFixedHeight(m_sql->fontMetrics().lineSpacing() * 5 + 12);
    m_connection->setPlaceholderText(QStringLiteral("postgresql://USER@HOST:5432/DATABASE"));
    m_file->setObjectName(QStringLiteral("csvFile"));
    m_connection->setObjectName(QStringLiteral("connection"));
    m_fileRow = new QWidget(this);
    auto *fileRow = new QHBoxLayout(m_fileRow);
    fileRow->setContentsMargins(0, 0, 0, 0);
    fileRow->addWidget(m_file, 1);
    fileRow->addWidget(m_browse);
    m_form = new QFormLayout;
    const QList<QWidget *> fields = {m_source, m_file, m_connection, m_sql, m_time, m_label, m_score, m_id, m_group,
                                     m_features};
    for (QWidget *field : fields) {
        auto *label = new QLabel(this);
        label->setBuddy(field);
        m_labels << label;
        m_form->addRow(label, field == m_file ? m_fileRow : field);
        if (field == m_sql)
            m_form->addRow(QString(), m_readColumns);
    }
    m_form->addRow(QString(), m_decimalComma);
    auto *form = m_form;
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_intro);
    layout->addLayout(form);
    layout->addWidget(m_problem);
    layout->addWidget(m_buttons);
    setTabOrder(m_file, m_browse);

    connect(m_browse, &QPushButton::clicked, this, &IngestDialog::browse);
    connect(m_file, &QLineEdit::editingFinished, this, &IngestDialog::loadHeader);
    connect(m_source, &QComboBox::currentIndexChanged, this, &IngestDialog::sourceChanged);
    connect(m_readColumns, &QPushButton::clicked, this, &IngestDialog::readColumns);
    // A changed query or connection may return other columns: those chosen are forgotten until they are read again.
    connect(m_connection, &QLineEdit::textEdited, this, &IngestDialog::clearColumns);
    connect(m_sql, &QPlainTextEdit::textChanged, this, [this] {
        if (isQuery())
            clearColumns();
    });
    for (QComboBox *c : {m_time, m_label, m_score})
        connect(c, &QComboBox::currentIndexChanged, this, &IngestDialog::updateState);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    retranslate();
    sourceChanged(); // a CSV file first; "(none)" for the optional columns until a file is chosen
    resize(560, sizeHint().height());
}

bool IngestDialog::isQuery() const
{
    return m_source->currentData().toString() == QStringLiteral("query");
}

void IngestDialog::sourceChanged()
{
    const bool query = isQuery();
    m_form->setRowVisible(m_fileRow, !query);
    m_form->setRowVisible(m_connection, query);
    m_form->setRowVisible(m_sql, query);
    m_form->setRowVisible(m_readColumns, query);
    // A database hands over numbers, not text: the decimal mark is the file's only.
    m_form->setRowVisible(m_decimalComma, !query);
    m_problem->clear();
    if (query)
        clearColumns();
    else
        loadHeader();
}

void IngestDialog::setQuery(const QString &connection, const QString &sql)
{
    m_source->setCurrentIndex(m_source->findData(QStringLiteral("query")));
    m_connection->setText(connection);
    m_sql->setPlainText(sql);
    clearColumns();
}

monitoring::ProductionSource IngestDialog::source() const
{
    monitoring::ProductionSource s;
    if (isQuery()) {
        s.connection = m_connection->text().trimmed();
        s.query = m_sql->toPlainText().trimmed();
    } else {
        s.csvPath = csvFile();
    }
    return s;
}

void IngestDialog::readColumns()
{
    const QString connection = m_connection->text().trimmed(), sql = m_sql->toPlainText();
    if (connection.isEmpty() || sql.trimmed().isEmpty() || m_columnsJob.isRunning())
        return;
    clearColumns();
    m_problem->setText(tr("Reading the query's columns…"));
    m_readColumns->setEnabled(false);
    m_columnsJob.start<Result<QStringList>>(
        [connection, sql](const CancellationToken &, const ProgressSink &) {
            return monitoring::ProductionIngest::queryColumns(connection, sql);
        },
        [this](Result<QStringList> columns) {
            m_problem->clear();
            if (columns)
                setHeader(*columns);
            else
                m_problem->setText(columns.error().toString());
            updateState();
            Q_EMIT columnsRead(columns.ok());
        });
}

IngestDialog::~IngestDialog()
{
    disconnectChildren(this); // ~QDialog hides the dialog: a focused file field would load a header into it
}

void IngestDialog::setCsvFile(const QString &path)
{
    m_file->setText(path);
    loadHeader();
}

QString IngestDialog::csvFile() const
{
    return m_file->text().trimmed();
}

QPushButton *IngestDialog::ingestButton() const
{
    return m_buttons->button(QDialogButtonBox::Ok);
}

monitoring::IngestOptions IngestDialog::options() const
{
    monitoring::IngestOptions o;
    o.timeColumn = m_time->currentData().toString();
    o.labelColumn = m_label->currentData().toString();
    o.scoreColumn = m_score->currentData().toString();
    o.idColumn = m_id->currentData().toString();
    o.groupColumn = m_group->currentData().toString();
    for (int i = 0; i < m_features->count(); ++i)
        if (m_features->item(i)->checkState() == Qt::Checked)
            o.featureColumns << m_features->item(i)->text();
    o.decimal = m_decimalComma->isChecked() ? ',' : '.';
    return o;
}

bool IngestDialog::setColumns(const QString &time, const QString &label, const QString &score, const QString &id,
                              const QStringList &features)
{
    const int t = m_time->findData(time), l = m_label->findData(label), s = m_score->findData(score);
    const int i = id.isEmpty() ? 0 : m_id->findData(id);
    if (t < 0 || l < 0 || s < 0 || i < 0)
        return false;
    m_time->setCurrentIndex(t);
    m_label->setCurrentIndex(l);
    m_score->setCurrentIndex(s);
    m_id->setCurrentIndex(i);
    int found = 0;
    for (int r = 0; r < m_features->count(); ++r) {
        const bool on = features.contains(m_features->item(r)->text());
        m_features->item(r)->setCheckState(on ? Qt::Checked : Qt::Unchecked);
        found += on ? 1 : 0;
    }
    return found == features.size();
}

void IngestDialog::browse()
{
    const QString path = FileDialogs::openFile(this, tr("Production data"), csvFile(),
                                               tr("CSV files (*.csv *.tsv *.txt);;All files (*)"));
    if (!path.isEmpty())
        setCsvFile(path);
}

void IngestDialog::clearColumns()
{
    for (QComboBox *c : {m_time, m_label, m_score, m_id, m_group}) {
        const QSignalBlocker block(c);
        c->clear();
    }
    m_features->clear();
    m_id->addItem(tr("(none)"), QString());
    m_group->addItem(tr("(none)"), QString());
    updateState();
}

void IngestDialog::loadHeader()
{
    clearColumns();
    if (csvFile().isEmpty())
        return;
    auto preview = validation::PredictionsCsv::preview(csvFile(), 1);
    if (!preview) {
        m_problem->setText(preview.error().toString());
        return;
    }
    m_problem->clear();
    setHeader(preview->header);
}

// The columns to choose from, with the likely ones chosen by their names.
void IngestDialog::setHeader(const QStringList &header)
{
    clearColumns();
    for (const QString &h : header) {
        for (QComboBox *c : {m_time, m_label, m_score, m_id, m_group})
            c->addItem(h, h);
        auto *item = new QListWidgetItem(h, m_features);
        item->setFlags(item->flags() | Qt::ItemIsUserCheckable);
        item->setCheckState(Qt::Unchecked);
    }
    const auto guess = [&](QComboBox *box, const QStringList &names, int fallback, int offset) {
        const int i = guessColumn(header, names, fallback);
        if (i >= 0)
            box->setCurrentIndex(i + offset);
    };
    guess(m_time, {QStringLiteral("time"), QStringLiteral("timestamp"), QStringLiteral("tid"), QStringLiteral("date"),
                   QStringLiteral("dato")}, 0, 0);
    guess(m_label, {QStringLiteral("outcome"), QStringLiteral("label"), QStringLiteral("event"),
                    QStringLiteral("utfall"), QStringLiteral("target"), QStringLiteral("y")}, 1, 0);
    guess(m_score, {QStringLiteral("risk"), QStringLiteral("score"), QStringLiteral("prob"), QStringLiteral("pred"),
                    QStringLiteral("risiko")}, 2, 0);
    // The id and group are optional: only a column with such a name is taken (after "(none)").
    guess(m_id, {QStringLiteral("id"), QStringLiteral("encounter"), QStringLiteral("episode")}, -1, 1);
    updateState();
}

void IngestDialog::updateState()
{
    const bool chosen = !m_time->currentData().toString().isEmpty() && !m_label->currentData().toString().isEmpty() &&
                        !m_score->currentData().toString().isEmpty();
    ingestButton()->setEnabled(chosen && !m_columnsJob.isRunning());
    m_readColumns->setEnabled(!m_columnsJob.isRunning() && !m_connection->text().trimmed().isEmpty() &&
                              !m_sql->toPlainText().trimmed().isEmpty());
}

void IngestDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QDialog::changeEvent(event);
}

void IngestDialog::retranslate()
{
    setWindowTitle(tr("Ingest production data"));
    m_intro->setText(tr("Each row is one prediction: when it was made, the outcome once known (empty until then) and "
                        "the risk score, from a CSV file or a query on the hospital's database. With a row id, a "
                        "later file or query fills in outcomes that arrive late. Ingesting the same rows again "
                        "changes nothing."));
    const QString labels[] = {tr("&Source:"), tr("&File:"), tr("&Connection:"), tr("&Query:"), tr("&Time:"),
                              tr("&Outcome:"), tr("&Risk score:"), tr("Row &id:"), tr("&Group:"), tr("F&eatures:")};
    for (int i = 0; i < m_labels.size(); ++i)
        m_labels[i]->setText(labels[i]);
    m_source->setItemText(0, tr("A CSV file"));
    m_source->setItemText(1, tr("A query on the hospital's PostgreSQL database"));
    m_connection->setToolTip(tr("The password comes from the keychain ('veiviser-cli secret set --database ADDRESS'), "
                                "PGPASSFILE or PGPASSWORD. The query runs read-only."));
    m_readColumns->setText(tr("Read the co&lumns"));
    m_sql->setAccessibleName(tr("SQL query"));
    m_browse->setText(tr("&Browse…"));
    m_decimalComma->setText(tr("&Decimal comma (0,25)"));
    m_features->setAccessibleName(tr("Feature columns"));
    ingestButton()->setText(tr("I&ngest"));
}

} // namespace vv::ui
