#include "TestPostgres.h"

#include <QFile>
#include <QProcess>
#include <QStandardPaths>

namespace vv::test {

static QString readTrimmed(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? QString::fromUtf8(f.readAll()).trimmed() : QString();
}

TestPostgres::TestPostgres()
{
    const QString dir = qEnvironmentVariable("VEIVISER_TEST_PG");
    if (dir.isEmpty()) {
        m_skipReason = QStringLiteral("VEIVISER_TEST_PG is not set; run this test through ctest (fixture 'postgres')");
        return;
    }
    const QString missing = readTrimmed(dir + QStringLiteral("/missing"));
    if (!missing.isEmpty()) {
        m_skipReason = missing;
        return;
    }
    m_port = readTrimmed(dir + QStringLiteral("/port")).toInt();
    m_bindir = readTrimmed(dir + QStringLiteral("/bindir"));
    if (m_port <= 0)
        m_skipReason = QStringLiteral("the PostgreSQL test server did not start; see the postgres_start test's output");
}

QString TestPostgres::url(const QString &name) const
{
    return QStringLiteral("postgresql://veiviser@127.0.0.1:%1/%2").arg(m_port).arg(name);
}

static bool run(const QString &program, const QStringList &args, QString *out, QString *problem)
{
    QProcess p;
    p.start(program, args);
    if (!p.waitForFinished(60000) || p.exitStatus() != QProcess::NormalExit || p.exitCode() != 0) {
        if (problem)
            *problem = program + QStringLiteral(": ") + QString::fromUtf8(p.readAllStandardError());
        return false;
    }
    if (out)
        *out = QString::fromUtf8(p.readAllStandardOutput());
    return true;
}

QString TestPostgres::freshDatabase(const QString &name, QString *problem) const
{
    const QStringList conn = {QStringLiteral("-h"), QStringLiteral("127.0.0.1"), QStringLiteral("-p"),
                              QString::number(m_port), QStringLiteral("-U"), QStringLiteral("veiviser")};
    if (!run(m_bindir + QStringLiteral("/dropdb"), conn + QStringList{QStringLiteral("--if-exists"), name}, nullptr, problem))
        return {};
    if (!run(m_bindir + QStringLiteral("/createdb"), conn + QStringList{name}, nullptr, problem))
        return {};
    return url(name);
}

QString TestPostgres::psql(const QString &database, const QString &sql, QString *problem) const
{
    QString out;
    const QStringList args = {QStringLiteral("-h"), QStringLiteral("127.0.0.1"), QStringLiteral("-p"),
                              QString::number(m_port), QStringLiteral("-U"), QStringLiteral("veiviser"),
                              QStringLiteral("-d"), database, QStringLiteral("-X"), QStringLiteral("-q"),
                              QStringLiteral("-A"), QStringLiteral("-t"), QStringLiteral("-v"),
                              QStringLiteral("ON_ERROR_STOP=1"), QStringLiteral("-c"), sql};
    if (!run(m_bindir + QStringLiteral("/psql"), args, &out, problem))
        return {};
    return out.trimmed();
}

} // namespace vv::test
