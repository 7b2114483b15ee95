#include "emulator/api_call.h"

#include "emulator/emulator_state.h"

namespace kinescope::emu {

const Route* Router::match(const QByteArray& method, const QString& path) const {
    for (const Route& r : m_routes)
        if (r.method == method && r.path == path)
            return &r;
    return nullptr;
}

bool Router::knowsPath(const QString& path) const {
    for (const Route& r : m_routes)
        if (r.path == path)
            return true;
    return false;
}

ApiCall::ApiCall(EmulatorState* state, HttpExchange* exchange, const Route* route,
                 QString operation)
    : m_state(state)
    , m_exchange(exchange)
    , m_route(route)
    , m_operation(std::move(operation))
    , m_nowMs(state->nowMs()) {
    m_timer.start();
}

void ApiCall::log(int status, const QString& errorType) {
    if (!m_state->logger)
        return;
    const HttpRequest& r = request();
    QString line = QStringLiteral("%1 %2 %3 -> %4")
                       .arg(QString::fromLatin1(r.method), QString::fromUtf8(r.rawPath),
                            m_operation.isEmpty() ? QStringLiteral("-") : m_operation)
                       .arg(status);
    if (!errorType.isEmpty())
        line += QLatin1Char(' ') + errorType;
    line += QStringLiteral(" (%1 ms)").arg(m_timer.elapsed());
    if (authenticated())
        line += QStringLiteral(" key=%1").arg(m_principal.accessKeyId); // the id, never the secret
    m_state->logger(line);
}

void ApiCall::reply(HttpResponse response) {
    if (m_replied)
        return;
    m_replied = true;
    m_status = response.status;
    log(response.status, QString());
    if (m_exchange)
        m_exchange->respond(std::move(response));
}

void ApiCall::replyJson(const QJsonObject& object) {
    reply(HttpResponse::json(200, object));
}

void ApiCall::fail(const ServiceError& error) {
    if (m_replied)
        return;
    m_replied = true;
    m_status = error.status;
    log(error.status, error.type);
    if (m_exchange)
        m_exchange->respond(renderError(protocol(), error, m_exchange->requestId()));
}

bool ApiCall::beginStream(int status, HeaderList headers) {
    if (m_replied)
        return false;
    m_replied = true;
    m_status = status;
    log(status, QString());
    if (!m_exchange || !m_exchange->isOpen())
        return false;
    m_exchange->beginStream(status, std::move(headers));
    return true;
}

void ApiCall::deferReply(int status) {
    if (m_replied)
        return;
    m_replied = true;
    m_status = status;
    log(status, QString());
}

bool ApiCall::checkQuota(const QString& streamKey) {
    if (m_state->limiter.tryAcquire(m_operation, streamKey))
        return true;
    fail(kvsError(
        400, QStringLiteral("ClientLimitExceededException"),
        QStringLiteral("Kinesis Video Streams has throttled the request because you have "
                       "exceeded the limit of allowed client calls. Try making the call later.")));
    return false;
}

} // namespace kinescope::emu
