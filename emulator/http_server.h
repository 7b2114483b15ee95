#pragma once

#include "emulator/http_connection.h"

#include <QHostAddress>
#include <QObject>

class QTcpServer;

namespace kinescope::emu {

// A small HTTP/1.1 server on QTcpServer: keep-alive, pipelining, Content-Length and
// chunked request bodies, size limits, complete or streamed (chunked) responses. Every
// response carries Date and x-amzn-RequestId. The handler is called on the server's
// thread for each request, one request per connection at a time.
class HttpServer : public QObject {
    Q_OBJECT
public:
    HttpServer(HttpServerConfig config, HttpHandler handler, QObject* parent = nullptr);
    ~HttpServer() override;

    // Port 0 picks a free port.
    bool listen(const QHostAddress& address, quint16 port, QString* error = nullptr);
    void close();
    bool isListening() const;
    quint16 port() const;
    QHostAddress address() const;

private:
    void onNewConnection();

    HttpServerConfig m_config;
    HttpHandler m_handler;
    QTcpServer* m_server;
};

} // namespace kinescope::emu
