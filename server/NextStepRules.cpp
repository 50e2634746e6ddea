#include "NextStepRules.h"

#include <QCoreApplication>

#include <algorithm>

namespace omnidesk::server {

NextStepRules::NextStepRules()
{
    addRule(&NextStepRules::abandonedCart);
    addRule(&NextStepRules::activeCart);
}

void NextStepRules::addRule(Rule rule)
{
    m_rules.append(std::move(rule));
}

QList<NextStep> NextStepRules::evaluate(const Profile &profile, const QDateTime &now) const
{
    QList<NextStep> steps;
    for (const Rule &rule : m_rules) {
        if (auto step = rule(profile, now))
            steps.append(*step);
    }
    std::stable_sort(steps.begin(), steps.end(),
                     [](const NextStep &a, const NextStep &b) { return a.priority > b.priority; });
    return steps;
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

std::optional<NextStep> NextStepRules::abandonedCart(const Profile &profile, const QDateTime &now)
{
    const Cart &cart = profile.cart;
    if (cart.isEmpty() || !cart.abandonedSince.isValid())
        return std::nullopt;
    NextStep step;
    step.id = QStringLiteral("abandoned-cart");
    step.title = QCoreApplication::translate("NextStepRules", "Offer to complete the order on the call");
    step.priority = 90;
    const int items = cart.itemCount();
    QString reason =
        (items == 1 ? QCoreApplication::translate("NextStepRules", "Cart with 1 item (%2) abandoned %3")
                    : QCoreApplication::translate("NextStepRules", "Cart with %1 items (%2) abandoned %3")
                          .arg(items))
            .arg(formatMoney(cart.total(), cart.currency), ago(cart.abandonedSince, now));

    // Facts after the cart was left, newest first in the timeline.
    const TimelineEvent *opened = nullptr;
    const TimelineEvent *visit = nullptr;
    for (const TimelineEvent &event : profile.timeline) {
        if (event.at < cart.updatedAt)
            break;
        if (!opened && event.type == QLatin1StringView("email.opened"))
            opened = &event;
        if (!visit && event.type == QLatin1StringView("store.visit"))
            visit = &event;
    }
    if (opened)
        reason += QCoreApplication::translate("NextStepRules", "; reminder email opened %1")
                      .arg(ago(opened->at, now));
    if (visit)
        reason +=
            QCoreApplication::translate("NextStepRules", "; visited a store %1").arg(ago(visit->at, now));
    step.reason = reason;

    QStringList names;
    for (const CartLine &line : cart.lines)
        names.append(line.name);
    step.talkingPoints.append(
        QCoreApplication::translate("NextStepRules", "Confirm what is still in the cart: %1")
            .arg(names.join(QStringLiteral(", "))));
    step.talkingPoints.append(QCoreApplication::translate(
        "NextStepRules", "Ask what held the order back and answer open questions"));
    if (visit)
        step.talkingPoints.append(
            QCoreApplication::translate("NextStepRules", "Follow up on the store visit (%1)")
                .arg(visit->summary));
    step.talkingPoints.append(
        QCoreApplication::translate("NextStepRules", "Offer to place the order now, on this call"));
    return step;
}

std::optional<NextStep> NextStepRules::activeCart(const Profile &profile, const QDateTime &now)
{
    const Cart &cart = profile.cart;
    if (cart.isEmpty() || cart.abandonedSince.isValid() || !cart.updatedAt.isValid())
        return std::nullopt;
    NextStep step;
    step.id = QStringLiteral("active-cart");
    step.title = QCoreApplication::translate("NextStepRules", "Help the customer finish the order");
    step.priority = 80;
    const int items = cart.itemCount();
    step.reason = (items == 1 ? QCoreApplication::translate(
                                    "NextStepRules", "Cart with 1 item (%2) changed %3, not ordered yet")
                              : QCoreApplication::translate(
                                    "NextStepRules", "Cart with %1 items (%2) changed %3, not ordered yet")
                                    .arg(items))
                      .arg(formatMoney(cart.total(), cart.currency), ago(cart.updatedAt, now));
    step.talkingPoints = {
        QCoreApplication::translate("NextStepRules", "Walk through the cart together and check the total"),
        QCoreApplication::translate("NextStepRules", "Offer to place the order now, on this call")};
    return step;
}

} // namespace omnidesk::server
