// libFuzzer target: the condition parser, type checker and evaluator must never crash, hang or read out of bounds,
// whatever the text.

#include "guidance/Condition.h"

#include <cstddef>
#include <cstdint>
#include <map>

using namespace vv::guidance;

static const std::map<QString, FactSpec> &catalog()
{
    static const std::map<QString, FactSpec> facts = [] {
        std::map<QString, FactSpec> f;
        auto add = [&](const char *id, FactType type, QStringList choices) {
            FactSpec s;
            s.id = QString::fromLatin1(id);
            s.type = type;
            s.choices = std::move(choices);
            s.packId = QStringLiteral("p");
            f[s.id] = s;
        };
        add("a.b", FactType::Bool, {});
        add("x.k", FactType::Choice, {QStringLiteral("a"), QStringLiteral("b")});
        add("x.m", FactType::Multi, {QStringLiteral("u"), QStringLiteral("v")});
        add("x.n", FactType::Number, {});
        add("x.t", FactType::Text, {});
        return f;
    }();
    return facts;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QString text = QString::fromUtf8(reinterpret_cast<const char *>(data), qsizetype(size));
    auto condition = Condition::parse(text);
    if (!condition)
        return 0;
    (void)condition->typeCheck(
        [](const QString &id) -> const FactSpec * {
            auto it = catalog().find(id);
            return it == catalog().end() ? nullptr : &it->second;
        },
        [](const QString &id) { return id; });
    // Evaluate with every fact unknown, then with values of every kind (including "not applicable").
    (void)condition->evaluate([](const QString &) { return std::optional<Value>(); });
    (void)condition->evaluate([](const QString &id) -> std::optional<Value> {
        switch (id.size() % 6) {
        case 0: return Value::boolean(true);
        case 1: return Value::string(QStringLiteral("a"));
        case 2: return Value::set({QStringLiteral("u")});
        case 3: return Value::number(3);
        case 4: return Value::null();
        default: return std::nullopt;
        }
    });
    return 0;
}
