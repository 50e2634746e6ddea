#include "ServerLog.h"

Q_LOGGING_CATEGORY(lcServer, "omnidesk.server")

namespace omnidesk::server {

namespace {

QtMessageHandler g_previousHandler = nullptr;

void filterQtNoise(QtMsgType type, const QMessageLogContext &context, const QString &message)
{
    if (type == QtWarningMsg && (message.startsWith(QLatin1StringView(
                                     "QTcpServer::nextPendingConnection() called while not listening")) ||
                                 (message.startsWith(QLatin1StringView("The TCP server")) &&
                                  message.contains(QLatin1StringView("is not listening")))))
        return;
    if (g_previousHandler)
        g_previousHandler(type, context, message);
}

} // namespace

void installQtNoiseFilter()
{
    g_previousHandler = qInstallMessageHandler(filterQtNoise);
}

} // namespace omnidesk::server
