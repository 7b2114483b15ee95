#include "emulator/http_server.h"

#include <QTcpServer>
#include <QTcpSocket>

namespace kinescope::emu {

HttpServer::HttpServer(HttpServerConfig config, HttpHandler handler, QObject* parent)
    : QObject(parent)
    , m_config(std::move(config))
    , m_handler(std::move(handler))
    , m_server(new QTcpServer(this)) {
    connect(m_server, &QTcpServer::newConnection, this, &HttpServer::onNewConnection);
}

HttpServer::~HttpServer() = default;

bool HttpServer::listen(const QHostAddress& address, quint16 port, QString* error) {
    if (m_server->listen(address, port))
        return true;
    if (error)
        *error = m_server->errorString();
    return false;
}

void HttpServer::close() {
    m_server->close();
    const auto connections = findChildren<HttpConnection*>(Qt::FindDirectChildrenOnly);
    for (HttpConnection* c : connections)
        c->close();
}

bool HttpServer::isListening() const {
    return m_server->isListening();
}

quint16 HttpServer::port() const {
    return m_server->serverPort();
}

QHostAddress HttpServer::address() const {
    return m_server->serverAddress();
}

void HttpServer::onNewConnection() {
    while (QTcpSocket* socket = m_server->nextPendingConnection())
        new HttpConnection(socket, m_config, m_handler, this);
}

} // namespace kinescope::emu
