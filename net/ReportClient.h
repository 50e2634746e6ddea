#pragma once

#include "Messages.h"

#include <QDateTime>
#include <QList>
#include <QMap>
#include <QObject>
#include <QPointer>
#include <QSslConfiguration>
#include <QString>
#include <QUrl>

#include <functional>
#include <memory>

class QNetworkAccessManager;
class QNetworkReply;
class QNetworkRequest;
class QSaveFile;
class QUrlQuery;

namespace omnidesk::net {

// One line of the cart-recovery report: of `abandoned` carts, `recovered`
// were bought within the window.
struct RecoveryFigure
{
    QString key; // contact kind, recommendation id or agent id
    int abandoned = 0;
    int recovered = 0;
    double rate() const { return abandoned > 0 ? double(recovered) / abandoned : 0.0; }
};

struct RecoveryReport
{
    QDateTime from;
    QDateTime to;
    int windowDays = 0;
    RecoveryFigure all;
    QList<RecoveryFigure> byContact; // call_accepted, call_other, email_only, none
    QList<RecoveryFigure> byRecommendation;
    QList<RecoveryFigure> byAgent;
};

// One day or week of GET /v1/reports/outcomes: outcomes logged in
// [start, end) by disposition.
struct OutcomeBucket
{
    QDateTime start;
    QDateTime end;
    QMap<QString, int> counts; // by disposition code
    int total = 0;
};

// Outcomes over time (GET /v1/reports/outcomes).
struct OutcomeTrend
{
    QDateTime from;
    QDateTime to;
    QString bucket;           // day or week
    QString agent;            // empty: every agent
    QStringList dispositions; // those with outcomes, in the service's order
    QList<OutcomeBucket> buckets;
    int total = 0;
};

// One recommendation (or all of them) in GET /v1/reports/acceptance.
struct AcceptanceFigure
{
    QString recommendation; // the next step id
    QString title;
    int shown = 0;
    int accepted = 0;
    int dismissed = 0;
    QList<std::pair<QString, int>> dismissReasons; // the most given first
    double rate() const { return shown > 0 ? double(accepted) / shown : 0.0; }
};

struct AcceptanceReport
{
    QDateTime from;
    QDateTime to;
    QString agent;
    AcceptanceFigure all;
    QList<AcceptanceFigure> recommendations; // most shown first
};

// One entry of the audit trail (GET /v1/audit): who did what, when, to which
// profiles, and why (the stated reason of a reveal, for example).
struct AuditLine
{
    qint64 id = 0;
    QDateTime at;
    QString actor;
    QString action;
    QStringList targets;
    QString detail;
};

// Reads the supervisors' HTTP reports (docs/protocol.md) with the session
// token, asynchronously: the cart-recovery report (GET /v1/reports/recovery)
// and the CSV export of the interaction log (GET /v1/interactions.csv). The
// service address is the WebSocket one (ws:// → http://, wss:// → https://;
// http:// and https:// stay). HTTPS verifies the service's certificate
// against setSslConfiguration(); a refused certificate fails the request with
// an explanation (TlsTrust::describeErrors), never silently.
class ReportClient : public QObject
{
    Q_OBJECT
public:
    explicit ReportClient(QObject *parent = nullptr);
    ~ReportClient() override;

    // What HTTPS requests trust (net::TlsTrust::configuration()); peers are
    // always verified. Applies to the next request.
    void setSslConfiguration(const QSslConfiguration &configuration);

    // Starts a request; an unfinished earlier one is abandoned.
    void fetchRecovery(const QUrl &serviceUrl, const QString &token, const QDateTime &from,
                       const QDateTime &to);
    bool isBusy() const { return !m_reply.isNull(); }

    // Parses the report's JSON body; nullopt (and *error) when it is not one.
    static std::optional<RecoveryReport> parseRecovery(const QByteArray &json, QString *error);
    static QUrl httpUrl(const QUrl &serviceUrl, const QString &path);

    // Downloads the interactions matching `query` (its limit and cursor are
    // ignored) as CSV into `filePath`. The file is replaced only when the
    // whole export arrived; a failed or cancelled export leaves what was there.
    // An empty `revealReason` keeps customer names masked; otherwise the
    // service unmasks them and audits the reason. One export at a time.
    void exportInteractions(const QUrl &serviceUrl, const QString &token,
                            const protocol::InteractionsQuery &query, const QString &revealReason,
                            const QString &filePath);
    void cancelExport();

    // A page of the audit trail, newest first, older than `before` (0: the
    // newest). Answers auditReady or auditFailed.
    void fetchAudit(const QUrl &serviceUrl, const QString &token, qint64 before = 0);
    bool isExporting() const { return !m_exportReply.isNull(); }

    // Outcomes over time and acceptance per recommendation in [from, to),
    // for one agent or (empty) all. Each replaces its own unfinished earlier
    // request and answers outcomesReady / acceptanceReady or
    // outcomesFailed / acceptanceFailed.
    void fetchOutcomes(const QUrl &serviceUrl, const QString &token, const QDateTime &from,
                       const QDateTime &to, const QString &agent);
    void fetchAcceptance(const QUrl &serviceUrl, const QString &token, const QDateTime &from,
                         const QDateTime &to, const QString &agent);
    static std::optional<OutcomeTrend> parseOutcomes(const QByteArray &json, QString *error);
    static std::optional<AcceptanceReport> parseAcceptance(const QByteArray &json, QString *error);
    // Interaction `id` with its customer unmasked (GET /v1/interactions/{id}
    // ?reveal=reason); the service audits the reason. Answers
    // interactionRevealed or revealFailed.
    void revealInteraction(const QUrl &serviceUrl, const QString &token, qint64 id, const QString &reason);

    // The query parameters of GET /v1/interactions(.csv) for `query`.
    static QUrlQuery interactionsUrlQuery(const protocol::InteractionsQuery &query);

signals:
    void recoveryReady(const omnidesk::net::RecoveryReport &report);
    void failed(const QString &message);
    void exportProgress(qint64 rows);
    void exportFinished(const QString &filePath, qint64 rows);
    void exportFailed(const QString &message);
    // `nextBefore` is 0 on the oldest page.
    void auditReady(const QList<omnidesk::net::AuditLine> &entries, qint64 nextBefore, bool first);
    void auditFailed(const QString &message);
    void outcomesReady(const omnidesk::net::OutcomeTrend &trend);
    void outcomesFailed(const QString &message);
    void acceptanceReady(const omnidesk::net::AcceptanceReport &report);
    void acceptanceFailed(const QString &message);
    void interactionRevealed(const omnidesk::protocol::InteractionDetail &detail);
    void revealFailed(const QString &message);

private:
    // GET `request` into `slot` (an earlier request there is abandoned):
    // onBody with a 200 answer's body, else onError with the reason.
    void get(QPointer<QNetworkReply> *slot, const QNetworkRequest &request,
             const std::function<void(const QByteArray &body)> &onBody,
             const std::function<void(const QString &message)> &onError);
    void watchTls(QNetworkReply *reply);
    void readExport();
    void finishExport();

    QNetworkAccessManager *m_network;
    QSslConfiguration m_sslConfiguration;
    QPointer<QNetworkReply> m_reply;
    QPointer<QNetworkReply> m_exportReply;
    QPointer<QNetworkReply> m_auditReply;
    QPointer<QNetworkReply> m_outcomesReply;
    QPointer<QNetworkReply> m_acceptanceReply;
    QPointer<QNetworkReply> m_revealReply;
    std::unique_ptr<QSaveFile> m_exportFile;
    qint64 m_exportLines = 0;      // complete CSV records received, header included
    bool m_exportInQuotes = false; // inside a quoted cell (a newline there ends no record)
};

} // namespace omnidesk::net
