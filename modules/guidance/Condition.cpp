#include "guidance/Condition.h"

#include <utility>

namespace vv::guidance {

QString truthName(Truth t)
{
    switch (t) {
    case Truth::False: return QStringLiteral("false");
    case Truth::True: return QStringLiteral("true");
    case Truth::Unknown: return QStringLiteral("unknown");
    }
    return QStringLiteral("unknown");
}

struct Condition::Node {
    enum class Op { Or, And, Not, Eq, Ne, Lt, Le, Gt, Ge, In, NotIn, Fact, Literal, List, Truthy };
    Op op = Op::Literal;
    qsizetype offset = 0;
    std::vector<Node> children;
    QString fact;
    Value literal;
};

using Node = Condition::Node;
using Op = Node::Op;

namespace {

struct Token {
    enum class Kind { End, Ident, String, Number, Op, Error };
    Kind kind = Kind::End;
    QString text;   // identifier, string contents, operator, or the error message
    double number = 0;
    qsizetype offset = 0;
};

bool isIdentStart(QChar c)
{
    return (c >= QLatin1Char('a') && c <= QLatin1Char('z')) || (c >= QLatin1Char('A') && c <= QLatin1Char('Z')) ||
           c == QLatin1Char('_');
}

bool isIdentChar(QChar c)
{
    return isIdentStart(c) || (c >= QLatin1Char('0') && c <= QLatin1Char('9')) || c == QLatin1Char('.');
}

bool isDigit(QChar c)
{
    return c >= QLatin1Char('0') && c <= QLatin1Char('9');
}

class Lexer {
public:
    explicit Lexer(const QString &text) : m_text(text) {}

    Token next()
    {
        while (m_pos < m_text.size() && m_text[m_pos].isSpace())
            ++m_pos;
        Token t;
        t.offset = m_pos;
        if (m_pos >= m_text.size())
            return t;
        const QChar c = m_text[m_pos];
        if (isIdentStart(c)) {
            const qsizetype start = m_pos;
            while (m_pos < m_text.size() && isIdentChar(m_text[m_pos]))
                ++m_pos;
            t.kind = Token::Kind::Ident;
            t.text = m_text.mid(start, m_pos - start);
            return t;
        }
        if (isDigit(c) || (c == QLatin1Char('-') && m_pos + 1 < m_text.size() && isDigit(m_text[m_pos + 1]))) {
            const qsizetype start = m_pos++;
            while (m_pos < m_text.size() && isDigit(m_text[m_pos]))
                ++m_pos;
            if (m_pos + 1 < m_text.size() && m_text[m_pos] == QLatin1Char('.') && isDigit(m_text[m_pos + 1])) {
                ++m_pos;
                while (m_pos < m_text.size() && isDigit(m_text[m_pos]))
                    ++m_pos;
            }
            bool ok = false;
            t.number = m_text.mid(start, m_pos - start).toDouble(&ok);
            t.kind = ok ? Token::Kind::Number : Token::Kind::Error;
            if (!ok)
                t.text = Condition::tr("this number cannot be read");
            return t;
        }
        if (c == QLatin1Char('\'') || c == QLatin1Char('"')) {
            const qsizetype end = m_text.indexOf(c, m_pos + 1);
            if (end < 0) {
                t.kind = Token::Kind::Error;
                t.text = Condition::tr("the string starting here has no closing quote");
                m_pos = m_text.size();
                return t;
            }
            t.kind = Token::Kind::String;
            t.text = m_text.mid(m_pos + 1, end - m_pos - 1);
            m_pos = end + 1;
            return t;
        }
        static const char *const twoChar[] = {"==", "!=", "<=", ">="};
        for (const char *op : twoChar) {
            if (m_text.mid(m_pos, 2) == QLatin1String(op)) {
                t.kind = Token::Kind::Op;
                t.text = QLatin1String(op);
                m_pos += 2;
                return t;
            }
        }
        if (QStringLiteral("<>()[],").contains(c)) {
            t.kind = Token::Kind::Op;
            t.text = c;
            ++m_pos;
            return t;
        }
        t.kind = Token::Kind::Error;
        if (c == QLatin1Char('='))
            t.text = Condition::tr("a single '=' is not an operator; compare with '=='");
        else if (m_text.mid(m_pos, 2) == QStringLiteral("&&"))
            t.text = Condition::tr("'&&' is not an operator; write 'and'");
        else if (m_text.mid(m_pos, 2) == QStringLiteral("||"))
            t.text = Condition::tr("'||' is not an operator; write 'or'");
        else if (c == QLatin1Char('!'))
            t.text = Condition::tr("'!' is not an operator; write 'not', or '!=' to compare");
        else
            t.text = Condition::tr("unexpected character '%1'").arg(c);
        m_pos = m_text.size();
        return t;
    }

private:
    const QString &m_text;
    qsizetype m_pos = 0;
};

class Parser {
public:
    explicit Parser(const QString &text) : m_lexer(text) { advance(); }

    std::optional<Node> parseAll()
    {
        auto root = parseOr(0);
        if (!root)
            return std::nullopt;
        if (m_tok.kind == Token::Kind::Error)
            return fail(m_tok.offset, m_tok.text);
        if (m_tok.kind != Token::Kind::End)
            return fail(m_tok.offset, Condition::tr("unexpected '%1' after a complete condition").arg(tokenText(m_tok)));
        return root;
    }

    Error error() const { return Error::input(m_message, {}, SourceLocation{QString(), 1, int(m_errorOffset) + 1}); }

private:
    void advance()
    {
        m_tok = m_ahead ? *m_ahead : m_lexer.next();
        m_ahead.reset();
    }
    const Token &peek()
    {
        if (!m_ahead)
            m_ahead = m_lexer.next();
        return *m_ahead;
    }
    bool isKeyword(const Token &t, const char *word) const
    {
        return t.kind == Token::Kind::Ident && t.text == QLatin1String(word);
    }
    bool isOp(const Token &t, const char *op) const { return t.kind == Token::Kind::Op && t.text == QLatin1String(op); }

    static QString tokenText(const Token &t)
    {
        switch (t.kind) {
        case Token::Kind::End: return Condition::tr("the end");
        case Token::Kind::String: return QLatin1Char('\'') + t.text + QLatin1Char('\'');
        case Token::Kind::Number: return QString::number(t.number, 'g', 15);
        default: return t.text;
        }
    }

    std::optional<Node> fail(qsizetype offset, const QString &message)
    {
        if (m_message.isEmpty()) {
            m_errorOffset = offset;
            m_message = message;
        }
        return std::nullopt;
    }

    std::optional<Node> failAtToken(const QString &expected)
    {
        if (m_tok.kind == Token::Kind::Error)
            return fail(m_tok.offset, m_tok.text);
        return fail(m_tok.offset, Condition::tr("expected %1 but found %2").arg(expected, tokenText(m_tok)));
    }

    std::optional<Node> deeper(int depth, qsizetype offset)
    {
        if (depth + 1 > Condition::maxDepth)
            return fail(offset, Condition::tr("the condition is nested more than %1 levels deep").arg(Condition::maxDepth));
        return Node{};
    }

    std::optional<Node> parseBinary(int depth, const char *keyword, Op op, bool isOr)
    {
        auto left = isOr ? parseBinary(depth, "and", Op::And, false) : parseNot(depth);
        if (!left)
            return std::nullopt;
        if (!isKeyword(m_tok, keyword))
            return left;
        Node node;
        node.op = op;
        node.offset = left->offset;
        node.children.push_back(std::move(*left));
        while (isKeyword(m_tok, keyword)) {
            advance();
            auto right = isOr ? parseBinary(depth, "and", Op::And, false) : parseNot(depth);
            if (!right)
                return std::nullopt;
            node.children.push_back(std::move(*right));
        }
        return node;
    }

    std::optional<Node> parseOr(int depth) { return parseBinary(depth, "or", Op::Or, true); }

    std::optional<Node> parseNot(int depth)
    {
        if (!isKeyword(m_tok, "not"))
            return parseCompare(depth);
        const qsizetype offset = m_tok.offset;
        if (!deeper(depth, offset))
            return std::nullopt;
        advance();
        auto inner = parseNot(depth + 1);
        if (!inner)
            return std::nullopt;
        Node node;
        node.op = Op::Not;
        node.offset = offset;
        node.children.push_back(std::move(*inner));
        return node;
    }

    std::optional<Node> parseCompare(int depth)
    {
        auto left = parseOperand(depth);
        if (!left)
            return std::nullopt;
        static const std::pair<const char *, Op> ops[] = {{"==", Op::Eq}, {"!=", Op::Ne}, {"<", Op::Lt},
                                                           {"<=", Op::Le}, {">", Op::Gt},  {">=", Op::Ge}};
        std::optional<Op> op;
        for (const auto &[text, o] : ops)
            if (isOp(m_tok, text))
                op = o;
        if (!op && isKeyword(m_tok, "in")) {
            op = Op::In;
        } else if (!op && isKeyword(m_tok, "not") && isKeyword(peek(), "in")) {
            op = Op::NotIn;
            advance();
        }
        Node node;
        node.offset = left->offset;
        if (!op) {
            node.op = Op::Truthy;
            node.children.push_back(std::move(*left));
            return node;
        }
        advance();
        auto right = parseOperand(depth);
        if (!right)
            return std::nullopt;
        node.op = *op;
        node.children.push_back(std::move(*left));
        node.children.push_back(std::move(*right));
        return node;
    }

    std::optional<Node> parseLiteral()
    {
        Node node;
        node.op = Op::Literal;
        node.offset = m_tok.offset;
        if (m_tok.kind == Token::Kind::String) {
            node.literal = Value::string(m_tok.text);
        } else if (m_tok.kind == Token::Kind::Number) {
            node.literal = Value::number(m_tok.number);
        } else if (isKeyword(m_tok, "true") || isKeyword(m_tok, "false")) {
            node.literal = Value::boolean(m_tok.text == QStringLiteral("true"));
        } else if (isKeyword(m_tok, "null")) {
            node.literal = Value::null();
        } else {
            return std::nullopt;
        }
        advance();
        return node;
    }

    std::optional<Node> parseOperand(int depth)
    {
        if (auto literal = parseLiteral())
            return literal;
        const qsizetype offset = m_tok.offset;
        if (isOp(m_tok, "(")) {
            if (!deeper(depth, offset))
                return std::nullopt;
            advance();
            auto inner = parseOr(depth + 1);
            if (!inner)
                return std::nullopt;
            if (!isOp(m_tok, ")"))
                return failAtToken(Condition::tr("')'"));
            advance();
            return inner;
        }
        if (isOp(m_tok, "[")) {
            if (!deeper(depth, offset))
                return std::nullopt;
            advance();
            Node list;
            list.op = Op::List;
            list.offset = offset;
            for (;;) {
                auto item = parseLiteral();
                if (!item)
                    return failAtToken(Condition::tr("a string, number or true/false in the list"));
                list.children.push_back(std::move(*item));
                if (isOp(m_tok, "]"))
                    break;
                if (!isOp(m_tok, ","))
                    return failAtToken(Condition::tr("',' or ']'"));
                advance();
            }
            advance();
            return list;
        }
        static const char *const keywords[] = {"and", "or", "not", "in"};
        if (m_tok.kind == Token::Kind::Ident) {
            for (const char *k : keywords)
                if (m_tok.text == QLatin1String(k))
                    return failAtToken(Condition::tr("a fact, a value or '('"));
            Node fact;
            fact.op = Op::Fact;
            fact.offset = offset;
            fact.fact = m_tok.text;
            advance();
            return fact;
        }
        return failAtToken(Condition::tr("a fact, a value or '('"));
    }

    Lexer m_lexer;
    Token m_tok;
    std::optional<Token> m_ahead;
    QString m_message;
    qsizetype m_errorOffset = 0;
};

void collectFacts(const Node &n, QStringList &out)
{
    if (n.op == Op::Fact && !out.contains(n.fact))
        out << n.fact;
    for (const Node &c : n.children)
        collectFacts(c, out);
}

// ---- type checking ----

struct Type {
    enum class Kind { Bool, String, Number, Null, Set, List, Invalid };
    Kind kind = Kind::Invalid;
    const FactSpec *fact = nullptr; // set for fact operands
};

class TypeChecker {
public:
    TypeChecker(const Condition::FactLookup &lookup, const std::function<QString(const QString &)> &problem)
        : m_lookup(lookup), m_problem(problem) {}

    std::vector<Error> errors;

    void add(qsizetype offset, const QString &message)
    {
        errors.push_back(Error::input(message, {}, SourceLocation{QString(), 1, int(offset) + 1}));
    }

    static QString kindName(Type::Kind k)
    {
        switch (k) {
        case Type::Kind::Bool: return Condition::tr("true/false");
        case Type::Kind::String: return Condition::tr("text");
        case Type::Kind::Number: return Condition::tr("a number");
        case Type::Kind::Null: return QStringLiteral("null");
        case Type::Kind::Set: return Condition::tr("a set of values");
        case Type::Kind::List: return Condition::tr("a list");
        case Type::Kind::Invalid: break;
        }
        return QString();
    }

    static QString describe(const Node &n, const Type &t)
    {
        if (t.fact)
            return Condition::tr("%1 (%2)").arg(n.fact, factTypeName(t.fact->type));
        return kindName(t.kind);
    }

    Type check(const Node &n)
    {
        switch (n.op) {
        case Op::Or:
        case Op::And:
        case Op::Not:
            for (const Node &c : n.children)
                expectBool(c);
            return {Type::Kind::Bool};
        case Op::Truthy:
            expectBool(n.children[0]);
            return {Type::Kind::Bool};
        case Op::Fact: return checkFact(n);
        case Op::Literal: return {literalKind(n.literal)};
        case Op::List: return checkList(n);
        case Op::Eq:
        case Op::Ne: return checkEquality(n);
        case Op::Lt:
        case Op::Le:
        case Op::Gt:
        case Op::Ge: {
            for (const Node &c : n.children) {
                const Type t = check(c);
                if (t.kind != Type::Kind::Number && t.kind != Type::Kind::Invalid)
                    add(c.offset, Condition::tr("'<', '<=', '>' and '>=' compare numbers, but this is %1")
                                      .arg(describe(c, t)));
            }
            return {Type::Kind::Bool};
        }
        case Op::In:
        case Op::NotIn: return checkIn(n);
        }
        return {};
    }

private:
    static Type::Kind literalKind(const Value &v)
    {
        switch (v.kind()) {
        case Value::Kind::Bool: return Type::Kind::Bool;
        case Value::Kind::Number: return Type::Kind::Number;
        case Value::Kind::String: return Type::Kind::String;
        case Value::Kind::Null: return Type::Kind::Null;
        case Value::Kind::Set: return Type::Kind::Set;
        }
        return Type::Kind::Invalid;
    }

    void expectBool(const Node &n)
    {
        const Type t = check(n);
        if (t.kind == Type::Kind::Bool || t.kind == Type::Kind::Invalid)
            return;
        if (t.fact)
            add(n.offset, Condition::tr("expected a true/false condition, but %1 is a %2 fact; compare it with a value")
                              .arg(n.fact, factTypeName(t.fact->type)));
        else
            add(n.offset, Condition::tr("expected a true/false condition, but this is %1").arg(kindName(t.kind)));
    }

    Type checkFact(const Node &n)
    {
        const FactSpec *spec = m_lookup(n.fact);
        if (!spec) {
            add(n.offset, m_problem(n.fact));
            return {};
        }
        if (!spec->typeKnown)
            return {}; // its type error is reported where it is declared
        Type t;
        t.fact = spec;
        switch (spec->type) {
        case FactType::Bool: t.kind = Type::Kind::Bool; break;
        case FactType::Choice: t.kind = Type::Kind::String; break;
        case FactType::Multi: t.kind = Type::Kind::Set; break;
        case FactType::Number: t.kind = Type::Kind::Number; break;
        case FactType::Text:
            add(n.offset, Condition::tr("%1 is a text fact; text is never used in conditions").arg(n.fact));
            return {};
        }
        return t;
    }

    Type checkList(const Node &n)
    {
        Type::Kind elem = Type::Kind::Invalid;
        for (const Node &c : n.children) {
            const Type::Kind k = literalKind(c.literal);
            if (k == Type::Kind::Null) {
                add(c.offset, Condition::tr("null cannot be a list item; compare with '== null' instead"));
            } else if (elem == Type::Kind::Invalid) {
                elem = k;
            } else if (k != elem) {
                add(c.offset, Condition::tr("every item of a list must be of the same type"));
            }
        }
        return {Type::Kind::List};
    }

    // A string compared with a choice fact must be one of its values: a typo would otherwise be silently false.
    void checkChoiceValue(const FactSpec *spec, const Node &literal)
    {
        if (!spec || literal.op != Op::Literal || literal.literal.kind() != Value::Kind::String)
            return;
        if (!spec->choices.contains(literal.literal.toString()))
            add(literal.offset, Condition::tr("'%1' is not a value of %2 (its values: %3)")
                                    .arg(literal.literal.toString(), spec->id, spec->choices.join(QStringLiteral(", "))));
    }

    Type checkEquality(const Node &n)
    {
        const Node &l = n.children[0], &r = n.children[1];
        const Type lt = check(l), rt = check(r);
        if (lt.kind == Type::Kind::Invalid || rt.kind == Type::Kind::Invalid)
            return {Type::Kind::Bool};
        if (lt.kind == Type::Kind::List || rt.kind == Type::Kind::List) {
            add((lt.kind == Type::Kind::List ? l : r).offset,
                Condition::tr("a list can only stand after 'in'; write 'fact in [...]'"));
        } else if (lt.kind == Type::Kind::Set || rt.kind == Type::Kind::Set) {
            if (lt.kind != Type::Kind::Null && rt.kind != Type::Kind::Null)
                add(n.offset, Condition::tr("a multi fact is not compared with '==' or '!='; test a value with "
                                            "\"'value' in %1\"")
                                  .arg(lt.kind == Type::Kind::Set ? l.fact : r.fact));
        } else if (lt.kind != rt.kind && lt.kind != Type::Kind::Null && rt.kind != Type::Kind::Null) {
            add(r.offset, Condition::tr("cannot compare %1 with %2").arg(describe(l, lt), describe(r, rt)));
        } else {
            checkChoiceValue(lt.fact, r);
            checkChoiceValue(rt.fact, l);
        }
        return {Type::Kind::Bool};
    }

    Type checkIn(const Node &n)
    {
        const Node &l = n.children[0], &r = n.children[1];
        const Type lt = check(l), rt = check(r);
        if (lt.kind == Type::Kind::Invalid || rt.kind == Type::Kind::Invalid)
            return {Type::Kind::Bool};
        if (rt.kind == Type::Kind::List) {
            if (lt.kind == Type::Kind::Set || lt.kind == Type::Kind::List || lt.kind == Type::Kind::Null) {
                add(l.offset, Condition::tr("the left side of 'in [...]' must be a single value, but it is %1")
                                  .arg(describe(l, lt)));
                return {Type::Kind::Bool};
            }
            // The list's own items were checked to be of one type; compare that type once.
            const Node &first = r.children.front();
            const Type::Kind k = literalKind(first.literal);
            if (k != lt.kind && k != Type::Kind::Null) {
                add(first.offset, Condition::tr("cannot compare %1 with %2").arg(describe(l, lt), kindName(k)));
            } else {
                for (const Node &item : r.children)
                    if (literalKind(item.literal) == lt.kind)
                        checkChoiceValue(lt.fact, item);
            }
        } else if (rt.kind == Type::Kind::Set) {
            if (lt.kind != Type::Kind::String)
                add(l.offset, Condition::tr("only a text value can be in %1, but this is %2").arg(r.fact, describe(l, lt)));
            else
                checkChoiceValue(rt.fact, l);
        } else {
            add(r.offset, Condition::tr("after 'in' comes a list [...] or a multi fact, but this is %1")
                              .arg(describe(r, rt)));
        }
        return {Type::Kind::Bool};
    }

    const Condition::FactLookup &m_lookup;
    const std::function<QString(const QString &)> &m_problem;
};

// ---- evaluation ----

class Evaluator {
public:
    explicit Evaluator(const std::function<std::optional<Value>(const QString &)> &value) : m_value(value) {}

    Truth truth(const Node &n, QStringList &unknown)
    {
        switch (n.op) {
        case Op::Or:
        case Op::And: {
            // Kleene: a decisive child (true for or, false for and) settles it whatever the others are.
            const Truth decisive = n.op == Op::Or ? Truth::True : Truth::False;
            bool anyUnknown = false;
            QStringList pending;
            for (const Node &c : n.children) {
                QStringList childUnknown;
                const Truth t = truth(c, childUnknown);
                if (t == decisive)
                    return decisive;
                if (t == Truth::Unknown) {
                    anyUnknown = true;
                    merge(pending, childUnknown);
                }
            }
            if (anyUnknown) {
                merge(unknown, pending);
                return Truth::Unknown;
            }
            return decisive == Truth::True ? Truth::False : Truth::True;
        }
        case Op::Not: return negate(truth(n.children[0], unknown));
        case Op::Truthy: return truth(n.children[0], unknown);
        case Op::List: return Truth::False; // refused by typeCheck; never true
        case Op::Fact:
        case Op::Literal: {
            // "Not applicable" (null) is no true.
            const auto v = operand(n, unknown);
            if (!v)
                return Truth::Unknown;
            return v->kind() == Value::Kind::Bool && v->toBool() ? Truth::True : Truth::False;
        }
        case Op::Eq:
        case Op::Ne: {
            const auto l = operand(n.children[0], unknown);
            const auto r = operand(n.children[1], unknown);
            if (!l || !r)
                return Truth::Unknown;
            return ((*l == *r) == (n.op == Op::Eq)) ? Truth::True : Truth::False;
        }
        case Op::Lt:
        case Op::Le:
        case Op::Gt:
        case Op::Ge: {
            const auto l = operand(n.children[0], unknown);
            const auto r = operand(n.children[1], unknown);
            if (!l || !r)
                return Truth::Unknown;
            if (l->kind() != Value::Kind::Number || r->kind() != Value::Kind::Number)
                return Truth::False; // "not applicable" is no number
            const double a = l->toNumber(), b = r->toNumber();
            const bool result = n.op == Op::Lt ? a < b : n.op == Op::Le ? a <= b : n.op == Op::Gt ? a > b : a >= b;
            return result ? Truth::True : Truth::False;
        }
        case Op::In:
        case Op::NotIn: {
            const Truth t = contains(n.children[0], n.children[1], unknown);
            return n.op == Op::In ? t : negate(t);
        }
        }
        return Truth::Unknown;
    }

private:
    static Truth negate(Truth t) { return t == Truth::Unknown ? t : t == Truth::True ? Truth::False : Truth::True; }

    static void merge(QStringList &into, const QStringList &from)
    {
        for (const QString &f : from)
            if (!into.contains(f))
                into << f;
    }

    std::optional<Value> operand(const Node &n, QStringList &unknown)
    {
        if (n.op == Op::Literal)
            return n.literal;
        if (n.op == Op::Fact) {
            auto v = m_value(n.fact);
            if (!v)
                merge(unknown, {n.fact});
            return v;
        }
        // A parenthesised condition used as a value: (a or b) == true.
        const Truth t = truth(n, unknown);
        if (t == Truth::Unknown)
            return std::nullopt;
        return Value::boolean(t == Truth::True);
    }

    Truth contains(const Node &l, const Node &r, QStringList &unknown)
    {
        const auto needle = operand(l, unknown);
        if (r.op == Op::List) {
            if (!needle)
                return Truth::Unknown;
            for (const Node &item : r.children)
                if (item.literal == *needle)
                    return Truth::True;
            return Truth::False;
        }
        const auto hay = operand(r, unknown);
        if (!needle || !hay)
            return Truth::Unknown;
        if (hay->kind() != Value::Kind::Set || needle->kind() != Value::Kind::String)
            return Truth::False;
        return hay->toSet().contains(needle->toString()) ? Truth::True : Truth::False;
    }

    const std::function<std::optional<Value>(const QString &)> &m_value;
};

// ---- readable text ----

class Describer {
public:
    explicit Describer(const Condition::Vocabulary &words) : m_words(words) {}

    QString text(const Node &n) const
    {
        switch (n.op) {
        case Op::Or:
        case Op::And: {
            const QString word = n.op == Op::Or ? orWord() : andWord();
            QStringList parts;
            for (const Node &c : n.children)
                parts << grouped(c);
            return parts.join(QLatin1Char(' ') + word + QLatin1Char(' '));
        }
        case Op::Not: return notFormat().arg(QStringLiteral("(%1)").arg(text(n.children[0])));
        case Op::Truthy: {
            const Node &c = n.children[0];
            // A yes/no fact on its own means "answered yes"; say so, as the walkthrough asked it.
            if (c.op == Op::Fact)
                return QStringLiteral("%1 = %2").arg(m_words.factTitle(c.fact),
                                                     m_words.valueText(c.fact, Value::boolean(true)));
            return text(c);
        }
        case Op::Fact: return m_words.factTitle(n.fact);
        case Op::Literal: return m_words.valueText(QString(), n.literal);
        case Op::List: return listText(n, QString(), orWord());
        case Op::Eq:
        case Op::Ne:
        case Op::Lt:
        case Op::Le:
        case Op::Gt:
        case Op::Ge: return comparison(n);
        case Op::In:
        case Op::NotIn: return membership(n);
        }
        return n.fact;
    }

private:
    static QString pick(const QString &given, const QString &interface) { return given.isEmpty() ? interface : given; }
    QString andWord() const { return pick(m_words.andWord, Condition::tr("and")); }
    QString orWord() const { return pick(m_words.orWord, Condition::tr("or")); }
    QString notFormat() const { return pick(m_words.notFormat, Condition::tr("not %1")); }

    // A parenthesised condition reaches here wrapped in a Truthy node; look through it.
    static bool isCompound(const Node &n)
    {
        if (n.op == Op::Truthy && n.children[0].op != Op::Fact)
            return isCompound(n.children[0]);
        return n.op == Op::Or || n.op == Op::And;
    }

    QString grouped(const Node &n) const
    {
        return isCompound(n) ? QStringLiteral("(%1)").arg(text(n)) : text(n);
    }

    // An operand of a comparison; a literal is labelled as a value of the fact on the other side.
    QString operand(const Node &n, const QString &fact) const
    {
        if (n.op == Op::Literal)
            return m_words.valueText(fact, n.literal);
        if (n.op == Op::Fact)
            return m_words.factTitle(n.fact);
        if (n.op == Op::List)
            return listText(n, fact, orWord());
        return QStringLiteral("(%1)").arg(text(n));
    }

    QString listText(const Node &list, const QString &fact, const QString &word) const
    {
        QStringList items;
        for (const Node &item : list.children)
            items << m_words.valueText(fact, item.literal);
        return items.join(QLatin1Char(' ') + word + QLatin1Char(' '));
    }

    QString comparison(const Node &n) const
    {
        const Node *l = &n.children[0], *r = &n.children[1];
        Op op = n.op;
        // The fact goes first, as people say it: "age >= 18", not "18 <= age".
        if (l->op != Op::Fact && r->op == Op::Fact) {
            std::swap(l, r);
            op = op == Op::Lt ? Op::Gt : op == Op::Gt ? Op::Lt : op == Op::Le ? Op::Ge : op == Op::Ge ? Op::Le : op;
        }
        const QString fact = l->op == Op::Fact ? l->fact : QString();
        const char *symbol = op == Op::Eq   ? "="
                             : op == Op::Ne ? "\u2260"
                             : op == Op::Lt ? "<"
                             : op == Op::Le ? "\u2264"
                             : op == Op::Gt ? ">"
                                            : "\u2265";
        return QStringLiteral("%1 %2 %3").arg(operand(*l, fact), QString::fromUtf8(symbol), operand(*r, fact));
    }

    QString membership(const Node &n) const
    {
        const Node &l = n.children[0], &r = n.children[1];
        const bool negated = n.op == Op::NotIn;
        if (r.op == Op::List) {
            const QString fact = l.op == Op::Fact ? l.fact : QString();
            const QString is = QStringLiteral("%1 = %2").arg(operand(l, fact), listText(r, fact, orWord()));
            return negated ? notFormat().arg(QStringLiteral("(%1)").arg(is)) : is;
        }
        // 'value' in a multi fact: the answer includes that value.
        const QString fact = r.op == Op::Fact ? r.fact : QString();
        return (negated ? pick(m_words.excludesFormat, Condition::tr("%1 does not include %2"))
                        : pick(m_words.includesFormat, Condition::tr("%1 includes %2")))
            .arg(operand(r, fact), operand(l, fact));
    }

    const Condition::Vocabulary &m_words;
};

} // namespace

Result<Condition> Condition::parse(const QString &text)
{
    if (text.size() > maxLength)
        return Error::input(tr("the condition is longer than %1 characters").arg(maxLength),
                            tr("Split it into decisions that derive intermediate facts."), SourceLocation{QString(), 1, 1});
    if (text.trimmed().isEmpty())
        return Error::input(tr("the condition is empty"), {}, SourceLocation{QString(), 1, 1});
    Parser parser(text);
    auto root = parser.parseAll();
    if (!root)
        return parser.error();
    Condition c;
    c.m_text = text;
    collectFacts(*root, c.m_facts);
    c.m_root = std::make_shared<const Node>(std::move(*root));
    return c;
}

std::vector<Error> Condition::typeCheck(const FactLookup &lookup,
                                        const std::function<QString(const QString &id)> &lookupProblem) const
{
    TypeChecker checker(lookup, lookupProblem);
    const Type t = checker.check(*m_root);
    if (t.kind != Type::Kind::Bool && t.kind != Type::Kind::Invalid)
        checker.add(m_root->offset, tr("a condition must be true or false, but this is %1")
                                        .arg(TypeChecker::describe(*m_root, t)));
    return std::move(checker.errors);
}

Evaluation Condition::evaluate(const std::function<std::optional<Value>(const QString &id)> &value) const
{
    Evaluator evaluator(value);
    Evaluation e;
    e.truth = evaluator.truth(*m_root, e.unknownFacts);
    if (e.truth != Truth::Unknown)
        e.unknownFacts.clear();
    return e;
}

QString Condition::readable(const Vocabulary &words) const
{
    return Describer(words).text(*m_root);
}

} // namespace vv::guidance
