#include "guidance/Value.h"

#include <cmath>

namespace vv::guidance {

static QString tr(const char *text)
{
    return QCoreApplication::translate("vv::guidance", text);
}

QString factTypeName(FactType type)
{
    switch (type) {
    case FactType::Bool: return QStringLiteral("bool");
    case FactType::Choice: return QStringLiteral("choice");
    case FactType::Multi: return QStringLiteral("multi");
    case FactType::Number: return QStringLiteral("number");
    case FactType::Text: return QStringLiteral("text");
    }
    return QStringLiteral("text");
}

std::optional<FactType> factTypeFromName(const QString &name)
{
    for (FactType t : {FactType::Bool, FactType::Choice, FactType::Multi, FactType::Number, FactType::Text})
        if (factTypeName(t) == name)
            return t;
    return std::nullopt;
}

Value Value::set(QStringList items)
{
    items.sort();
    items.removeDuplicates();
    return Value(Storage(std::in_place_index<4>, std::move(items)));
}

Json Value::toJson() const
{
    switch (kind()) {
    case Kind::Null: return nullptr;
    case Kind::Bool: return toBool();
    case Kind::Number: return toNumber();
    case Kind::String: return toStd(toString());
    case Kind::Set: return vv::toJson(toSet());
    }
    return nullptr;
}

QString Value::display() const
{
    switch (kind()) {
    case Kind::Null: return QStringLiteral("null");
    case Kind::Bool: return toBool() ? QStringLiteral("true") : QStringLiteral("false");
    case Kind::Number: return QString::number(toNumber(), 'g', 15);
    case Kind::String: return QLatin1Char('\'') + toString() + QLatin1Char('\'');
    case Kind::Set: {
        QStringList quoted;
        for (const QString &s : toSet())
            quoted << QLatin1Char('\'') + s + QLatin1Char('\'');
        return QLatin1Char('[') + quoted.join(QStringLiteral(", ")) + QLatin1Char(']');
    }
    }
    return {};
}

QString FactSpec::allowedValues() const
{
    switch (type) {
    case FactType::Bool: return QStringLiteral("true, false");
    case FactType::Choice:
    case FactType::Multi: return choices.join(QStringLiteral(", "));
    case FactType::Number: {
        const auto text = [](double d) { return QString::number(d, 'g', 15); };
        if (min && max)
            return tr("a number from %1 to %2").arg(text(*min), text(*max));
        if (min)
            return tr("a number of at least %1").arg(text(*min));
        if (max)
            return tr("a number of at most %1").arg(text(*max));
        return tr("a number");
    }
    case FactType::Text: return tr("any text");
    }
    return {};
}

// Bounds what one answer may hold: answers files come from outside the program.
static constexpr qsizetype maxTextAnswer = 64 * 1024;

static Error wrongValue(const FactSpec &spec, const QString &given)
{
    return Error::input(tr("'%1' is not a valid answer to %2 (%3)").arg(given, spec.id, factTypeName(spec.type)),
                        tr("Allowed: %1.").arg(spec.allowedValues()));
}

static Result<Value> checkNumber(const FactSpec &spec, double n, const QString &given)
{
    if (!std::isfinite(n) || (spec.min && n < *spec.min) || (spec.max && n > *spec.max))
        return wrongValue(spec, given);
    return Value::number(n);
}

static Result<Value> checkChoices(const FactSpec &spec, const QStringList &values, const QString &given)
{
    for (const QString &v : values)
        if (!spec.choices.contains(v))
            return wrongValue(spec, given);
    if (spec.type == FactType::Choice) {
        if (values.size() != 1)
            return wrongValue(spec, given);
        return Value::string(values.first());
    }
    return Value::set(values);
}

Result<std::optional<Value>> answerFromJson(const FactSpec &spec, const Json &json)
{
    if (json.is_null())
        return std::optional<Value>();
    const QString given = fromStd(json.dump()).left(200);
    switch (spec.type) {
    case FactType::Bool:
        if (!json.is_boolean())
            return wrongValue(spec, given);
        return std::optional<Value>(Value::boolean(json.get<bool>()));
    case FactType::Number: {
        if (!json.is_number())
            return wrongValue(spec, given);
        auto v = checkNumber(spec, json.get<double>(), given);
        if (!v)
            return v.error();
        return std::optional<Value>(*v);
    }
    case FactType::Choice:
    case FactType::Multi: {
        QStringList values;
        if (spec.type == FactType::Choice && json.is_string()) {
            values << fromStd(json.get<std::string>());
        } else if (spec.type == FactType::Multi && json.is_array() && json.size() <= 256) {
            for (const Json &item : json) {
                if (!item.is_string())
                    return wrongValue(spec, given);
                values << fromStd(item.get<std::string>());
            }
        } else {
            return wrongValue(spec, given);
        }
        auto v = checkChoices(spec, values, given);
        if (!v)
            return v.error();
        return std::optional<Value>(*v);
    }
    case FactType::Text: {
        if (!json.is_string())
            return wrongValue(spec, given);
        const QString text = fromStd(json.get<std::string>());
        if (text.size() > maxTextAnswer)
            return Error::input(tr("the answer to %1 is longer than %2 characters").arg(spec.id).arg(maxTextAnswer),
                                tr("Shorten it, or keep the long text as evidence and refer to it."));
        return std::optional<Value>(Value::string(text));
    }
    }
    return wrongValue(spec, given);
}

Result<std::optional<Value>> answerFromText(const FactSpec &spec, const QString &text)
{
    if (text.isEmpty())
        return std::optional<Value>();
    switch (spec.type) {
    case FactType::Bool:
        if (text == QStringLiteral("true") || text == QStringLiteral("false"))
            return std::optional<Value>(Value::boolean(text == QStringLiteral("true")));
        return wrongValue(spec, text);
    case FactType::Number: {
        bool ok = false;
        const double n = text.toDouble(&ok);
        if (!ok)
            return wrongValue(spec, text);
        auto v = checkNumber(spec, n, text);
        if (!v)
            return v.error();
        return std::optional<Value>(*v);
    }
    case FactType::Choice:
    case FactType::Multi: {
        QStringList values = spec.type == FactType::Multi ? text.split(QLatin1Char(','), Qt::SkipEmptyParts)
                                                          : QStringList{text};
        for (QString &v : values)
            v = v.trimmed();
        auto v = checkChoices(spec, values, text);
        if (!v)
            return v.error();
        return std::optional<Value>(*v);
    }
    case FactType::Text:
        return answerFromJson(spec, Json(toStd(text)));
    }
    return wrongValue(spec, text);
}

} // namespace vv::guidance
