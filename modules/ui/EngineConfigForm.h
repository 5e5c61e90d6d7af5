#pragma once

#include "core/Json.h"
#include "validation/EngineManifest.h"

#include <QMap>
#include <QWidget>

#include <vector>

class QFormLayout;
class QLabel;

namespace vv::ui {

/// An engine's settings as a form built from its manifest's config schema: one labelled widget per field, by the
/// field's type, with its default filled in. Secret values are typed for one run and never kept; fields that name
/// where an API key lives (`*_env`, `*_keychain`) say so under the field.
class EngineConfigForm : public QWidget {
    Q_OBJECT
public:
    explicit EngineConfigForm(QWidget *parent = nullptr);

    /// Builds the form for the manifest's fields (an empty form for an engine without settings).
    void setManifest(const validation::EngineManifest &manifest);
    /// Fills fields from a stored configuration (a resumed run's); fields it lacks keep their defaults.
    void setValues(const Json &config);
    /// The settings as `run --set KEY=VALUE` takes them. An empty optional field without a default is left out, so
    /// that the engine sees what the command line would give it.
    QMap<QString, QString> settings() const;

    /// The widget that edits a field (QLineEdit, QSpinBox, QDoubleSpinBox or QCheckBox), or nullptr.
    QWidget *editor(const QString &key) const;
    /// The note under a field that names where the API key comes from, or nullptr for other fields.
    QLabel *keySourceNote(const QString &key) const;
    /// Looks for a keychain field's entry and says in its note whether it exists (the key itself is dropped at
    /// once); keyChecked() follows. False for other fields or an empty name.
    bool checkKeychainEntry(const QString &key);
    int fieldCount() const { return static_cast<int>(m_rows.size()); }

Q_SIGNALS:
    void edited();
    /// A keychain check has ended; the field's note says how.
    void keyChecked(const QString &key);

protected:
    void changeEvent(QEvent *event) override;

private:
    struct Row {
        validation::EngineConfigField field;
        QLabel *label = nullptr;
        QWidget *editor = nullptr;   ///< the input widget (inside a row with a Browse button for paths)
        QWidget *browse = nullptr;   ///< the Browse button of a path field
        QLabel *note = nullptr;      ///< where an API key comes from
        QWidget *check = nullptr;    ///< the button that looks for a keychain entry
    };
    enum class KeySource { None, Environment, Keychain };
    static KeySource keySource(const QString &key);
    void clear();
    void setValue(const Row &row, const Json &value);
    QString text(const Row &row) const;
    void updateNote(const Row &row);
    void retranslate();

    QFormLayout *m_layout;
    std::vector<Row> m_rows;
};

} // namespace vv::ui
