#include "secrets/Keychain.h"

#include <QCoreApplication>
#include <QEventLoop>
#include <QMetaObject>
#include <QSemaphore>
#include <QThread>
#include <QTimer>

#include <functional>
#include <memory>

#include <qt6keychain/keychain.h>

namespace vv::secrets {

namespace {

Status checkName(const QString &name)
{
    if (name.trimmed().isEmpty() || name.size() > Keychain::maxNameLength)
        return Error::input(Keychain::tr("a keychain entry name must be 1 to %1 characters").arg(Keychain::maxNameLength),
                            Keychain::tr("Choose a short name such as openai-prod."));
    for (const QChar c : name)
        if (!c.isPrint())
            return Error::input(Keychain::tr("the keychain entry name '%1' contains a control character").arg(name),
                                Keychain::tr("Use letters, digits and punctuation only."));
    return {};
}

// QtKeychain works asynchronously; commands and stores need the answer now. A local event loop waits for it, with
// a timeout so that a keychain that never answers cannot hang a command.
bool runJob(QKeychain::Job &job)
{
    QEventLoop loop;
    QTimer timer;
    timer.setSingleShot(true);
    QObject::connect(&job, &QKeychain::Job::finished, &loop, &QEventLoop::quit);
    QObject::connect(&timer, &QTimer::timeout, &loop, &QEventLoop::quit);
    job.setAutoDelete(false);
    timer.start(Keychain::timeoutMs);
    job.start();
    loop.exec(QEventLoop::ExcludeUserInputEvents);
    return timer.isActive();
}

// QtKeychain's Linux back ends deliver their answers through the main thread's event loop (libsecret's GLib main
// context, D-Bus), and a job started on a worker thread crashes the program. A worker (a GUI run, a store reopened
// for a background job) hands the call to the main thread and waits for it. The wait is bounded, so a main thread
// that is itself waiting for the worker makes the call fail as unreachable instead of hanging both.
template <typename T>
T onMainThread(const std::function<T()> &call, const std::function<T()> &timedOut)
{
    QCoreApplication *app = QCoreApplication::instance();
    if (!app || QThread::currentThread() == app->thread())
        return call();
    struct Handover {
        QSemaphore done;
        std::optional<T> result;
    };
    auto handover = std::make_shared<Handover>();
    QMetaObject::invokeMethod(
        app,
        [handover, call] {
            handover->result.emplace(call());
            handover->done.release();
        },
        Qt::QueuedConnection);
    if (!handover->done.tryAcquire(1, Keychain::timeoutMs + 5000))
        return timedOut();
    return std::move(*handover->result);
}

Error unreachable(const QString &name, const QString &detail)
{
    return Error::runtime(Keychain::tr("the keychain could not be used for '%1': %2").arg(name, detail),
                          Keychain::tr("Make sure a keychain service (on Linux: GNOME Keyring or KWallet) runs and is "
                                       "unlocked in this session, or give the secret through an environment "
                                       "variable instead."));
}

QString mainThreadBusy()
{
    return Keychain::tr("the program's main thread did not take the request within %1 seconds")
        .arg(Keychain::timeoutMs / 1000 + 5);
}

} // namespace

QString Keychain::service()
{
    return QStringLiteral("Veiviser");
}

Result<std::optional<QByteArray>> Keychain::read(const QString &name)
{
    VV_TRY(checkName(name));
    using Answer = Result<std::optional<QByteArray>>;
    return onMainThread<Answer>([name]() -> Answer { return readHere(name); },
                                [name]() -> Answer { return unreachable(name, mainThreadBusy()); });
}

Result<std::optional<QByteArray>> Keychain::readHere(const QString &name)
{
    QKeychain::ReadPasswordJob job(service());
    job.setKey(name);
    if (!runJob(job))
        return unreachable(name, tr("it did not answer within %1 seconds").arg(timeoutMs / 1000));
    if (job.error() == QKeychain::EntryNotFound)
        return std::optional<QByteArray>{};
    if (job.error() != QKeychain::NoError)
        return unreachable(name, job.errorString());
    const QByteArray secret = job.binaryData();
    if (secret.size() > maxSecretBytes)
        return Error::input(tr("the keychain entry '%1' holds more than %2 bytes").arg(name).arg(maxSecretBytes),
                            tr("Store the secret again with 'veiviser-cli secret set'."));
    return std::optional<QByteArray>(secret);
}

Status Keychain::write(const QString &name, const QByteArray &secret)
{
    VV_TRY(checkName(name));
    if (secret.isEmpty() || secret.size() > maxSecretBytes)
        return Error::input(tr("a secret must be 1 to %1 bytes long").arg(maxSecretBytes));
    return onMainThread<Status>([name, secret] { return writeHere(name, secret); },
                                [name]() -> Status { return unreachable(name, mainThreadBusy()); });
}

Status Keychain::writeHere(const QString &name, const QByteArray &secret)
{
    QKeychain::WritePasswordJob job(service());
    job.setKey(name);
    job.setBinaryData(secret);
    if (!runJob(job))
        return unreachable(name, tr("it did not answer within %1 seconds").arg(timeoutMs / 1000));
    if (job.error() != QKeychain::NoError)
        return unreachable(name, job.errorString());
    return {};
}

Status Keychain::remove(const QString &name)
{
    VV_TRY(checkName(name));
    return onMainThread<Status>([name] { return removeHere(name); },
                                [name]() -> Status { return unreachable(name, mainThreadBusy()); });
}

Status Keychain::removeHere(const QString &name)
{
    QKeychain::DeletePasswordJob job(service());
    job.setKey(name);
    if (!runJob(job))
        return unreachable(name, tr("it did not answer within %1 seconds").arg(timeoutMs / 1000));
    if (job.error() != QKeychain::NoError && job.error() != QKeychain::EntryNotFound)
        return unreachable(name, job.errorString());
    return {};
}

QString Keychain::databaseEntry(const QString &user, const QString &host, int port, const QString &database)
{
    return QStringLiteral("postgresql://%1@%2:%3/%4").arg(user, host).arg(port).arg(database);
}

} // namespace vv::secrets
