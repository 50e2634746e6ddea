#pragma once

#include <QLoggingCategory>

// Logging category of the profile service. Never log personal data or secrets.
Q_DECLARE_LOGGING_CATEGORY(lcServer)

namespace omnidesk::server {

// Installs a message handler that drops two warnings Qt 6.4 prints for the
// FrontDoor's hand-over of accepted sockets to QHttpServer (a QTcpServer that
// is not listening); everything else goes to the previous handler.
void installQtNoiseFilter();

} // namespace omnidesk::server
