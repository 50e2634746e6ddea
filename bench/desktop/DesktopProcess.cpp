#include "DesktopProcess.h"

#include "ChildProcess.h"

#include <QDir>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QProcessEnvironment>
#include <QTimer>

#include <chrono>

namespace omnidesk::bench {

DesktopProcess::DesktopProcess(const QString &home, QObject *parent) : QObject(parent), m_home(home)
{
    m_process.setProcessChannelMode(QProcess::SeparateChannels);
    m_process.setStandardOutputFile(QProcess::nullDevice());
    stopWithParent(m_process);
    connect(&m_process, &QProcess::readyReadStandardError, this, &DesktopProcess::readOutput);
}

DesktopProcess::~DesktopProcess()
{
    stop();
}

qint64 DesktopProcess::nowNs()
{
    return std::chrono::duration_cast<std::chrono::nanoseconds>(
               std::chrono::steady_clock::now().time_since_epoch())
        .count();
}

bool DesktopProcess::start(const QStringList &arguments, const QHash<QString, QString> &extraEnvironment)
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("OMNIDESK_BENCH_TRACE"), QStringLiteral("1"));
    env.insert(QStringLiteral("HOME"), m_home);
    env.insert(QStringLiteral("XDG_CONFIG_HOME"), QDir(m_home).filePath(QStringLiteral(".config")));
    env.insert(QStringLiteral("XDG_DATA_HOME"), QDir(m_home).filePath(QStringLiteral(".local/share")));
    env.insert(QStringLiteral("XDG_CACHE_HOME"), QDir(m_home).filePath(QStringLiteral(".cache")));
    if (!env.contains(QStringLiteral("QT_QPA_PLATFORM")))
        env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    for (auto it = extraEnvironment.cbegin(); it != extraEnvironment.cend(); ++it)
        env.insert(it.key(), it.value());
    m_process.setProcessEnvironment(env);
    m_milestones.clear();
    m_pending.clear();
    m_other.clear();
    m_startNs = nowNs();
    m_process.start(QStringLiteral(OMNIDESK_DESKTOP_PATH),
                    QStringList{QStringLiteral("--data"), m_data.path()} + arguments);
    return m_process.waitForStarted(10'000);
}

void DesktopProcess::readOutput()
{
    m_pending += m_process.readAllStandardError();
    qsizetype end;
    while ((end = m_pending.indexOf('\n')) >= 0) {
        const QByteArray line = m_pending.left(end);
        m_pending.remove(0, end + 1);
        static const QByteArray prefix("omnidesk-trace: ");
        if (line.startsWith(prefix)) {
            const QList<QByteArray> parts = line.mid(prefix.size()).split(' ');
            if (parts.size() == 2) {
                const QString name = QString::fromUtf8(parts.at(0));
                if (!m_milestones.contains(name))
                    m_milestones.insert(name, parts.at(1).toLongLong());
                continue;
            }
        }
        if (m_other.size() < 4000)
            m_other += QString::fromUtf8(line) + QLatin1Char('\n');
    }
}

bool DesktopProcess::waitForMilestone(const QString &name, int timeoutMs)
{
    if (m_milestones.contains(name))
        return true;
    QEventLoop loop;
    const auto printed = connect(&m_process, &QProcess::readyReadStandardError, &loop, [&] {
        if (m_milestones.contains(name))
            loop.quit();
    });
    const auto ended = connect(&m_process, &QProcess::finished, &loop, &QEventLoop::quit);
    QTimer::singleShot(timeoutMs, &loop, &QEventLoop::quit);
    loop.exec();
    disconnect(printed);
    disconnect(ended);
    return m_milestones.contains(name);
}

void DesktopProcess::stop()
{
    if (m_process.state() == QProcess::NotRunning)
        return;
    m_process.terminate();
    if (!m_process.waitForFinished(5000)) {
        m_process.kill();
        m_process.waitForFinished(2000);
    }
}

} // namespace omnidesk::bench
