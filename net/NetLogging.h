#pragma once

#include <QLoggingCategory>

namespace omnidesk::net {
// Logging category of the desktop's network layer. Never log personal data,
// passwords or tokens through it.
Q_DECLARE_LOGGING_CATEGORY(lcNet)
} // namespace omnidesk::net
