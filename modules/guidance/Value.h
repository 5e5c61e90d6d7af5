#pragma once

#include "core/Error.h"
#include "core/Json.h"

#include <QCoreApplication>
#include <QString>
#include <QStringList>

#include <optional>
#include <variant>

namespace vv::guidance {

/// The kinds of value a fact can hold (docs/guidance-format.md, "Facts").
enum class FactType { Bool, Choice, Multi, Number, Text };
QString factTypeName(FactType type);
std::optional<FactType> factTypeFromName(const QString &name);

/// A known value of a fact. Null means "not applicable": a definite value that equals nothing but null.
/// An unknown value (an unanswered question) is the absence of a Value (std::optional<Value>).
class Value {
public:
    enum class Kind { Null, Bool, Number, String, Set };

    Value() = default;
    static Value null() { return {}; }
    static Value boolean(bool b) { return Value(Storage(std::in_place_index<1>, b)); }
    static Value number(double n) { return Value(Storage(std::in_place_index<2>, n)); }
    static Value string(QString s) { return Value(Storage(std::in_place_index<3>, std::move(s))); }
    /// A set of choice values; kept sorted and free of duplicates, so equal sets compare equal.
    static Value set(QStringList items);

    Kind kind() const { return static_cast<Kind>(m_v.index()); }
    bool isNull() const { return kind() == Kind::Null; }
    bool toBool() const { return std::get<1>(m_v); }
    double toNumber() const { return std::get<2>(m_v); }
    const QString &toString() const { return std::get<3>(m_v); }
    const QStringList &toSet() const { return std::get<4>(m_v); }

    bool operator==(const Value &other) const { return m_v == other.m_v; }
    bool operator!=(const Value &other) const { return !(*this == other); }

    Json toJson() const;
    /// How the value is written in a condition or a trace: true, 'IIa', ['a', 'b'], 12.5, null.
    QString display() const;

private:
    using Storage = std::variant<std::monostate, bool, double, QString, QStringList>;
    explicit Value(Storage v) : m_v(std::move(v)) {}
    Storage m_v;
};

/// What the engine knows about one fact: its id, type, allowed values and where it is declared.
struct FactSpec {
    QString id;
    FactType type = FactType::Bool;
    QStringList choices;              ///< for choice and multi
    std::optional<double> min, max;   ///< for number
    QString packId;
    bool derived = false;             ///< the output of a decision rather than the answer to a question
    bool typeKnown = true;            ///< false when the pack gives no valid type (already reported)

    /// "true, false", "informs_decisions, monitors", ...: what an answer may be, for error messages.
    QString allowedValues() const;
};

/// Checks an answer from an answers file (JSON) against the fact; the error names the allowed values.
/// JSON null means "remove the answer" and is returned as std::nullopt.
Result<std::optional<Value>> answerFromJson(const FactSpec &spec, const Json &json);
/// Checks an answer typed on the command line (KEY=VALUE); multi values are comma-separated. An empty text
/// means "remove the answer" and is returned as std::nullopt.
Result<std::optional<Value>> answerFromText(const FactSpec &spec, const QString &text);

} // namespace vv::guidance
