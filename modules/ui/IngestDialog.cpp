#include "ui/IngestDialog.h"

#include "ui/ChildSignals.h"
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
#include <QPushButton>
#include <QVBoxLayout>

namespace vv::ui {

IngestDialog::IngestDialog(QWidget *parent)
    : QDialog(parent), m_intro(new QLabel(this)), m_file(new QLineEdit(this)), m_browse(new QPushButton(this)),
      m_time(new QComboBox(this)), m_label(new QComboBox(this)), m_score(new QComboBox(this)),
      m_id(new QComboBox(this)), m_group(new QComboBox(this)), m_features(new QListWidget(this)),
      m_decimalComma(new QCheckBox(this)), m_problem(new QLabel(this)),
      m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    m_intro->setWordWrap(true);
    m_problem->setWordWrap(true);
    m_features->setMaximumHeight(110);
    auto *fileRow = new QHBoxLayout;
    fileRow->addWidget(m_file, 1);
    fileRow->addWidget(m_browse);
    auto *form = new QFormLayout;
    const QList<QWidget *> fields = {m_file, m_time, m_label, m_score, m_id, m_group, m_features};
    for (QWidget *field : fields) {
        auto *label = new QLabel(this);
        label->setBuddy(field);
        m_labels << label;
        if (field == m_file)
            form->addRow(label, fileRow);
        else
            form->addRow(label, field);
    }
    form->addRow(QString(), m_decimalComma);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_intro);
    layout->addLayout(form);
    layout->addWidget(m_problem);
    layout->addWidget(m_buttons);
    setTabOrder(m_file, m_browse);

    connect(m_browse, &QPushButton::clicked, this, &IngestDialog::browse);
    connect(m_file, &QLineEdit::editingFinished, this, &IngestDialog::loadHeader);
    for (QComboBox *c : {m_time, m_label, m_score})
        connect(c, &QComboBox::currentIndexChanged, this, &IngestDialog::updateState);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    retranslate();
    loadHeader(); // "(none)" for the optional columns until a file is chosen
    resize(560, sizeHint().height());
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

void IngestDialog::loadHeader()
{
    for (QComboBox *c : {m_time, m_label, m_score, m_id, m_group}) {
        const QSignalBlocker block(c);
        c->clear();
    }
    m_features->clear();
    m_id->addItem(tr("(none)"), QString());
    m_group->addItem(tr("(none)"), QString());
    if (csvFile().isEmpty()) {
        updateState();
        return;
    }
    auto preview = validation::PredictionsCsv::preview(csvFile(), 1);
    if (!preview) {
        m_problem->setText(preview.error().toString());
        updateState();
        return;
    }
    m_problem->clear();
    const QStringList &header = preview->header;
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
    ingestButton()->setEnabled(chosen);
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
                        "the risk score. With a row id, a later file fills in outcomes that arrive late. Ingesting "
                        "the same rows again changes nothing."));
    const QString labels[] = {tr("&File:"), tr("&Time:"), tr("&Outcome:"), tr("&Risk score:"), tr("Row &id:"),
                              tr("&Group:"), tr("F&eatures:")};
    for (int i = 0; i < m_labels.size(); ++i)
        m_labels[i]->setText(labels[i]);
    m_browse->setText(tr("&Browse…"));
    m_decimalComma->setText(tr("&Decimal comma (0,25)"));
    m_features->setAccessibleName(tr("Feature columns"));
    ingestButton()->setText(tr("I&ngest"));
}

} // namespace vv::ui
