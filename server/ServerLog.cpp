#include "ServerLog.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonValue>
#include <QMutex>
#include <QRegularExpression>
#include <QUrl>

#include <atomic>
#include <cstdio>

Q_LOGGING_CATEGORY(lcServer, "omnidesk.server")

namespace omnidesk::server {

namespace {

QtMessageHandler g_previousHandler = nullptr;
std::atomic<LogFormat> g_format{LogFormat::Text};

// The structured form of the message logWithFields() is logging on this
// thread, so the handler can write the fields as JSON members.
struct PendingRecord
{
    const QString *text = nullptr; // the message as the handler receives it
    const QString *message = nullptr;
    const QJsonObject *fields = nullptr;
};
thread_local PendingRecord t_pending;

const char *levelName(QtMsgType type)
{
    switch (type) {
    case QtDebugMsg:
        return "debug";
    case QtInfoMsg:
        return "info";
    case QtWarningMsg:
        return "warning";
    case QtCriticalMsg:
        return "critical";
    case QtFatalMsg:
        return "fatal";
    }
    return "info";
}

// The current UTC time as ISO 8601 with milliseconds, by plain arithmetic:
// messages also come while the program exits, when QDateTime's formatting
// can no longer be relied on (it gave empty strings there).
QString utcNow()
{
    const qint64 ms = QDateTime::currentMSecsSinceEpoch();
    constexpr qint64 kDayMs = 86'400'000;
    const qint64 dayMs = ((ms % kDayMs) + kDayMs) % kDayMs;
    const QDate date = QDate(1970, 1, 1).addDays((ms - dayMs) / kDayMs);
    return QString::asprintf("%04d-%02d-%02dT%02d:%02d:%02d.%03dZ", date.year(), date.month(), date.day(),
                             int(dayMs / 3'600'000), int(dayMs / 60'000 % 60), int(dayMs / 1000 % 60),
                             int(dayMs % 1000));
}

QString fieldText(const QJsonValue &value)
{
    switch (value.type()) {
    case QJsonValue::String: {
        const QString text = value.toString();
        const bool plain = !text.isEmpty() && !text.contains(QLatin1Char(' ')) &&
                           !text.contains(QLatin1Char('"')) && !text.contains(QLatin1Char('='));
        return plain ? text
                     : QString::fromUtf8(
                           QJsonDocument(QJsonArray{value}).toJson(QJsonDocument::Compact).mid(1).chopped(1));
    }
    case QJsonValue::Double:
        return QString::number(value.toDouble(), 'g', 15);
    case QJsonValue::Bool:
        return value.toBool() ? QStringLiteral("true") : QStringLiteral("false");
    case QJsonValue::Null:
    case QJsonValue::Undefined:
        return QStringLiteral("null");
    case QJsonValue::Array:
        return QString::fromUtf8(QJsonDocument(value.toArray()).toJson(QJsonDocument::Compact));
    case QJsonValue::Object:
        return QString::fromUtf8(QJsonDocument(value.toObject()).toJson(QJsonDocument::Compact));
    }
    return QString();
}

// What must not reach the log even when someone turns on every category
// (QT_LOGGING_RULES="*.debug=true"): QHttpServer's debug line for each
// request dumps its URL with the query (a lookup's phone number or email) and
// every header (the integration key or a session token), so only the path is
// kept; and any "Bearer <credential>" is masked wherever it shows up.
QString withoutSecrets(const char *category, const QString &message)
{
    QString clean = message;
    if (category && qstrncmp(category, "qt.httpserver", 13) == 0 &&
        clean.contains(QLatin1StringView("QHttpServerRequest("))) {
        static const QRegularExpression url(QStringLiteral("Url: QUrl\\(\"([^\"]*)\"\\)"));
        const auto match = url.match(clean);
        clean = QStringLiteral("Request: %1 (query and headers left out)")
                    .arg(match.hasMatch() ? QUrl(match.captured(1)).path() : QStringLiteral("?"));
    }
    if (clean.contains(QLatin1StringView("bearer"), Qt::CaseInsensitive)) {
        static const QRegularExpression bearer(QStringLiteral("(bearer\\s+)[^\\s\"',;)]+"),
                                               QRegularExpression::CaseInsensitiveOption);
        clean.replace(bearer, QStringLiteral("\\1***"));
    }
    return clean;
}

void handleMessage(QtMsgType type, const QMessageLogContext &context, const QString &rawMessage)
{
    const QString message = withoutSecrets(context.category, rawMessage);
    if (type == QtWarningMsg && (message.startsWith(QLatin1StringView(
                                     "QTcpServer::nextPendingConnection() called while not listening")) ||
                                 (message.startsWith(QLatin1StringView("The TCP server")) &&
                                  message.contains(QLatin1StringView("is not listening")))))
        return;
    if (g_format.load(std::memory_order_relaxed) == LogFormat::Json) {
        const bool structured = t_pending.text && *t_pending.text == message;
        const QByteArray line =
            structured ? jsonLogLine(type, context.category, *t_pending.message, *t_pending.fields)
                       : jsonLogLine(type, context.category, message);
        // One write per record, under a lock, so lines of several threads never interleave.
        static QMutex mutex;
        const QMutexLocker lock(&mutex);
        std::fwrite(line.constData(), 1, size_t(line.size()), stderr);
        std::fflush(stderr);
        return;
    }
    if (g_previousHandler)
        g_previousHandler(type, context, message);
}

} // namespace

std::optional<LogFormat> logFormatFromName(const QString &name)
{
    if (name.compare(QLatin1StringView("text"), Qt::CaseInsensitive) == 0)
        return LogFormat::Text;
    if (name.compare(QLatin1StringView("json"), Qt::CaseInsensitive) == 0)
        return LogFormat::Json;
    return std::nullopt;
}

void installQtNoiseFilter()
{
    g_previousHandler = qInstallMessageHandler(handleMessage);
}

void setLogFormat(LogFormat format)
{
    g_format.store(format, std::memory_order_relaxed);
}

LogFormat logFormat()
{
    return g_format.load(std::memory_order_relaxed);
}

QByteArray jsonLogLine(QtMsgType type, const char *category, const QString &message,
                       const QJsonObject &fields)
{
    // The fixed members come last so a field can never replace them.
    QJsonObject record = fields;
    record.insert(QStringLiteral("time"), utcNow());
    record.insert(QStringLiteral("level"), QLatin1StringView(levelName(type)));
    record.insert(QStringLiteral("category"),
                  category ? QString::fromUtf8(category) : QStringLiteral("default"));
    record.insert(QStringLiteral("message"), message);
    return QJsonDocument(record).toJson(QJsonDocument::Compact) + '\n';
}

void logWithFields(QtMsgType type, const QLoggingCategory &category, const QString &message,
                   const QJsonObject &fields)
{
    if (!category.isEnabled(type))
        return;
    QString text = message;
    for (auto it = fields.begin(); it != fields.end(); ++it)
        text += QLatin1Char(' ') + it.key() + QLatin1Char('=') + fieldText(it.value());
    t_pending = PendingRecord{&text, &message, &fields};
    QMessageLogger logger(nullptr, 0, nullptr, category.categoryName());
    switch (type) {
    case QtDebugMsg:
        logger.debug().noquote() << text;
        break;
    case QtInfoMsg:
        logger.info().noquote() << text;
        break;
    case QtWarningMsg:
        logger.warning().noquote() << text;
        break;
    case QtCriticalMsg:
    case QtFatalMsg:
        logger.critical().noquote() << text;
        break;
    }
    t_pending = PendingRecord{};
}

} // namespace omnidesk::server
