// secret set | check | remove

#include "cli/Args.h"
#include "cli/CommandRegistry.h"
#include "cli/Commands.h"
#include "secrets/Keychain.h"
#include "store/ProjectStore.h"

#include <QFile>

#include <cstdio>

#ifdef Q_OS_UNIX
#include <termios.h>
#include <unistd.h>
#endif

namespace vv::cli {

using secrets::Keychain;

static QString tr(const char *text, const char *disambiguation = nullptr, int n = -1)
{
    return QCoreApplication::translate("vv::cli", text, disambiguation, n);
}

// The entry is named either directly (an engine's api_key_keychain) or by a team database address, so that the
// user never has to spell the naming scheme the store looks the password up by.
static Result<QString> entryName(CommandContext &ctx, Args &a)
{
    a.option(QStringLiteral("database"));
    VV_TRY(a.parse(ctx.args(), 0, 1, ctx.usage()));
    const bool byAddress = a.has(QStringLiteral("database"));
    if (byAddress == (a.positional().size() == 1))
        return usageError(tr("give either an entry NAME or --database ADDRESS"), ctx.usage());
    if (byAddress)
        return ProjectStore::keychainEntry(a.value(QStringLiteral("database")));
    return a.positional()[0];
}

#ifdef Q_OS_UNIX
/// Turns terminal echo off while it lives, so that a typed secret does not appear on the screen.
class HiddenInput {
public:
    HiddenInput()
    {
        m_active = isatty(STDIN_FILENO) && tcgetattr(STDIN_FILENO, &m_saved) == 0;
        if (m_active) {
            termios quiet = m_saved;
            quiet.c_lflag &= ~tcflag_t(ECHO);
            tcsetattr(STDIN_FILENO, TCSAFLUSH, &quiet);
        }
    }
    ~HiddenInput()
    {
        if (m_active)
            tcsetattr(STDIN_FILENO, TCSAFLUSH, &m_saved);
    }
    HiddenInput(const HiddenInput &) = delete;
    HiddenInput &operator=(const HiddenInput &) = delete;
    bool onTerminal() const { return m_active; }

private:
    termios m_saved{};
    bool m_active = false;
};
#endif

// The secret is read from standard input, never from the command line, where other users' ps and the shell
// history would see it. Only the first line counts.
static Result<QByteArray> readSecret(CommandContext &ctx)
{
#ifdef Q_OS_UNIX
    HiddenInput hidden;
    if (hidden.onTerminal()) {
        ctx.err() << tr("Secret (not shown): ");
        ctx.err().flush();
    }
#endif
    QFile in;
    if (!in.open(stdin, QIODevice::ReadOnly))
        return Error::runtime(tr("standard input cannot be read"));
    QByteArray secret = in.readLine(Keychain::maxSecretBytes + 2);
    while (secret.endsWith('\n') || secret.endsWith('\r'))
        secret.chop(1);
#ifdef Q_OS_UNIX
    if (hidden.onTerminal())
        ctx.err() << Qt::endl;
#endif
    if (secret.isEmpty())
        return Error::input(tr("no secret was given on standard input"),
                            tr("Type it when asked, or pipe it in: printf '%s' \"$KEY\" | veiviser-cli secret set NAME"));
    if (secret.size() > Keychain::maxSecretBytes)
        return Error::input(tr("the secret is longer than %1 bytes").arg(Keychain::maxSecretBytes));
    return secret;
}

static int secretSet(CommandContext &ctx)
{
    Args a;
    auto name = entryName(ctx, a);
    if (!name)
        return ctx.fail(name.error());
    auto secret = readSecret(ctx);
    if (!secret)
        return ctx.fail(secret.error());
    if (auto s = Keychain::write(*name, *secret); !s)
        return ctx.fail(s.error());
    if (ctx.json())
        ctx.printJson(Json{{"entry", toStd(*name)}, {"stored", true}});
    else
        ctx.line(tr("Stored in the keychain as '%1' (service %2)").arg(*name, Keychain::service()));
    return 0;
}

static int secretCheck(CommandContext &ctx)
{
    Args a;
    auto name = entryName(ctx, a);
    if (!name)
        return ctx.fail(name.error());
    auto secret = Keychain::read(*name);
    if (!secret)
        return ctx.fail(secret.error());
    const bool present = secret->has_value();
    if (ctx.json())
        ctx.printJson(Json{{"entry", toStd(*name)}, {"present", present}});
    else
        ctx.line(present ? tr("'%1' is in the keychain").arg(*name) : tr("'%1' is not in the keychain").arg(*name));
    return present ? 0 : 1;
}

static int secretRemove(CommandContext &ctx)
{
    Args a;
    auto name = entryName(ctx, a);
    if (!name)
        return ctx.fail(name.error());
    if (auto s = Keychain::remove(*name); !s)
        return ctx.fail(s.error());
    if (ctx.json())
        ctx.printJson(Json{{"entry", toStd(*name)}, {"removed", true}});
    else
        ctx.line(tr("'%1' is no longer in the keychain").arg(*name));
    return 0;
}

void registerSecretCommands(CommandRegistry &registry)
{
    const QString target = QStringLiteral("NAME | --database postgresql://USER@HOST:PORT/DATABASE");
    registry.add({QStringLiteral("secret"), QStringLiteral("set")}, target,
                 QT_TRANSLATE_NOOP("vv::cli", "Store an API key or database password in the OS keychain; the secret "
                                              "is read from standard input."),
                 secretSet);
    registry.add({QStringLiteral("secret"), QStringLiteral("check")}, target,
                 QT_TRANSLATE_NOOP("vv::cli", "Say whether the keychain holds an entry (exit 1 when not); never "
                                              "prints the secret."),
                 secretCheck);
    registry.add({QStringLiteral("secret"), QStringLiteral("remove")}, target,
                 QT_TRANSLATE_NOOP("vv::cli", "Remove an entry from the OS keychain."), secretRemove);
}

} // namespace vv::cli
