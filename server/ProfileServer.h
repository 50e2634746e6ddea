#pragma once

#include "Clock.h"
#include "ServerOptions.h"

#include <QObject>

#include <memory>

class QHttpServer;

namespace omnidesk::server {

class AgentGateway;
class ClusterBus;
class FrontDoor;
class HttpApi;
class Metrics;
class PhoneNormalizer;
class ProfileEngine;
class RuleFileWatcher;
class Store;

// The whole service in one object: opens the store, seeds the demo if asked,
// and wires the engine, the agent gateway, the HTTP API and the front door
// together. Used by main.cpp and in-process by the tests.
class ProfileServer : public QObject
{
    Q_OBJECT
public:
    explicit ProfileServer(QObject *parent = nullptr);
    ~ProfileServer() override;

    // Replaces the clock (tests); call before start().
    void setClock(Clock clock) { m_clock = std::move(clock); }

    bool start(const ServerOptions &options);
    // Closes agent connections with 1001 and stops listening; stopped() follows
    // once every connection is gone (or after a short grace period).
    void shutdown();
    QString errorString() const { return m_error; }
    quint16 serverPort() const;
    QString listenUrl() const;

    Store *store() const { return m_store.get(); }
    ProfileEngine *engine() const { return m_engine; }
    AgentGateway *gateway() const { return m_gateway; }
    HttpApi *httpApi() const { return m_api; }
    const PhoneNormalizer *phones() const { return m_phones.get(); }
    Metrics *metrics() const { return m_metrics.get(); }
    // Joins the instances sharing a PostgreSQL database; null on SQLite.
    ClusterBus *clusterBus() const { return m_bus; }
    // Watches --rules FILE (null without the option).
    RuleFileWatcher *rulesWatcher() const { return m_rulesWatcher; }
    // Reads the rule file again (SIGHUP); false when there is none or it is broken.
    bool reloadRules();

Q_SIGNALS:
    void stopped();

private:
    Clock m_clock;
    ServerOptions m_options;
    QString m_error;
    std::unique_ptr<Store> m_store;
    std::unique_ptr<PhoneNormalizer> m_phones;
    std::unique_ptr<Metrics> m_metrics;
    ProfileEngine *m_engine = nullptr;
    AgentGateway *m_gateway = nullptr;
    HttpApi *m_api = nullptr;
    QHttpServer *m_http = nullptr;
    FrontDoor *m_frontDoor = nullptr;
    ClusterBus *m_bus = nullptr;
    RuleFileWatcher *m_rulesWatcher = nullptr;
    bool m_stopping = false;
};

} // namespace omnidesk::server
