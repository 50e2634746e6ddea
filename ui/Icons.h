#pragma once

#include "ProfileClient.h"

#include <QIcon>
#include <QString>

namespace omnidesk::ui {

// The application's icons, drawn as SVG in resources/icons.
class Icons
{
public:
    static QIcon app();
    // web, app, email, sms, push, chat, store, call; anything else gets "other".
    static QIcon channel(const QString &channel);
    // The icon's file name under :/icons/ (without .svg) for a channel.
    static QString channelIconName(const QString &channel);
    static QIcon connection(net::ProfileClient::State state);
};

} // namespace omnidesk::ui
