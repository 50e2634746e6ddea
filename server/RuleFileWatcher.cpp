#include "RuleFileWatcher.h"

#include "NextStepRules.h"
#include "ServerLog.h"

#include <QFile>
#include <QFileInfo>

namespace omnidesk::server {

RuleFileWatcher::RuleFileWatcher(NextStepRules *rules, QObject *parent) : QObject(parent), m_rules(rules)
{
    m_settle.setSingleShot(true);
    m_settle.setInterval(200);
    connect(&m_settle, &QTimer::timeout, this, &RuleFileWatcher::reload);
    connect(&m_watcher, &QFileSystemWatcher::fileChanged, this, &RuleFileWatcher::onChanged);
    connect(&m_watcher, &QFileSystemWatcher::directoryChanged, this, &RuleFileWatcher::onChanged);
}

bool RuleFileWatcher::load(const QString &path, QString *error)
{
    m_path = QFileInfo(path).absoluteFilePath();
    if (!apply(error))
        return false;
    m_watcher.addPath(m_path);
    m_watcher.addPath(QFileInfo(m_path).absolutePath());
    qCInfo(lcServer).noquote() << "next-step rules loaded from" << m_path << "-"
                               << m_rules->ruleSet().rules().size() << "rules";
    return true;
}

bool RuleFileWatcher::apply(QString *error)
{
    QFile file(m_path);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = tr("%1: cannot read: %2").arg(m_path, file.errorString());
        return false;
    }
    const QByteArray bytes = file.read(RuleSet::kMaxFileBytes + 1);
    QString why;
    std::optional<RuleSet> rules = RuleSet::parse(bytes, &why);
    if (!rules) {
        *error = QStringLiteral("%1: %2").arg(m_path, why);
        return false;
    }
    m_applied = bytes;
    m_rules->setRuleSet(std::move(*rules));
    return true;
}

bool RuleFileWatcher::reload()
{
    if (m_path.isEmpty())
        return false;
    // An editor that replaced the file left the watcher without it: watch it again.
    if (QFileInfo::exists(m_path) && !m_watcher.files().contains(m_path))
        m_watcher.addPath(m_path);
    if (!QFileInfo::exists(m_path)) {
        qCWarning(lcServer).noquote()
            << "the rule file" << m_path << "is gone; the previous rules stay in force until it is back";
        return false;
    }
    QFile file(m_path);
    if (file.open(QIODevice::ReadOnly) && file.read(RuleSet::kMaxFileBytes + 1) == m_applied)
        return true; // unchanged (say, another file in the directory changed)
    QString error;
    if (!apply(&error)) {
        qCCritical(lcServer).noquote()
            << "next-step rules NOT reloaded, the previous rules stay in force:" << error;
        Q_EMIT reloadFailed(error);
        return false;
    }
    const int count = int(m_rules->ruleSet().rules().size());
    qCInfo(lcServer).noquote() << "next-step rules reloaded from" << m_path << "-" << count << "rules";
    Q_EMIT reloaded(count);
    return true;
}

void RuleFileWatcher::onChanged()
{
    // Writes come in bursts (truncate, write, rename): read once it settles.
    m_settle.start();
}

} // namespace omnidesk::server
