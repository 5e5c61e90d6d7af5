#pragma once

#include <QCoreApplication>
#include <QString>

#include <optional>
#include <utility>
#include <variant>

namespace vv {

/// Where in a file an error was found; line and column are 1-based, 0 when unknown.
struct SourceLocation {
    QString file;
    int line = 0;
    int column = 0;

    bool isEmpty() const { return file.isEmpty(); }
};

/// A failure that can be shown to a user: what went wrong, where, and what to do about it.
class Error {
    Q_DECLARE_TR_FUNCTIONS(vv::Error)
public:
    /// The kind decides the CLI exit code (see DESIGN.md).
    enum class Kind {
        Input,      ///< usage or input error: bad flag, unreadable or invalid file (exit 2)
        Check,      ///< a check found a problem: verify failed, chain broken (exit 1)
        Runtime,    ///< an engine or runtime failure (exit 3)
        Cancelled,  ///< the user cancelled; reported like a runtime failure
        Conflict,   ///< someone else changed the same thing first; nothing was saved (exit 4)
    };

    Error() = default;
    Error(Kind kind, QString what, QString hint = {}, SourceLocation where = {})
        : m_kind(kind), m_what(std::move(what)), m_hint(std::move(hint)), m_where(std::move(where)) {}

    static Error input(QString what, QString hint = {}, SourceLocation where = {})
    { return {Kind::Input, std::move(what), std::move(hint), std::move(where)}; }
    static Error check(QString what, QString hint = {}, SourceLocation where = {})
    { return {Kind::Check, std::move(what), std::move(hint), std::move(where)}; }
    static Error runtime(QString what, QString hint = {}, SourceLocation where = {})
    { return {Kind::Runtime, std::move(what), std::move(hint), std::move(where)}; }
    static Error cancelled();
    static Error conflict(QString what, QString hint = {})
    { return {Kind::Conflict, std::move(what), std::move(hint), {}}; }

    Kind kind() const { return m_kind; }
    const QString &what() const { return m_what; }
    const QString &hint() const { return m_hint; }
    const SourceLocation &where() const { return m_where; }

    Error &at(SourceLocation where) { m_where = std::move(where); return *this; }
    Error &withHint(QString hint) { m_hint = std::move(hint); return *this; }
    /// Prefixes context ("while opening X: ...") without losing the original location.
    Error &prefixed(const QString &context);

    int exitCode() const;
    /// One line: "FILE:LINE:COL: what. hint"
    QString toString() const;

private:
    Kind m_kind = Kind::Runtime;
    QString m_what;
    QString m_hint;
    SourceLocation m_where;
};

/// A value or an Error; the project's one error-return type.
template <typename T>
class [[nodiscard]] Result {
public:
    Result(T value) : m_v(std::in_place_index<0>, std::move(value)) {}
    Result(Error error) : m_v(std::in_place_index<1>, std::move(error)) {}

    bool ok() const { return m_v.index() == 0; }
    explicit operator bool() const { return ok(); }

    T &value() & { return std::get<0>(m_v); }
    const T &value() const & { return std::get<0>(m_v); }
    T &&value() && { return std::get<0>(std::move(m_v)); }
    T *operator->() { return &value(); }
    const T *operator->() const { return &value(); }
    T &operator*() & { return value(); }
    const T &operator*() const & { return value(); }

    const Error &error() const { return std::get<1>(m_v); }
    Error &error() { return std::get<1>(m_v); }

private:
    std::variant<T, Error> m_v;
};

template <>
class [[nodiscard]] Result<void> {
public:
    Result() = default;
    Result(Error error) : m_error(std::move(error)) {}
    static Result success() { return {}; }

    bool ok() const { return !m_error.has_value(); }
    explicit operator bool() const { return ok(); }
    const Error &error() const { return *m_error; }
    Error &error() { return *m_error; }

private:
    std::optional<Error> m_error;
};

using Status = Result<void>;

} // namespace vv

/// Propagates the error of an expression returning Result<...>.
#define VV_TRY(expr)                                   \
    do {                                               \
        auto vv_try_result_ = (expr);                  \
        if (!vv_try_result_.ok())                      \
            return std::move(vv_try_result_.error());  \
    } while (false)
