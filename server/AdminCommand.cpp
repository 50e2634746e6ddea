#include "AdminCommand.h"

#include "Authorizer.h"
#include "JsonReader.h"
#include "ServerOptions.h"
#include "Store.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QFile>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QTextStream>

#include <cstdio>

#ifdef Q_OS_WIN
#include <io.h>
#include <windows.h>
#else
#include <termios.h>
#include <unistd.h>
#endif

namespace omnidesk::server {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("AdminCommand", text);
}

bool isValidName(const QString &name)
{
    static const QRegularExpression pattern(QStringLiteral("^[A-Za-z0-9][A-Za-z0-9._@-]{0,63}$"));
    return pattern.match(name).hasMatch();
}

// Switches terminal echo off for its lifetime (no-op when stdin is no terminal).
class EchoOff
{
public:
    EchoOff()
    {
#ifdef Q_OS_WIN
        m_handle = GetStdHandle(STD_INPUT_HANDLE);
        if (GetConsoleMode(m_handle, &m_mode)) {
            m_active = SetConsoleMode(m_handle, m_mode & ~DWORD(ENABLE_ECHO_INPUT));
        }
#else
        if (tcgetattr(STDIN_FILENO, &m_saved) == 0) {
            termios quiet = m_saved;
            quiet.c_lflag &= ~tcflag_t(ECHO);
            m_active = tcsetattr(STDIN_FILENO, TCSAFLUSH, &quiet) == 0;
        }
#endif
    }
    ~EchoOff()
    {
        if (!m_active)
            return;
#ifdef Q_OS_WIN
        SetConsoleMode(m_handle, m_mode);
#else
        tcsetattr(STDIN_FILENO, TCSAFLUSH, &m_saved);
#endif
    }
    EchoOff(const EchoOff &) = delete;
    EchoOff &operator=(const EchoOff &) = delete;

private:
    bool m_active = false;
#ifdef Q_OS_WIN
    HANDLE m_handle = nullptr;
    DWORD m_mode = 0;
#else
    termios m_saved{};
#endif
};

bool stdinIsTerminal()
{
#ifdef Q_OS_WIN
    return _isatty(_fileno(stdin)) != 0;
#else
    return isatty(STDIN_FILENO) != 0;
#endif
}

bool readLine(QString *line)
{
    QFile in;
    if (!in.open(stdin, QIODevice::ReadOnly | QIODevice::Text))
        return false;
    const QByteArray bytes = in.readLine();
    if (bytes.isEmpty())
        return false;
    *line = QString::fromUtf8(bytes);
    while (line->endsWith(QLatin1Char('\n')) || line->endsWith(QLatin1Char('\r')))
        line->chop(1);
    return true;
}

} // namespace

AdminCommand::AdminCommand(QTextStream &out, QTextStream &err)
    : m_out(out), m_err(err), m_readPassword(&AdminCommand::readPasswordFromStdin),
      m_iterations(ServerOptions().passwordIterations)
{}

bool AdminCommand::handles(const QStringList &arguments)
{
    return arguments.size() > 1 &&
           (arguments.at(1) == QLatin1StringView("user") || arguments.at(1) == QLatin1StringView("key"));
}

bool AdminCommand::readPasswordFromStdin(const QString &userId, QString *password)
{
    if (!stdinIsTerminal())
        return readLine(password);
    QTextStream prompt(stderr);
    QString first;
    QString second;
    {
        prompt << tr("Password for %1: ").arg(userId) << Qt::flush;
        const EchoOff quiet;
        if (!readLine(&first))
            return false;
    }
    prompt << '\n' << tr("Repeat the password: ") << Qt::flush;
    {
        const EchoOff quiet;
        if (!readLine(&second))
            return false;
    }
    prompt << '\n' << Qt::flush;
    if (first != second) {
        prompt << tr("The passwords differ.") << Qt::endl;
        return false;
    }
    *password = first;
    return true;
}

int AdminCommand::usage(const QString &problem)
{
    m_err << problem << '\n'
          << tr("Usage:\n"
                "  omnidesk-profiled user add <id> --role agent|store|supervisor|admin [--name NAME] [--data "
                "DIR]\n"
                "  omnidesk-profiled user list [--data DIR]\n"
                "  omnidesk-profiled user remove <id> [--data DIR]\n"
                "  omnidesk-profiled key add <name> [--data DIR]\n"
                "  omnidesk-profiled key list [--data DIR]\n"
                "  omnidesk-profiled key revoke <name> [--data DIR]\n"
                "Instead of --data DIR: --database postgresql://USER:PASSWORD@HOST:PORT/NAME")
          << Qt::endl;
    return UsageError;
}

int AdminCommand::run(const QStringList &arguments)
{
    QCommandLineParser parser;
    const QCommandLineOption data(QStringLiteral("data"), tr("Directory of the SQLite store."),
                                  QStringLiteral("DIR"));
    const QCommandLineOption role(QStringLiteral("role"), tr("Role of the new user."),
                                  QStringLiteral("ROLE"));
    const QCommandLineOption name(QStringLiteral("name"), tr("Display name of the new user."),
                                  QStringLiteral("NAME"));
    const QCommandLineOption database(QStringLiteral("database"),
                                      tr("Database URL (postgresql://…, sqlite:///…) instead of --data."),
                                      QStringLiteral("URL"));
    parser.addOptions({data, database, role, name});
    if (!parser.parse(arguments))
        return usage(parser.errorText());
    const QStringList words = parser.positionalArguments();
    if (words.size() < 2)
        return usage(tr("Missing the action."));
    const QString noun = words.at(0);
    const QString verb = words.at(1);
    const bool isUserAdd = noun == QLatin1StringView("user") && verb == QLatin1StringView("add");
    if (!isUserAdd && (parser.isSet(role) || parser.isSet(name)))
        return usage(tr("--role and --name belong to \"user add\" only."));

    enum class Action { UserAdd, UserList, UserRemove, KeyAdd, KeyList, KeyRevoke };
    Action action{};
    int expectedWords = 3;
    if (noun == QLatin1StringView("user") && verb == QLatin1StringView("add")) {
        action = Action::UserAdd;
    } else if (noun == QLatin1StringView("user") && verb == QLatin1StringView("list")) {
        action = Action::UserList;
        expectedWords = 2;
    } else if (noun == QLatin1StringView("user") && verb == QLatin1StringView("remove")) {
        action = Action::UserRemove;
    } else if (noun == QLatin1StringView("key") && verb == QLatin1StringView("add")) {
        action = Action::KeyAdd;
    } else if (noun == QLatin1StringView("key") && verb == QLatin1StringView("list")) {
        action = Action::KeyList;
        expectedWords = 2;
    } else if (noun == QLatin1StringView("key") && verb == QLatin1StringView("revoke")) {
        action = Action::KeyRevoke;
    } else {
        return usage(tr("Unknown command \"%1 %2\".").arg(noun, verb));
    }
    if (words.size() != expectedWords)
        return usage(expectedWords == 3 ? tr("Expected exactly one name after \"%1 %2\".").arg(noun, verb)
                                        : tr("\"%1 %2\" takes no further argument.").arg(noun, verb));
    const QString subject = expectedWords == 3 ? words.at(2) : QString();
    if (expectedWords == 3 && !isValidName(subject))
        return usage(tr("A name is 1 to 64 letters, digits and . _ @ - (starting with a letter or digit)."));
    if (action == Action::UserAdd && !Authorizer::personRoles().contains(parser.value(role)))
        return usage(
            tr("--role must be one of %1.").arg(Authorizer::personRoles().join(QStringLiteral(", "))));

    ServerOptions options;
    options.dataDir = parser.value(data);
    options.database = parser.value(database);
    Store store;
    if (!store.open(options.databaseLocation())) {
        m_err << tr("Cannot open the store: %1").arg(store.errorString()) << Qt::endl;
        return Failure;
    }
    switch (action) {
    case Action::UserAdd:
        return userAdd(store, subject, parser.value(role),
                       parser.isSet(name) ? parser.value(name).trimmed() : subject);
    case Action::UserList:
        return userList(store);
    case Action::UserRemove:
        return userRemove(store, subject);
    case Action::KeyAdd:
        return keyAdd(store, subject);
    case Action::KeyList:
        return keyList(store);
    case Action::KeyRevoke:
        return keyRevoke(store, subject);
    }
    return Failure;
}

int AdminCommand::userAdd(Store &store, const QString &id, const QString &role, const QString &name)
{
    if (store.userExists(id)) {
        m_err << tr("The user %1 exists already.").arg(id) << Qt::endl;
        return Failure;
    }
    QString password;
    if (!m_readPassword(id, &password)) {
        m_err << tr("No password was given on standard input.") << Qt::endl;
        return Failure;
    }
    if (password.size() < kMinPasswordLength) {
        m_err << tr("The password must have at least %1 characters.").arg(kMinPasswordLength) << Qt::endl;
        return Failure;
    }
    if (!store.createUser(protocol::UserInfo{id, name.isEmpty() ? id : name, role}, password, m_iterations)) {
        m_err << tr("Cannot add the user: %1").arg(store.errorString()) << Qt::endl;
        return Failure;
    }
    m_out << tr("Added user %1 with role %2.").arg(id, role) << Qt::endl;
    return Ok;
}

int AdminCommand::userList(Store &store)
{
    for (const protocol::UserInfo &user : store.users())
        m_out << user.id << '\t' << user.role << '\t' << user.name << '\n';
    m_out.flush();
    return Ok;
}

int AdminCommand::userRemove(Store &store, const QString &id)
{
    if (!store.removeUser(id)) {
        m_err << tr("Cannot remove the user %1: %2").arg(id, store.errorString()) << Qt::endl;
        return Failure;
    }
    m_out << tr("Removed user %1 and its session tokens.").arg(id) << Qt::endl;
    return Ok;
}

int AdminCommand::keyAdd(Store &store, const QString &name)
{
    if (store.hasApiKeyNamed(name)) {
        m_err << tr("A key named %1 exists already; revoke it first.").arg(name) << Qt::endl;
        return Failure;
    }
    QByteArray raw(32, Qt::Uninitialized);
    QRandomGenerator::system()->generate(raw.begin(), raw.end());
    const QString key =
        QStringLiteral("odk_") +
        QString::fromLatin1(raw.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals));
    if (!store.addApiKey(name, key, QDateTime::currentDateTimeUtc())) {
        m_err << tr("Cannot add the key: %1").arg(store.errorString()) << Qt::endl;
        return Failure;
    }
    m_out << key << Qt::endl;
    m_err << tr("Created the integration key %1. It is shown only this once: keep it in the integration's "
                "secret store.")
                 .arg(name)
          << Qt::endl;
    return Ok;
}

int AdminCommand::keyList(Store &store)
{
    for (const ApiKeyInfo &key : store.apiKeys())
        m_out << key.name << '\t'
              << (key.createdAt.isValid() ? protocol::toWireTime(key.createdAt) : QStringLiteral("-"))
              << '\n';
    m_out.flush();
    return Ok;
}

int AdminCommand::keyRevoke(Store &store, const QString &name)
{
    const int removed = store.revokeApiKeys(name);
    if (removed < 0) {
        m_err << tr("Cannot revoke the key: %1").arg(store.errorString()) << Qt::endl;
        return Failure;
    }
    if (removed == 0) {
        m_err << tr("No key is named %1.").arg(name) << Qt::endl;
        return Failure;
    }
    m_out << tr("Revoked the key %1.").arg(name) << Qt::endl;
    return Ok;
}

} // namespace omnidesk::server
