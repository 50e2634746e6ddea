#include "NextStepRules.h"

#include "ServerLog.h"

#include <QCoreApplication>
#include <QFile>

namespace omnidesk::server {

NextStepRules::NextStepRules() : m_rules(defaults()) {}

QString NextStepRules::defaultsResource()
{
    return QStringLiteral(":/omnidesk/server/rules/default-rules.json");
}

RuleSet NextStepRules::defaults()
{
    QFile file(defaultsResource());
    QString error;
    std::optional<RuleSet> rules;
    if (file.open(QIODevice::ReadOnly))
        rules = RuleSet::parse(file.readAll(), &error);
    else
        error = file.errorString();
    // The file is compiled in and tested (tst_rules): this only fires on a broken build.
    if (!rules) {
        qCCritical(lcServer) << "the shipped next-step rules cannot be read:" << error;
        return RuleSet();
    }
    return *rules;
}

QList<NextStep> NextStepRules::evaluate(const Profile &profile, const RuleSet::Facts &facts) const
{
    return m_rules.evaluate(profile, facts);
}

QList<NextStep> NextStepRules::evaluate(const Profile &profile, const QDateTime &now) const
{
    RuleSet::Facts facts;
    facts.now = now;
    return m_rules.evaluate(profile, facts);
}

QString NextStepRules::ago(const QDateTime &then, const QDateTime &now)
{
    const qint64 seconds = then.secsTo(now);
    if (seconds < 60)
        return QCoreApplication::translate("NextStepRules", "just now");
    // Plural forms spelled out: no translation is loaded in the service.
    const auto plural = [](qint64 n, const char *one, const char *many) {
        return n == 1 ? QCoreApplication::translate("NextStepRules", one)
                      : QCoreApplication::translate("NextStepRules", many).arg(n);
    };
    if (seconds < 3600)
        return plural(seconds / 60, "1 minute ago", "%1 minutes ago");
    if (seconds < 86400)
        return plural(seconds / 3600, "1 hour ago", "%1 hours ago");
    return plural(seconds / 86400, "1 day ago", "%1 days ago");
}

} // namespace omnidesk::server
