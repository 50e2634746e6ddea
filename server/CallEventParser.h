#pragma once

#include "JsonReader.h"

#include <QJsonObject>
#include <QString>

#include <optional>

namespace omnidesk::server {

// One call event of POST /v1/calls, after reading either body shape.
struct CallEvent
{
    QString callId;
    QString event; // connected, ended, transferred
    QString ani;
    QString agent;
    bool alias = false; // the generic CTI shape (newCall / answer / hangup)
};

// Reads the body of POST /v1/calls (docs/protocol.md): the Omnidesk shape
// {"callId","event":"connected"|"ended"|"transferred","ani","agent"} or the
// generic CTI shape of helpdesk tools {"event":"newCall"|"answer"|"hangup",
// "callId"|"id","from","to","user"}. Pure: no I/O, no state, so it can be
// fuzzed and unit-tested on its own. Errors name the field.
class CallEventParser
{
public:
    static std::optional<CallEvent> parse(const QJsonObject &body, protocol::JsonError *error);
};

} // namespace omnidesk::server
