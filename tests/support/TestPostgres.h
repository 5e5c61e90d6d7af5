#pragma once

// The team-mode tests' PostgreSQL server, started by the ctest fixture "postgres" (tests/support/postgres-fixture).

#include <QString>

namespace vv::test {

/// The server the fixture started: a fresh, empty database on it, by URL.
class TestPostgres {
public:
    /// Reads $VEIVISER_TEST_PG (the fixture's folder). When the server is not there, available() is false and
    /// skipReason() says why (for QSKIP).
    TestPostgres();

    bool available() const { return m_port > 0; }
    const QString &skipReason() const { return m_skipReason; }

    /// Drops and creates database `name` with createdb; returns postgresql://veiviser@127.0.0.1:PORT/name, or an
    /// empty string (with the reason in *problem).
    QString freshDatabase(const QString &name, QString *problem) const;
    /// The URL of a database on the server, without creating it.
    QString url(const QString &name) const;
    /// Runs one SQL statement with psql as the superuser, for tests that play administrator or attacker;
    /// returns psql's output (empty with *problem set on failure).
    QString psql(const QString &database, const QString &sql, QString *problem) const;

private:
    QString m_bindir;
    int m_port = 0;
    QString m_skipReason;
};

} // namespace vv::test
