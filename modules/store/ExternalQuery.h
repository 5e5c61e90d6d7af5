#pragma once

#include "core/Error.h"

#include <QCoreApplication>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QStringList>
#include <QVariantList>

#include <memory>

namespace vv {

/// A query on a hospital's own PostgreSQL database (production predictions for monitoring), run read-only: the
/// session is set to read-only transactions, so a query cannot change the hospital's data whatever it says.
class ExternalQuery {
    Q_DECLARE_TR_FUNCTIONS(vv::ExternalQuery)
public:
    /// Connects to location (postgresql://USER@HOST:PORT/DATABASE, password from the keychain as in team mode) and
    /// runs sql.
    static Result<std::unique_ptr<ExternalQuery>> run(const QString &location, const QString &sql);
    ~ExternalQuery();
    ExternalQuery(const ExternalQuery &) = delete;
    ExternalQuery &operator=(const ExternalQuery &) = delete;

    const QStringList &columns() const { return m_columns; }
    /// Whether column i holds instants (timestamptz): QPSQL hands them over as local time, so their clock reading
    /// is this machine's, not the plan's. Plain timestamps are wall-clock readings.
    bool holdsInstants(int i) const { return m_instants.value(i); }
    /// The next row's values, forward only; false after the last.
    Result<bool> next(QVariantList &values);

    static constexpr qsizetype maxQueryBytes = 64 << 10;

private:
    ExternalQuery() = default;
    QString m_name;
    QSqlDatabase m_db;
    std::unique_ptr<QSqlQuery> m_query;
    QStringList m_columns;
    QList<bool> m_instants;
};

} // namespace vv
