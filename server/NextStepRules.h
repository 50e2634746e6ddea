#pragma once

#include "Profile.h"
#include "RuleSet.h"

#include <QDateTime>
#include <QList>

namespace omnidesk::server {

// The next steps recommended to the agent: the current RuleSet (the shipped
// defaults until a rule file replaces them, see RuleFileWatcher) evaluated
// against an assembled profile. The result is sorted by priority, highest first.
class NextStepRules
{
public:
    NextStepRules(); // with the shipped defaults

    // The shipped defaults, compiled in as a Qt resource (server/rules/default-rules.json).
    static RuleSet defaults();
    static QString defaultsResource();

    void setRuleSet(RuleSet rules) { m_rules = std::move(rules); }
    const RuleSet &ruleSet() const { return m_rules; }

    QList<NextStep> evaluate(const Profile &profile, const RuleSet::Facts &facts) const;
    std::optional<QString> titleOf(const QString &id, const QString &language) const
    {
        return m_rules.titleOf(id, language);
    }
    // For the call channel, without logged outcomes.
    QList<NextStep> evaluate(const Profile &profile, const QDateTime &now) const;

private:
    RuleSet m_rules;
};

} // namespace omnidesk::server
