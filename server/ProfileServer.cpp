#include "ProfileServer.h"

#include "AgentGateway.h"
#include "ClusterBus.h"
#include "DemoSeeder.h"
#include "FrontDoor.h"
#include "HttpApi.h"
#include "Metrics.h"
#include "PhoneNormalizer.h"
#include "ProfileEngine.h"
#include "RuleFileWatcher.h"
#include "ServerLog.h"
#include "Store.h"
#include "TlsIdentity.h"

#include <QDateTime>
#include <QHttpServer>
#include <QTimer>
#include <QWebSocketProtocol>

namespace omnidesk::server {

ProfileServer::ProfileServer(QObject *parent) : QObject(parent), m_clock(systemClock()) {}

ProfileServer::~ProfileServer()
{
    // Children (front door, gateway, engine) go before the store they use.
    delete m_frontDoor;
    delete m_http;
    delete m_api;
    delete m_bus;
    delete m_gateway;
    delete m_rulesWatcher;
    delete m_engine;
}

bool ProfileServer::start(const ServerOptions &options)
{
    m_options = options;
    std::optional<TlsIdentity> tls;
    if (!options.tlsCertFile.isEmpty() || !options.tlsKeyFile.isEmpty()) {
        QString why;
        tls = TlsIdentity::load(options.tlsCertFile, options.tlsKeyFile, &why);
        if (!tls) {
            m_error = why;
            return false;
        }
        qCInfo(lcServer).noquote() << "TLS certificate:" << tls->summary();
        if (tls->certificate().expiryDate() < QDateTime::currentDateTimeUtc())
            qCWarning(lcServer) << "the TLS certificate has expired; clients will refuse it";
    }
    m_store = std::make_unique<Store>();
    if (!m_store->open(options.databaseLocation())) {
        m_error = tr("Cannot open the store: %1").arg(m_store->errorString());
        return false;
    }
    qCInfo(lcServer).noquote() << "store:" << Store::redactedLocation(options.databaseLocation());
    m_phones = std::make_unique<PhoneNormalizer>(options.defaultRegion);
    m_metrics = std::make_unique<Metrics>();
    m_engine = new ProfileEngine(m_store.get(), m_clock, this);
    if (!options.rulesFile.isEmpty()) {
        m_rulesWatcher = new RuleFileWatcher(&m_engine->rules(), this);
        QString why;
        if (!m_rulesWatcher->load(options.rulesFile, &why)) {
            m_error = tr("Cannot use the next-step rule file: %1").arg(why);
            return false;
        }
    }
    AgentGateway::Settings settings;
    settings.heartbeatMs = options.heartbeatMs;
    settings.helloTimeoutMs = options.helloTimeoutMs;
    settings.retentionMs = options.retentionMs;
    settings.wrapUpSeconds = options.wrapUpSeconds;
    settings.offlineGraceMs = options.offlineGraceMs;
    m_gateway = new AgentGateway(m_store.get(), m_engine, m_clock, settings, this);
    m_gateway->setPhoneNormalizer(m_phones.get());
    m_gateway->setMetrics(m_metrics.get());
    m_metrics->setGauges([this] { return qint64(m_gateway->liveConnectionCount()); },
                         [this] { return qint64(m_store->profileCount()); });
    connect(m_gateway, &AgentGateway::allConnectionsClosed, this, [this] {
        if (m_stopping)
            Q_EMIT stopped();
    });

    if (m_store->isPostgres()) {
        m_bus = new ClusterBus(m_store.get(), m_engine, m_gateway, m_clock, this);
        if (!m_bus->start()) {
            m_error = tr("Cannot join the other instances: %1").arg(m_bus->errorString());
            return false;
        }
    }

    if (options.demo) {
        DemoSeeder seeder(m_store.get(), m_engine, m_phones.get(), m_clock, options.passwordIterations);
        const DemoSeeder::Result seeded = options.demoHistory ? seeder.seedWithHistory() : seeder.seed();
        if (!seeded.ok) {
            m_error = tr("Cannot seed the demo data: %1").arg(seeded.error);
            return false;
        }
    }

    m_api = new HttpApi(m_store.get(), m_engine, m_gateway, m_phones.get(), m_clock, this);
    m_api->setMetrics(m_metrics.get());
    m_http = new QHttpServer(this);
    m_api->registerRoutes(m_http);
    m_frontDoor = new FrontDoor(m_http, &HttpApi::isKnownPath, this);
    connect(m_frontDoor, &FrontDoor::webSocketConnected, m_gateway, &AgentGateway::addConnection);
    connect(m_frontDoor, &FrontDoor::requestRefused, this,
            [this](int status) { m_metrics->countHttpResponse(status); });
    if (tls)
        m_frontDoor->setTlsConfiguration(tls->configuration());
    if (!m_frontDoor->listen(options.listenAddress, options.port)) {
        m_error = tr("Cannot listen on %1:%2: %3")
                      .arg(options.listenAddress.toString())
                      .arg(options.port)
                      .arg(m_frontDoor->errorString());
        return false;
    }
    qCInfo(lcServer) << "listening on port" << serverPort();
    return true;
}

bool ProfileServer::reloadRules()
{
    return m_rulesWatcher && m_rulesWatcher->reload();
}

void ProfileServer::shutdown()
{
    if (m_stopping)
        return;
    m_stopping = true;
    if (m_frontDoor)
        m_frontDoor->close();
    // Give clients a moment for the close handshake, then stop regardless.
    QTimer::singleShot(2000, this, [this] { Q_EMIT stopped(); });
    if (m_gateway)
        m_gateway->closeAll(QWebSocketProtocol::CloseCodeGoingAway, QStringLiteral("service shutting down"));
    else
        Q_EMIT stopped();
}

quint16 ProfileServer::serverPort() const
{
    return m_frontDoor ? m_frontDoor->serverPort() : 0;
}

QString ProfileServer::listenUrl() const
{
    QString host = m_options.listenAddress.toString();
    if (m_options.listenAddress.protocol() == QAbstractSocket::IPv6Protocol)
        host = QLatin1Char('[') + host + QLatin1Char(']');
    const bool tls = m_frontDoor && m_frontDoor->isTls();
    return QStringLiteral("%1://%2:%3")
        .arg(tls ? QStringLiteral("https") : QStringLiteral("http"), host)
        .arg(serverPort());
}

} // namespace omnidesk::server
