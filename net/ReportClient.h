#pragma once

#include <QDateTime>
#include <QList>
#include <QObject>
#include <QPointer>
#include <QString>
#include <QUrl>

class QNetworkAccessManager;
class QNetworkReply;

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

// Reads the service's cart-recovery report (GET /v1/reports/recovery, docs/
// protocol.md) over HTTP with the session token, asynchronously. The
// service address is the WebSocket one (ws:// → http://, wss:// → https://).
class ReportClient : public QObject
{
    Q_OBJECT
public:
    explicit ReportClient(QObject *parent = nullptr);

    // Starts a request; an unfinished earlier one is abandoned.
    void fetchRecovery(const QUrl &serviceUrl, const QString &token, const QDateTime &from,
                       const QDateTime &to);
    bool isBusy() const { return !m_reply.isNull(); }

    // Parses the report's JSON body; nullopt (and *error) when it is not one.
    static std::optional<RecoveryReport> parseRecovery(const QByteArray &json, QString *error);
    static QUrl httpUrl(const QUrl &serviceUrl, const QString &path);

signals:
    void recoveryReady(const omnidesk::net::RecoveryReport &report);
    void failed(const QString &message);

private:
    QNetworkAccessManager *m_network;
    QPointer<QNetworkReply> m_reply;
};

} // namespace omnidesk::net
