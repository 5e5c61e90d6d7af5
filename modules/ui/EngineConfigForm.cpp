#include "ui/EngineConfigForm.h"
#include "ui/FileDialogs.h"

#include "secrets/Keychain.h"

#include <QCheckBox>
#include <QDoubleSpinBox>
#include <QEvent>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>

#include <limits>

namespace vv::ui {

namespace {

/// A number field that shows 60 as "60" and 0.7 as "0,7" rather than padding every value to six decimals.
class NumberSpinBox : public QDoubleSpinBox {
public:
    using QDoubleSpinBox::QDoubleSpinBox;

    QString textFromValue(double value) const override
    {
        QLocale l = locale();
        l.setNumberOptions(l.numberOptions() | QLocale::OmitGroupSeparator);
        QString text = l.toString(value, 'f', decimals());
        const QString point = l.decimalPoint();
        if (text.contains(point)) {
            while (text.endsWith(QLatin1Char('0')))
                text.chop(1);
            if (text.endsWith(point))
                text.chop(point.size());
        }
        return text;
    }
};

} // namespace

using validation::EngineConfigField;
using Type = validation::EngineConfigField::Type;

EngineConfigForm::EngineConfigForm(QWidget *parent) : QWidget(parent), m_layout(new QFormLayout(this))
{
    m_layout->setContentsMargins(0, 0, 0, 0);
    m_layout->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
}

EngineConfigForm::KeySource EngineConfigForm::keySource(const QString &key)
{
    // The manifests name where an engine's API key lives with these suffixes (api_key_env, api_key_keychain).
    if (key.endsWith(QStringLiteral("_env")))
        return KeySource::Environment;
    if (key.endsWith(QStringLiteral("_keychain")))
        return KeySource::Keychain;
    return KeySource::None;
}

void EngineConfigForm::clear()
{
    while (m_layout->rowCount() > 0)
        m_layout->removeRow(0);
    m_rows.clear();
}

void EngineConfigForm::setManifest(const validation::EngineManifest &manifest)
{
    clear();
    for (const EngineConfigField &field : manifest.config) {
        Row row;
        row.field = field;
        row.label = new QLabel(this);
        QWidget *fieldWidget = nullptr;
        switch (field.type) {
        case Type::Integer: {
            auto *spin = new QSpinBox(this);
            spin->setRange(std::numeric_limits<int>::min(), std::numeric_limits<int>::max());
            connect(spin, &QSpinBox::valueChanged, this, [this] { Q_EMIT edited(); });
            row.editor = spin;
            break;
        }
        case Type::Number: {
            auto *spin = new NumberSpinBox(this);
            // Six decimals keep a stored setting exact enough for its hash to match when a run is resumed.
            spin->setDecimals(6);
            spin->setRange(-1e12, 1e12);
            connect(spin, &QDoubleSpinBox::valueChanged, this, [this] { Q_EMIT edited(); });
            row.editor = spin;
            break;
        }
        case Type::Boolean: {
            auto *check = new QCheckBox(this);
            connect(check, &QCheckBox::toggled, this, [this] { Q_EMIT edited(); });
            row.editor = check;
            break;
        }
        case Type::String:
        case Type::Path: {
            auto *edit = new QLineEdit(this);
            if (field.secret)
                edit->setEchoMode(QLineEdit::Password);
            connect(edit, &QLineEdit::textChanged, this, [this] { Q_EMIT edited(); });
            row.editor = edit;
            if (field.type == Type::Path) {
                auto *browse = new QPushButton(this);
                connect(browse, &QPushButton::clicked, this, [this, edit] {
                    const QString start = edit->text().isEmpty() ? QString() : QFileInfo(edit->text()).absolutePath();
                    const QString path = FileDialogs::openFile(this, tr("Choose a file"), start);
                    if (!path.isEmpty())
                        edit->setText(path);
                });
                auto *box = new QWidget(this);
                auto *h = new QHBoxLayout(box);
                h->setContentsMargins(0, 0, 0, 0);
                h->addWidget(edit, 1);
                h->addWidget(browse);
                row.browse = browse;
                fieldWidget = box;
            }
            break;
        }
        }
        row.editor->setObjectName(field.key);
        if (!fieldWidget)
            fieldWidget = row.editor;
        if (keySource(field.key) != KeySource::None) {
            row.note = new QLabel(this);
            row.note->setWordWrap(true);
            row.note->setObjectName(field.key + QStringLiteral("_note"));
            auto *box = new QWidget(this);
            auto *v = new QVBoxLayout(box);
            v->setContentsMargins(0, 0, 0, 0);
            v->addWidget(fieldWidget);
            if (keySource(field.key) == KeySource::Keychain) {
                auto *check = new QPushButton(this);
                const QString key = field.key;
                connect(check, &QPushButton::clicked, this, [this, key] { checkKeychainEntry(key); });
                auto *h = new QHBoxLayout;
                h->addWidget(row.note, 1);
                h->addWidget(check, 0, Qt::AlignTop);
                v->addLayout(h);
                row.check = check;
            } else {
                v->addWidget(row.note);
            }
            fieldWidget = box;
            if (auto *edit = qobject_cast<QLineEdit *>(row.editor)) {
                const std::size_t index = m_rows.size();
                connect(edit, &QLineEdit::textChanged, this, [this, index] {
                    if (index < m_rows.size())
                        updateNote(m_rows[index]);
                });
            }
        }
        row.label->setBuddy(row.editor);
        m_layout->addRow(row.label, fieldWidget);
        m_rows.push_back(row);
        setValue(m_rows.back(), field.defaultValue);
    }
    retranslate();
}

void EngineConfigForm::setValue(const Row &row, const Json &value)
{
    if (auto *spin = qobject_cast<QSpinBox *>(row.editor)) {
        const qint64 v = value.is_number() ? value.get<qint64>() : 0;
        spin->setValue(static_cast<int>(std::clamp<qint64>(v, spin->minimum(), spin->maximum())));
    } else if (auto *dspin = qobject_cast<QDoubleSpinBox *>(row.editor)) {
        dspin->setValue(value.is_number() ? value.get<double>() : 0.0);
    } else if (auto *check = qobject_cast<QCheckBox *>(row.editor)) {
        check->setChecked(value.is_boolean() && value.get<bool>());
    } else if (auto *edit = qobject_cast<QLineEdit *>(row.editor)) {
        edit->setText(value.is_string() ? fromStd(value.get<std::string>()) : QString());
    }
    updateNote(row);
}

void EngineConfigForm::setValues(const Json &config)
{
    if (!config.is_object())
        return;
    for (const Row &row : m_rows) {
        const auto it = config.find(toStd(row.field.key));
        if (it != config.end() && !row.field.secret)
            setValue(row, *it);
    }
}

QString EngineConfigForm::text(const Row &row) const
{
    if (auto *spin = qobject_cast<QSpinBox *>(row.editor))
        return QString::number(spin->value());
    if (auto *dspin = qobject_cast<QDoubleSpinBox *>(row.editor))
        return QString::number(dspin->value(), 'g', 15);
    if (auto *check = qobject_cast<QCheckBox *>(row.editor))
        return check->isChecked() ? QStringLiteral("true") : QStringLiteral("false");
    if (auto *edit = qobject_cast<QLineEdit *>(row.editor))
        return edit->text();
    return {};
}

QMap<QString, QString> EngineConfigForm::settings() const
{
    QMap<QString, QString> out;
    for (const Row &row : m_rows) {
        const QString value = text(row);
        const bool isText = row.field.type == Type::String || row.field.type == Type::Path;
        if (isText && value.trimmed().isEmpty() && row.field.defaultValue.is_null())
            continue;
        out.insert(row.field.key, value);
    }
    return out;
}

QWidget *EngineConfigForm::editor(const QString &key) const
{
    for (const Row &row : m_rows) {
        if (row.field.key == key)
            return row.editor;
    }
    return nullptr;
}

QLabel *EngineConfigForm::keySourceNote(const QString &key) const
{
    for (const Row &row : m_rows) {
        if (row.field.key == key)
            return row.note;
    }
    return nullptr;
}

void EngineConfigForm::updateNote(const Row &row)
{
    if (!row.note)
        return;
    const QString name = text(row).trimmed();
    if (name.isEmpty()) {
        row.note->setText(keySource(row.field.key) == KeySource::Environment
                              ? tr("Give the name of an environment variable that holds the key, not the key itself.")
                              : tr("Give the name of a keychain entry that holds the key (veiviser-cli secret set)."));
        return;
    }
    if (keySource(row.field.key) == KeySource::Environment) {
        row.note->setText(qEnvironmentVariableIsSet(name.toLocal8Bit().constData())
                              ? tr("The key is read from the environment variable %1 when the run starts; it is "
                                   "never stored in the project.").arg(name)
                              : tr("The environment variable %1 is not set for Veiviser; set it before starting "
                                   "Veiviser, or the run goes without a key.").arg(name));
    } else {
        row.note->setText(tr("The key is read from the keychain entry %1 when the run starts; it is never stored in "
                             "the project.").arg(name));
    }
}

bool EngineConfigForm::checkKeychainEntry(const QString &key)
{
    const Row *row = nullptr;
    for (const Row &r : m_rows) {
        if (r.field.key == key && r.check)
            row = &r;
    }
    const QString name = row ? text(*row).trimmed() : QString();
    if (name.isEmpty())
        return false;
    // On the GUI thread: QtKeychain's jobs are not safe to run from a worker thread (they crash when their
    // events reach the GUI thread). The keychain answers at once when it is unlocked; Keychain::read waits at most
    // Keychain::timeoutMs for an unlock prompt.
    row->note->setText(tr("Looking for the keychain entry %1…").arg(name));
    row->check->setEnabled(false);
    auto secret = secrets::Keychain::read(name);
    row->check->setEnabled(true);
    if (!secret)
        row->note->setText(secret.error().toString());
    else if (secret->has_value())
        row->note->setText(tr("The keychain entry %1 exists; the key is read from it when the run starts and is never "
                              "stored in the project.").arg(name));
    else
        row->note->setText(tr("There is no keychain entry %1. Store the key with: veiviser-cli secret set %1").arg(name));
    // The key itself is dropped here and now.
    Q_EMIT keyChecked(key);
    return true;
}

void EngineConfigForm::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void EngineConfigForm::retranslate()
{
    for (const Row &row : m_rows) {
        const QString label = row.field.label.current();
        row.label->setText(row.field.required ? tr("%1 (required):").arg(label) : tr("%1:").arg(label));
        row.editor->setAccessibleName(label);
        row.editor->setToolTip(tr("Setting %1 (%2)").arg(row.field.key, EngineConfigField::typeName(row.field.type)));
        if (row.field.secret) {
            auto *edit = qobject_cast<QLineEdit *>(row.editor);
            if (edit)
                edit->setPlaceholderText(tr("used for this run only; never stored"));
        }
        if (row.check) {
            static_cast<QPushButton *>(row.check)->setText(tr("Check"));
            row.check->setAccessibleName(tr("Check that the keychain entry for %1 exists").arg(label));
        }
        if (row.browse) {
            static_cast<QPushButton *>(row.browse)->setText(tr("Browse…"));
            row.browse->setAccessibleName(tr("Choose a file for %1").arg(label));
        }
        updateNote(row);
    }
}

} // namespace vv::ui
