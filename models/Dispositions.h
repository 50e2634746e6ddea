#pragma once

#include "Wording.h"

#include <QString>

namespace omnidesk {

// Readable names of the outcome codes the protocol carries: dispositions
// ("not_interested" → "Not interested") and follow-up channels ("call" →
// "Phone call"). The outcome form, the supervisors' views and the timeline
// lines of logged outcomes name them alike; unknown codes read as themselves.
class Dispositions
{
public:
    static QString label(const QString &code, const Wording &wording = Wording());
    static QString followUpChannelLabel(const QString &channel, const Wording &wording = Wording());
};

} // namespace omnidesk
