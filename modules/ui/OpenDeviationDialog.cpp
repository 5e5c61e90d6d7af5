#include "ui/OpenDeviationDialog.h"

#include "store/DeviationTable.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

#include <algorithm>

namespace vv::ui {

QString severityLabel(const QString &severity)
{
    if (severity == QStringLiteral("low"))
        return OpenDeviationDialog::tr("Low");
    if (severity == QStringLiteral("medium"))
        return OpenDeviationDialog::tr("Medium");
    if (severity == QStringLiteral("high"))
        return OpenDeviationDialog::tr("High");
    if (severity == QStringLiteral("critical"))
        return OpenDeviationDialog::tr("Critical");
    return severity;
}

void fillSeverities(QComboBox *box)
{
    const QString current = box->currentData().toString();
    box->clear();
    for (const QString &s : DeviationTable::severities())
        box->addItem(severityLabel(s), s);
    box->setCurrentIndex(std::max(0, box->findData(current.isEmpty() ? QStringLiteral("medium") : current)));
}

OpenDeviationDialog::OpenDeviationDialog(const QString &title, const QString &context, QWidget *parent)
    : QDialog(parent), m_title(new QLineEdit(title, this)), m_severity(new QComboBox(this)), m_owner(new QLineEdit(this))
{
    setWindowTitle(tr("Open a deviation"));
    fillSeverities(m_severity);
    auto *form = new QFormLayout;
    auto *titleLabel = new QLabel(tr("&Title:"), this);
    titleLabel->setBuddy(m_title);
    auto *severityLabel = new QLabel(tr("&Severity:"), this);
    severityLabel->setBuddy(m_severity);
    auto *ownerLabel = new QLabel(tr("&Owner:"), this);
    ownerLabel->setBuddy(m_owner);
    m_owner->setPlaceholderText(tr("Who follows it up"));
    form->addRow(titleLabel, m_title);
    form->addRow(severityLabel, m_severity);
    form->addRow(ownerLabel, m_owner);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("Open deviation"));
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    // The store refuses a deviation without a title; the button says so before it is pressed.
    connect(m_title, &QLineEdit::textChanged, this, [buttons](const QString &text) {
        buttons->button(QDialogButtonBox::Ok)->setEnabled(!text.trimmed().isEmpty());
    });
    buttons->button(QDialogButtonBox::Ok)->setEnabled(!title.trimmed().isEmpty());
    auto *layout = new QVBoxLayout(this);
    if (!context.isEmpty()) {
        auto *about = new QLabel(context, this);
        about->setWordWrap(true);
        layout->addWidget(about);
    }
    layout->addLayout(form);
    layout->addWidget(buttons);
    resize(560, sizeHint().height());
}

QString OpenDeviationDialog::title() const
{
    return m_title->text().trimmed();
}

QString OpenDeviationDialog::severity() const
{
    return m_severity->currentData().toString();
}

QString OpenDeviationDialog::owner() const
{
    return m_owner->text().trimmed();
}

} // namespace vv::ui
