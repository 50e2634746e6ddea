#pragma once

#include "Clock.h"

#include <QByteArray>
#include <QJsonObject>
#include <QObject>

class QHttpServer;

namespace omnidesk::server {

class AgentGateway;
class PhoneNormalizer;
class ProfileEngine;
class Store;
class XdmEventParser;

// The HTTP API for integrations (docs/protocol.md#http-api): event ingest,
// CTI call events, profile reads and the health check. The handlers are
// plain functions from request bytes to a Reply so they can be tested
// without sockets; registerRoutes() wires them into a QHttpServer.
class HttpApi : public QObject
{
    Q_OBJECT
public:
    struct Reply
    {
        int status = 200;
        QJsonObject body;
    };

    HttpApi(Store *store, ProfileEngine *engine, AgentGateway *gateway, const PhoneNormalizer *phones,
            Clock clock, QObject *parent = nullptr);
    ~HttpApi() override;

    void registerRoutes(QHttpServer *http);
    static bool isKnownPath(const QByteArray &path);

    Reply postEvents(const QByteArray &body, const QByteArray &authorization);
    Reply postCall(const QByteArray &body, const QByteArray &authorization);
    Reply getProfile(const QString &id, const QByteArray &authorization);
    Reply health() const;

    static Reply error(int status, const QString &code, const QString &message);

private:
    bool authorized(const QByteArray &authorization) const;

    Store *m_store;
    ProfileEngine *m_engine;
    AgentGateway *m_gateway;
    const PhoneNormalizer *m_phones;
    Clock m_clock;
    std::unique_ptr<XdmEventParser> m_parser;
};

} // namespace omnidesk::server
