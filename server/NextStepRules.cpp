#include "NextStepRules.h"

#include "ServerLog.h"

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

} // namespace omnidesk::server
