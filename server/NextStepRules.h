#pragma once

#include "Profile.h"

#include <QDateTime>
#include <QList>

#include <functional>
#include <optional>

namespace omnidesk::server {

// Rule-based recommendations for the agent ("next steps"). Each rule looks at
// an assembled profile (cart, recent timeline) and the current time and may
// suggest one step; the result is sorted by priority, highest first. New
// rules are added with addRule() without touching the engine.
class NextStepRules
{
public:
    using Rule = std::function<std::optional<NextStep>(const Profile &profile, const QDateTime &now)>;

    NextStepRules(); // with the built-in rules
    void addRule(Rule rule);
    QList<NextStep> evaluate(const Profile &profile, const QDateTime &now) const;

    // Built-in: a non-empty cart that was abandoned (see Cart::abandonedSince).
    static std::optional<NextStep> abandonedCart(const Profile &profile, const QDateTime &now);
    // A cart that is being filled right now (for example during the call): help finish the order.
    static std::optional<NextStep> activeCart(const Profile &profile, const QDateTime &now);
    // "3 days ago", "5 hours ago", "12 minutes ago", "just now".
    static QString ago(const QDateTime &then, const QDateTime &now);

private:
    QList<Rule> m_rules;
};

} // namespace omnidesk::server
