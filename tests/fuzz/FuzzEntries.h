#pragma once

#include <QByteArray>

namespace omnidesk::fuzz {

// The code under fuzzing, one entry per parser. The libFuzzer targets
// (fuzz_*.cpp, clang only) and the regression test (tst_fuzzregressions,
// every compiler) call the same entries, so a saved input replays exactly.
// Each returns true when the parser accepted the input. An entry aborts
// (qFatal) only when an invariant breaks — e.g. a decoded frame that does
// not decode again after encoding — so libFuzzer reports it as a crash.
class FuzzEntries
{
public:
    // net/protocol: ProtocolCodec::decode of the bytes and of the same text as
    // a QString; an accepted frame is encoded and must decode again.
    static bool protocolDecode(const QByteArray &data);
    // server/XdmEventParser: a POST /v1/events body, a single event or an
    // {"events":[…]} batch, each event parsed as the HTTP API does.
    static bool xdmEvents(const QByteArray &data);
    // server/CallEventParser: a POST /v1/calls body.
    static bool callBody(const QByteArray &data);
    // server/RuleSet: a next-step rule file (--rules). An accepted file is
    // also evaluated against a fixed profile on both channels.
    static bool ruleFile(const QByteArray &data);
};

} // namespace omnidesk::fuzz
