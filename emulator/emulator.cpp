#include "emulator/emulator.h"

#include "emulator/archived_media_service.h"
#include "emulator/emulator_state.h"
#include "emulator/http_server.h"
#include "emulator/kvs_control_service.h"
#include "emulator/media_service.h"
#include "emulator/sigv4_verifier.h"
#include "emulator/sso_service.h"
#include "emulator/streaming_service.h"
#include "emulator/sts_service.h"

#include <QDateTime>
#include <QTimer>

namespace kinescope::emu {

Emulator::Emulator(EmulatorOptions options, QObject* parent)
    : QObject(parent)
    , m_address(options.address)
    , m_requestedPort(options.port) {
    m_state = std::make_unique<EmulatorState>(std::move(options));
    addKvsControlRoutes(m_router);
    addArchivedMediaRoutes(m_router);
    addMediaRoutes(m_router);
    addStreamingRoutes(m_router);
    addStsRoutes(m_router);
    addSsoRoutes(m_router);
}

Emulator::~Emulator() = default;

bool Emulator::start(QString* error) {
    if (m_server)
        return true;
    HttpServerConfig config;
    EmulatorState* state = m_state.get();
    config.clock = [state] { return QDateTime::fromMSecsSinceEpoch(state->nowMs(), Qt::UTC); };
    auto* server = new HttpServer(
        config, [this](HttpExchange* e) { handle(e); }, this);
    if (!server->listen(m_address, m_requestedPort, error)) {
        delete server;
        return false;
    }
    m_server = server;
    QUrl url;
    url.setScheme(QStringLiteral("http"));
    url.setHost(m_address.toString());
    url.setPort(m_server->port());
    m_state->baseUrl = url;
    return true;
}

void Emulator::stop() {
    if (!m_server)
        return;
    m_server->close();
    m_server->deleteLater();
    m_server = nullptr;
}

bool Emulator::isRunning() const {
    return m_server != nullptr;
}

quint16 Emulator::port() const {
    return m_server ? m_server->port() : 0;
}

QUrl Emulator::url() const {
    return m_state->baseUrl;
}

Scenario& Emulator::scenario() {
    return m_state->scenario;
}

FaultOptions& Emulator::faults() {
    return m_state->faults;
}

QuotaOptions& Emulator::quotas() {
    return m_state->quotas;
}

qint64 Emulator::nowMs() const {
    return m_state->nowMs();
}

FragmentGenerator Emulator::generator(const QString& streamName) const {
    const StreamSpec* s = m_state->scenario.findStream(streamName);
    Q_ASSERT(s);
    return FragmentGenerator(s ? *s : StreamSpec());
}

void Emulator::handle(HttpExchange* exchange) {
    const int latency = m_state->faults.latencyMs;
    if (latency <= 0)
        return dispatch(exchange);
    QPointer<HttpExchange> guard(exchange);
    QTimer::singleShot(latency, this, [this, guard] {
        if (guard && guard->isOpen())
            dispatch(guard);
    });
}

void Emulator::dispatch(HttpExchange* exchange) {
    ++m_requests;
    exchange->setCutAfter(m_state->faults.cutBodyAfterBytes);
    const HttpRequest& request = exchange->request();
    const Route* route = m_router.match(request.method, request.path);
    if (!route) {
        Route unknown{request.method, request.path, QString(), Protocol::RestJson, QString(), {}};
        ApiCall call(m_state.get(), exchange, &unknown, QString());
        ServiceError e =
            ServiceError::make(404, QStringLiteral("UnknownOperationException"), QString());
        if (m_router.knowsPath(request.path))
            e = ServiceError::make(405, QStringLiteral("MethodNotAllowedException"),
                                   QStringLiteral("Method %1 is not allowed for %2")
                                       .arg(QString::fromLatin1(request.method), request.path));
        call.fail(e);
        Q_EMIT requestHandled(QString(), e.status);
        return;
    }
    QString operation = route->operation;
    if (route->protocol == Protocol::Query) {
        for (const auto& [k, v] : queryProtocolParameters(request))
            if (k == QLatin1String("Action"))
                operation = v;
    }
    ApiCall call(m_state.get(), exchange, route, operation);
    if (route->protocol == Protocol::Query && operation.isEmpty()) {
        call.fail(ServiceError::make(400, QStringLiteral("MissingAction"),
                                     QStringLiteral("Missing Action")));
    } else {
        bool authorized = true;
        if (!route->signingName.isEmpty()) {
            Principal principal;
            const AuthFailure failure =
                SigV4Verifier(&m_state->credentials, m_state->scenario.region,
                              m_state->maxClockSkewSeconds)
                    .verify(request, route->signingName, call.nowMs(), &principal);
            authorized = failure.kind == AuthFailure::Kind::None;
            if (authorized)
                call.setPrincipal(principal);
            else
                answerAuthFailure(call, int(failure.kind), failure.message);
        }
        if (authorized && !injectFaults(call)) {
            route->handler(call);
            if (!call.replied())
                call.fail(ServiceError::make(500, QStringLiteral("InternalFailure"),
                                             QStringLiteral("The emulator did not answer.")));
        }
    }
    Q_EMIT requestHandled(operation, call.status());
}

void Emulator::answerAuthFailure(ApiCall& call, int kindValue, const QString& message) {
    using Kind = AuthFailure::Kind;
    const auto kind = static_cast<Kind>(kindValue);
    ServiceError e;
    e.message = message;
    if (call.protocol() == Protocol::Query) {
        switch (kind) {
        case Kind::MissingToken:
            e = ServiceError::make(403, QStringLiteral("MissingAuthenticationToken"),
                                   QStringLiteral("Request is missing Authentication Token"));
            break;
        case Kind::Incomplete:
            e = ServiceError::make(400, QStringLiteral("IncompleteSignature"), message);
            break;
        case Kind::UnknownKey:
            e = ServiceError::make(403, QStringLiteral("InvalidClientTokenId"), message);
            break;
        case Kind::ExpiredToken:
            e = ServiceError::make(400, QStringLiteral("ExpiredToken"), message);
            break;
        default:
            e = ServiceError::make(403, QStringLiteral("SignatureDoesNotMatch"), message);
            break;
        }
    } else {
        switch (kind) {
        case Kind::MissingToken:
            e = ServiceError::make(403, QStringLiteral("MissingAuthenticationTokenException"),
                                   QStringLiteral("Missing Authentication Token"));
            break;
        case Kind::Incomplete:
            e = ServiceError::make(400, QStringLiteral("IncompleteSignatureException"), message);
            break;
        case Kind::UnknownKey:
            e = ServiceError::make(403, QStringLiteral("UnrecognizedClientException"), message);
            break;
        case Kind::ExpiredToken:
            e = ServiceError::make(403, QStringLiteral("ExpiredTokenException"), message);
            break;
        default:
            e = ServiceError::make(403, QStringLiteral("InvalidSignatureException"), message);
            break;
        }
        e.typeSuffix = QString::fromLatin1(kCoralErrorNamespace);
    }
    call.fail(e);
}

bool Emulator::injectFaults(ApiCall& call) {
    FaultOptions& f = m_state->faults;
    const bool query = call.protocol() == Protocol::Query;
    if (f.failOncePerOperation && !m_state->failedOnce.contains(call.operation())) {
        m_state->failedOnce.insert(call.operation());
        ServiceError e = ServiceError::make(500, QStringLiteral("InternalFailure"),
                                            QStringLiteral("We encountered an internal error. "
                                                           "Please try again."));
        e.senderFault = false;
        if (!query)
            e.typeSuffix = QString::fromLatin1(kCoralErrorNamespace);
        call.fail(e);
        return true;
    }
    ++m_state->apiCalls;
    if (f.throttleEveryN > 0 && m_state->apiCalls % quint64(f.throttleEveryN) == 0) {
        if (query)
            call.fail(ServiceError::make(400, QStringLiteral("Throttling"),
                                         QStringLiteral("Rate exceeded")));
        else if (call.route().signingName.isEmpty())
            call.fail(ServiceError::make(429, QStringLiteral("TooManyRequestsException"),
                                         QStringLiteral("Too many requests")));
        else
            call.fail(kvsError(400, QStringLiteral("ClientLimitExceededException"),
                               QStringLiteral("Kinesis Video Streams has throttled the request "
                                              "because you have exceeded the limit of allowed "
                                              "client calls. Try making the call later.")));
        return true;
    }
    return false;
}

} // namespace kinescope::emu
