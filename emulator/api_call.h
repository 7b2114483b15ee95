#pragma once

#include "emulator/aws_errors.h"
#include "emulator/credential_store.h"
#include "emulator/http_exchange.h"

#include <QElapsedTimer>
#include <QJsonObject>
#include <QList>
#include <QPointer>

#include <functional>

namespace kinescope::emu {

class EmulatorState;
class ApiCall;

// One API operation at a method and path, as the botocore model defines it.
struct Route {
    QByteArray method;
    QString path;
    QString operation; // empty for Query-protocol endpoints: the Action parameter names it
    Protocol protocol = Protocol::RestJson;
    QString signingName; // SigV4 service name; empty = not SigV4-signed (SSO portal)
    std::function<void(ApiCall&)> handler;
};

class Router {
public:
    void add(Route route) { m_routes.append(std::move(route)); }
    const Route* match(const QByteArray& method, const QString& path) const;
    bool knowsPath(const QString& path) const;

private:
    QList<Route> m_routes;
};

// One authenticated API call on its way to an answer.
class ApiCall {
public:
    ApiCall(EmulatorState* state, HttpExchange* exchange, const Route* route, QString operation);

    EmulatorState& state() { return *m_state; }
    const HttpRequest& request() const { return m_exchange->request(); }
    HttpExchange* exchange() const { return m_exchange; }
    const Route& route() const { return *m_route; }
    const QString& operation() const { return m_operation; }
    Protocol protocol() const { return m_route->protocol; }
    const Principal& principal() const { return m_principal; }
    void setPrincipal(const Principal& p) { m_principal = p; }
    bool authenticated() const { return !m_principal.accessKeyId.isEmpty(); }
    qint64 nowMs() const { return m_nowMs; }
    bool replied() const { return m_replied; }
    int status() const { return m_status; }

    void reply(HttpResponse response);
    void replyJson(const QJsonObject& object);
    void fail(const ServiceError& error);
    // Answers with a streamed body (the call counts as replied): write it through exchange()
    // (write / finish; `drained` for back-pressure). False when the client is already gone.
    bool beginStream(int status, HeaderList headers);
    // The handler answers later (from a worker's result), straight through exchange():
    // the call counts as answered with `status` now (and is logged so).
    void deferReply(int status = 200);
    // Takes a token from the operation's quota buckets (account and stream); on an empty
    // bucket answers ClientLimitExceededException and returns false.
    bool checkQuota(const QString& streamKey);

private:
    void log(int status, const QString& errorType);

    EmulatorState* m_state;
    QPointer<HttpExchange> m_exchange;
    const Route* m_route;
    QString m_operation;
    Principal m_principal;
    qint64 m_nowMs;
    QElapsedTimer m_timer;
    bool m_replied = false;
    int m_status = 0;
};

} // namespace kinescope::emu
