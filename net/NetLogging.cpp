#include "NetLogging.h"

namespace omnidesk::net {
Q_LOGGING_CATEGORY(lcNet, "omnidesk.net")
} // namespace omnidesk::net
