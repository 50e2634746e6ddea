#pragma once

// A throw-away PostgreSQL server for tests and benchmarks: initdb into a
// temporary directory, pg_ctl start on a free port (Unix socket in the same
// directory, TCP on 127.0.0.1), pg_ctl stop at the end. initdb and postgres
// refuse to run as root: as root (CI) they run as the `postgres` system user
// (Debian's postgresql package creates it) through runuser, the directory
// given to that user.

#include <QDir>
#include <QProcess>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QUuid>

#include <grp.h>
#include <pwd.h>
#include <sys/stat.h>
#include <unistd.h>

namespace omnidesk::testing {

class PgTestServer
{
public:
    PgTestServer() = default;
    ~PgTestServer() { stop(); }
    PgTestServer(const PgTestServer &) = delete;
    PgTestServer &operator=(const PgTestServer &) = delete;

    // The directory of initdb/pg_ctl: on PATH, else the newest
    // /usr/lib/postgresql/<version>/bin; empty when PostgreSQL is not installed.
    static QString binDir()
    {
        const QString onPath = QStandardPaths::findExecutable(QStringLiteral("initdb"));
        if (!onPath.isEmpty())
            return QFileInfo(onPath).absolutePath();
        QDir root(QStringLiteral("/usr/lib/postgresql"));
        QStringList versions = root.entryList(QDir::Dirs | QDir::NoDotAndDotDot);
        std::sort(versions.begin(), versions.end(),
                  [](const QString &a, const QString &b) { return a.toInt() > b.toInt(); });
        for (const QString &version : std::as_const(versions)) {
            const QString dir = root.filePath(version + QStringLiteral("/bin"));
            if (QFileInfo::exists(dir + QStringLiteral("/initdb")))
                return dir;
        }
        return {};
    }

    // Starts the server; on failure returns false and errorString() says why.
    // `settings` are extra postgres -c options (name=value).
    bool start(const QStringList &settings = {QStringLiteral("fsync=off"),
                                              QStringLiteral("synchronous_commit=off"),
                                              QStringLiteral("full_page_writes=off")})
    {
        m_bin = binDir();
        if (m_bin.isEmpty())
            return fail(QStringLiteral("PostgreSQL is not installed (no initdb on PATH or in "
                                       "/usr/lib/postgresql/*/bin; Debian: apt-get install postgresql)"));
        if (!m_dir.isValid())
            return fail(QStringLiteral("no temporary directory"));
        if (geteuid() == 0) {
            const passwd *user = getpwnam("postgres");
            if (!user)
                return fail(
                    QStringLiteral("running as root, and there is no postgres user to run PostgreSQL as"));
            if (chown(QFile::encodeName(m_dir.path()).constData(), user->pw_uid, user->pw_gid) != 0)
                return fail(QStringLiteral("cannot give the temporary directory to the postgres user"));
            m_asPostgresUser = true;
        }
        QTcpServer probe;
        if (!probe.listen(QHostAddress::LocalHost, 0))
            return fail(QStringLiteral("no free port"));
        m_port = probe.serverPort();
        probe.close();
        if (!run(QStringLiteral("initdb"),
                 {QStringLiteral("-D"), dataDir(), QStringLiteral("-U"), user(),
                  QStringLiteral("--auth=trust"), QStringLiteral("--no-locale"), QStringLiteral("-E"),
                  QStringLiteral("UTF8"), QStringLiteral("--no-sync")}))
            return false;
        QStringList options{QStringLiteral("-p %1").arg(m_port), QStringLiteral("-k ") + m_dir.path(),
                            QStringLiteral("-c listen_addresses=127.0.0.1")};
        for (const QString &setting : settings)
            options.append(QStringLiteral("-c ") + setting);
        if (!run(QStringLiteral("pg_ctl"),
                 {QStringLiteral("start"), QStringLiteral("-w"), QStringLiteral("-t"), QStringLiteral("60"),
                  QStringLiteral("-D"), dataDir(), QStringLiteral("-l"),
                  m_dir.filePath(QStringLiteral("log")), QStringLiteral("-o"),
                  options.join(QLatin1Char(' '))}))
            return false;
        m_running = true;
        return true;
    }

    void stop()
    {
        if (!m_running)
            return;
        m_running = false;
        run(QStringLiteral("pg_ctl"), {QStringLiteral("stop"), QStringLiteral("-w"), QStringLiteral("-m"),
                                       QStringLiteral("immediate"), QStringLiteral("-D"), dataDir()});
    }

    // Creates a fresh database; returns its URL (postgresql://…), or empty.
    QString createDatabase(const QString &name = {})
    {
        const QString db = name.isEmpty()
                               ? QStringLiteral("t_") + QUuid::createUuid().toString(QUuid::Id128).left(12)
                               : name;
        const QString connection = QStringLiteral("pgtestserver-admin");
        bool ok = false;
        {
            QSqlDatabase admin = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), connection);
            admin.setHostName(QStringLiteral("127.0.0.1"));
            admin.setPort(m_port);
            admin.setUserName(user());
            admin.setDatabaseName(QStringLiteral("postgres"));
            if (admin.open()) {
                QSqlQuery q(admin);
                ok = q.exec(QStringLiteral("CREATE DATABASE ") + db);
                if (!ok)
                    m_error = q.lastError().text();
            } else {
                m_error = admin.lastError().text();
            }
            admin.close();
        }
        QSqlDatabase::removeDatabase(connection);
        return ok ? url(db) : QString();
    }

    QString url(const QString &database) const
    {
        return QStringLiteral("postgresql://%1@127.0.0.1:%2/%3").arg(user()).arg(m_port).arg(database);
    }
    quint16 port() const { return m_port; }
    QString errorString() const { return m_error; }
    QString log() const
    {
        QFile file(m_dir.filePath(QStringLiteral("log")));
        return file.open(QIODevice::ReadOnly) ? QString::fromUtf8(file.readAll()) : QString();
    }

private:
    static QString user() { return QStringLiteral("omnidesk"); }
    QString dataDir() const { return m_dir.filePath(QStringLiteral("data")); }

    bool fail(const QString &error)
    {
        m_error = error;
        return false;
    }

    // Runs a PostgreSQL tool (as the postgres user when we are root) and waits for it.
    bool run(const QString &tool, const QStringList &arguments)
    {
        QProcess process;
        process.setProcessChannelMode(QProcess::MergedChannels);
        const QString program = m_bin + QLatin1Char('/') + tool;
        if (m_asPostgresUser)
            process.start(
                QStringLiteral("runuser"),
                QStringList{QStringLiteral("-u"), QStringLiteral("postgres"), QStringLiteral("--"), program} +
                    arguments);
        else
            process.start(program, arguments);
        if (!process.waitForFinished(90'000) || process.exitStatus() != QProcess::NormalExit ||
            process.exitCode() != 0) {
            m_error = tool + QStringLiteral(" failed: ") +
                      QString::fromLocal8Bit(process.readAll()).trimmed() + QLatin1Char(' ') +
                      process.errorString();
            return false;
        }
        return true;
    }

    QTemporaryDir m_dir;
    QString m_bin;
    QString m_error;
    quint16 m_port = 0;
    bool m_asPostgresUser = false;
    bool m_running = false;
};

} // namespace omnidesk::testing
