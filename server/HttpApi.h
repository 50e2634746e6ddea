#pragma once

#include "Authorizer.h"
#include "Clock.h"
#include "InteractionLog.h"
#include "ProfileLookup.h"
#include "Protocol.h"
#include "RecoveryReport.h"

#include <QByteArray>
#include <QJsonObject>
#include <QObject>
#include <QThreadPool>

#include <functional>

class QHttpServer;
class QUrlQuery;

namespace omnidesk::server {

class AgentGateway;
class Metrics;
class PhoneNormalizer;
class ProfileEngine;
class Store;
class XdmEventParser;
struct IngestEvent;

// The HTTP API (docs/protocol.md#http-api): event ingest, CTI call events,
// profile reads and lookups, metrics and the health check, each authorised by
// role through the Authorizer. The handlers are plain functions from request
// bytes to a Reply so they can be tested without sockets; registerRoutes()
// wires them into a QHttpServer.
class HttpApi : public QObject
{
    Q_OBJECT
public:
    // How long an audited lookup lets an agent or store user open a profile it
    // found with GET /v1/profiles/{id}.
    static constexpr qint64 kLookupGrantSecs = Authorizer::kLookupGrantSecs;
    // A reason to reveal personal data (a name in the interaction log, or an
    // export) is at least this long, and at most the second.
    static constexpr int kMinRevealReasonChars = protocol::kMinRevealReasonChars;
    static constexpr int kMaxRevealReasonChars = protocol::kMaxRevealReasonChars;
    // The longest period one recovery report covers.
    static constexpr int kMaxReportDays = 366;
    // Entries of one GET /v1/audit page: the default and the most.
    static constexpr int kDefaultAuditPage = 100;
    static constexpr int kMaxAuditPage = 500;

    struct Reply
    {
        Reply() = default;
        Reply(int status_, QJsonObject body_) : status(status_), body(std::move(body_)) {}

        int status = 200;
        QJsonObject body;
        QByteArray rawBody;     // sent instead of body when contentType is set
        QByteArray contentType; // empty: JSON
    };

    HttpApi(Store *store, ProfileEngine *engine, AgentGateway *gateway, const PhoneNormalizer *phones,
            Clock clock, QObject *parent = nullptr);
    ~HttpApi() override;

    // Counts requests, calls and events there (optional; not owned).
    void setMetrics(Metrics *metrics) { m_metrics = metrics; }
    void registerRoutes(QHttpServer *http);
    static bool isKnownPath(const QByteArray &path);

    Reply postEvents(const QByteArray &body, const QByteArray &authorization);
    Reply postCall(const QByteArray &body, const QByteArray &authorization);
    Reply getProfile(const QString &id, const QByteArray &authorization);
    Reply lookupProfiles(const QUrlQuery &query, const QByteArray &authorization);
    // The supervisors' interaction log and measurement (supervisor, admin).
    Reply interactions(const QUrlQuery &query, const QByteArray &authorization);
    // GET /v1/interactions/{id}[?reveal=reason]: masked, unless a reason is
    // stated; a reveal is audited as interaction.reveal.
    Reply interaction(const QString &id, const QUrlQuery &query, const QByteArray &authorization);
    Reply interactionsCsv(const QUrlQuery &query, const QByteArray &authorization);
    Reply recoveryReport(const QUrlQuery &query, const QByteArray &authorization);
    // GET /v1/reports/outcomes?from=…&to=…[&agent=…][&bucket=day|week].
    Reply outcomesReport(const QUrlQuery &query, const QByteArray &authorization);
    // GET /v1/reports/acceptance?from=…&to=…[&agent=…].
    Reply acceptanceReport(const QUrlQuery &query, const QByteArray &authorization,
                           const QByteArray &acceptLanguage = {});
    // GET /v1/audit?limit=…&before=…: the audit trail, newest first.
    Reply auditLog(const QUrlQuery &query, const QByteArray &authorization) const;
    Reply metrics(const QByteArray &authorization) const;
    Reply health() const;

    static Reply error(int status, const QString &code, const QString &message);

private:
    static std::optional<Reply> refusal(const Authorizer::Decision &decision);
    // Stores `count` events (in the open batch when `batch`) and answers for
    // them: 202, or 500 and the batch rolled back. `eventAt(i)` yields event
    // i, nullptr when it is invalid; then `firstInvalid` (if given) names the
    // batch's first invalid event for a 400. `storedFormAt(i)` (if given)
    // yields event i's stored form, made beforehand (ProfileEngine::ingest).
    Reply storeEvents(qsizetype count, bool batch,
                      const std::function<const IngestEvent *(qsizetype)> &eventAt,
                      const std::function<QString()> &firstInvalid,
                      const std::function<const StoredEvent *(qsizetype)> &storedFormAt = {});
    bool audit(const Principal &who, const QString &action, const QStringList &targets,
               const QString &detail);

    Store *m_store;
    ProfileEngine *m_engine;
    AgentGateway *m_gateway;
    const PhoneNormalizer *m_phones;
    Clock m_clock;
    Authorizer m_authorizer;
    ProfileLookup m_lookup;
    InteractionLog m_interactions;
    RecoveryReport m_recovery;
    Metrics *m_metrics = nullptr;
    std::unique_ptr<XdmEventParser> m_parser;
    QThreadPool m_parsePool; // parses a batch's events beside the storing thread (XdmBatchParser)
};

} // namespace omnidesk::server
