#include "Profile.h"

#include <algorithm>

namespace omnidesk {

qint64 Cart::total() const
{
    qint64 sum = 0;
    for (const CartLine &line : lines)
        sum += line.lineTotal();
    return sum;
}

int Cart::itemCount() const
{
    int count = 0;
    for (const CartLine &line : lines)
        count += line.quantity;
    return count;
}

QList<TimelineEvent> latelySummary(const QList<TimelineEvent> &timeline, const QDateTime &now, int days)
{
    const QDateTime since = now.addDays(-days);
    QList<TimelineEvent> lately; // one per channel, the newest seen so far
    for (const TimelineEvent &event : timeline) {
        if (!event.at.isValid() || event.at < since || event.at > now.addSecs(kLatelyFutureSecs))
            continue;
        const auto same = std::find_if(lately.begin(), lately.end(), [&event](const TimelineEvent &e) {
            return e.channel == event.channel;
        });
        if (same == lately.end())
            lately.append(event);
        else if (event.at > same->at)
            *same = event;
    }
    std::stable_sort(lately.begin(), lately.end(),
                     [](const TimelineEvent &a, const TimelineEvent &b) { return a.at > b.at; });
    return lately;
}

QString formatMoney(qint64 minorUnits, const QString &currency)
{
    const bool negative = minorUnits < 0;
    const qint64 absolute = negative ? -minorUnits : minorUnits;
    const QString amount = QStringLiteral("%1%2.%3")
                               .arg(negative ? QStringLiteral("-") : QString())
                               .arg(absolute / 100)
                               .arg(absolute % 100, 2, 10, QLatin1Char('0'));
    return currency.isEmpty() ? amount : currency + QLatin1Char(' ') + amount;
}

QString maskPhone(const QString &e164)
{
    if (e164.size() < 6)
        return QString(e164.size(), QChar(0x2022));
    const QString visibleTail = e164.right(3);
    const QString prefix = e164.left(3);
    return prefix + QStringLiteral(" \u2022\u2022\u2022\u2022 \u2022\u2022\u2022 ") + visibleTail;
}

} // namespace omnidesk
