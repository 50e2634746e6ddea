#pragma once

#include <QString>
#include <QStringList>

#include <functional>

class QTextStream;

namespace omnidesk::server {

class Store;

// The administration commands of omnidesk-profiled, run on the same binary
// before any option (docs/operations.md, "Users and integration keys"):
//   user add <id> --role R [--name N] [--data DIR]   (password from stdin)
//   user list | user remove <id>
//   key add <name> | key list | key revoke <name>
// They work on the store directly, also while the service runs (SQLite WAL).
class AdminCommand
{
public:
    enum ExitCode { Ok = 0, Failure = 1, UsageError = 2 };
    // Reads the new user's password; returns false when none could be read.
    using PasswordReader = std::function<bool(const QString &userId, QString *password)>;

    static constexpr int kMinPasswordLength = 8;

    AdminCommand(QTextStream &out, QTextStream &err);

    // True when the first argument after the program name is "user" or "key".
    static bool handles(const QStringList &arguments);
    // Reads the password from standard input: without echo when it is a
    // terminal (asking twice), else one line from the pipe.
    static bool readPasswordFromStdin(const QString &userId, QString *password);

    void setPasswordReader(PasswordReader reader) { m_readPassword = std::move(reader); }
    void setPasswordIterations(int iterations) { m_iterations = iterations; }
    int run(const QStringList &arguments);

private:
    int usage(const QString &problem);
    int userAdd(Store &store, const QString &id, const QString &role, const QString &name);
    int userList(Store &store);
    int userRemove(Store &store, const QString &id);
    int keyAdd(Store &store, const QString &name);
    int keyList(Store &store);
    int keyRevoke(Store &store, const QString &name);

    QTextStream &m_out;
    QTextStream &m_err;
    PasswordReader m_readPassword;
    int m_iterations;
};

} // namespace omnidesk::server
