#pragma once

#include <QJsonObject>
#include <QLoggingCategory>
#include <QString>

#include <optional>

// Logging category of the profile service. Never log personal data or secrets.
Q_DECLARE_LOGGING_CATEGORY(lcServer)

namespace omnidesk::server {

// How the service writes its log (--log-format, docs/operations.md).
enum class LogFormat {
    Text, // Qt's own format (QT_MESSAGE_PATTERN applies), one message per line
    Json, // one JSON object per line: time, level, category, message and the message's fields
};

// "text" or "json" (case-insensitive); nullopt for anything else.
std::optional<LogFormat> logFormatFromName(const QString &name);

// Installs the service's message handler. It drops two warnings Qt 6.4
// prints for the FrontDoor's hand-over of accepted sockets to QHttpServer (a
// QTcpServer that is not listening); everything else goes, in the text
// format, to the previous handler, in the JSON format to stderr as one JSON
// object per line. Starts in the text format.
void installQtNoiseFilter();
void setLogFormat(LogFormat format);
LogFormat logFormat();

// One log record as a JSON line (with the trailing newline): what the JSON
// format writes for a message.
QByteArray jsonLogLine(QtMsgType type, const char *category, const QString &message,
                       const QJsonObject &fields = {});

// Logs `message` with structured fields (fixed words, counts, ids the
// service made up: never personal data or secrets). The text format shows
// them after the message as key=value, the JSON format as members of the
// record next to time, level, category and message.
void logWithFields(QtMsgType type, const QLoggingCategory &category, const QString &message,
                   const QJsonObject &fields);

} // namespace omnidesk::server
