#pragma once

#include <QFileSystemWatcher>
#include <QObject>
#include <QTimer>

namespace omnidesk::server {

class NextStepRules;

// Loads a rule file (--rules FILE) into NextStepRules and reloads it when it
// changes: on a write in place, and when an editor replaces the file (the
// directory is watched too, and the file is watched again once it is back).
// A file that does not parse on reload leaves the previous rules in place and
// is reported (log + reloadFailed) with the line or field at fault.
class RuleFileWatcher : public QObject
{
    Q_OBJECT
public:
    // `rules` is not owned and must outlive the watcher.
    explicit RuleFileWatcher(NextStepRules *rules, QObject *parent = nullptr);

    // Reads and applies `path`, then watches it. On failure nothing changes,
    // nothing is watched and *error says why.
    bool load(const QString &path, QString *error);
    // Reads the file again now (SIGHUP, or a change); keeps the previous rules on failure.
    bool reload();
    QString path() const { return m_path; }

    // Time to let an editor finish writing before the file is read (ms).
    void setSettleDelay(int ms) { m_settle.setInterval(ms); }

Q_SIGNALS:
    void reloaded(int ruleCount);
    void reloadFailed(const QString &error);

private:
    bool apply(QString *error);
    void onChanged();

    NextStepRules *m_rules;
    QString m_path;
    QByteArray m_applied; // the bytes of the rules in force
    QFileSystemWatcher m_watcher;
    QTimer m_settle;
};

} // namespace omnidesk::server
