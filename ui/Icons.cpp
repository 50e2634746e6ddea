#include "Icons.h"

#include <QHash>

namespace omnidesk::ui {

namespace {
QIcon cached(const QString &name)
{
    static QHash<QString, QIcon> cache;
    auto it = cache.find(name);
    if (it == cache.end())
        it = cache.insert(name, QIcon(QStringLiteral(":/icons/%1.svg").arg(name)));
    return *it;
}
} // namespace

QIcon Icons::app()
{
    return cached(QStringLiteral("app"));
}

QString Icons::channelIconName(const QString &channel)
{
    static const QStringList known{QStringLiteral("web"),  QStringLiteral("email"), QStringLiteral("sms"),
                                   QStringLiteral("push"), QStringLiteral("chat"),  QStringLiteral("store"),
                                   QStringLiteral("call")};
    if (channel == QLatin1String("app"))
        return QStringLiteral("app-channel");
    return known.contains(channel) ? channel : QStringLiteral("other");
}

QIcon Icons::channel(const QString &channel)
{
    return cached(channelIconName(channel));
}

QIcon Icons::connection(net::ProfileClient::State state)
{
    switch (state) {
    case net::ProfileClient::State::Online:
        return cached(QStringLiteral("dot-online"));
    case net::ProfileClient::State::Connecting:
    case net::ProfileClient::State::Authenticating:
        return cached(QStringLiteral("dot-connecting"));
    case net::ProfileClient::State::Reconnecting:
        return cached(QStringLiteral("dot-reconnecting"));
    case net::ProfileClient::State::Offline:
        break;
    }
    return cached(QStringLiteral("dot-offline"));
}

} // namespace omnidesk::ui
