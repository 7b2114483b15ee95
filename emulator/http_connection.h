#pragma once

#include "emulator/http_request_parser.h"
#include "emulator/http_response.h"

#include <QDateTime>
#include <QList>
#include <QObject>
#include <QPointer>
#include <QTimer>

#include <functional>

class QTcpSocket;

namespace kinescope::emu {

class HttpExchange;

// Settings shared by every connection of an HttpServer.
struct HttpServerConfig {
    HttpRequestParser::Limits limits;
    int idleTimeoutMs = 60000;        // keep-alive connections idle longer than this are closed
    int maxPipelined = 32;            // parsed requests waiting behind the active one
    std::function<QDateTime()> clock; // for the Date header; default: current UTC time
};

using HttpHandler = std::function<void(HttpExchange*)>;

// One client connection: parses requests, hands them to the handler one at a time, writes
// the responses in order, keeps the connection alive as HTTP/1.1 allows.
class HttpConnection : public QObject {
    Q_OBJECT
public:
    HttpConnection(QTcpSocket* socket, const HttpServerConfig& config, HttpHandler handler,
                   QObject* parent = nullptr);
    ~HttpConnection() override;

    void close();

private:
    friend class HttpExchange;

    void onReadyRead();
    void onBytesWritten();
    void onDisconnected();
    void parsePending();
    void dispatchNext();
    void writeErrorAndClose(int status, const QByteArray& message);
    void completeHead(HeaderList& headers, const HttpExchange* exchange, bool closeAfter) const;

    // Called by HttpExchange.
    void sendResponse(HttpExchange* exchange, HttpResponse response);
    void sendStreamHead(HttpExchange* exchange, int status, HeaderList headers, bool* chunked);
    void writeRaw(const QByteArray& bytes);
    void exchangeFinished(HttpExchange* exchange, bool closeAfter);
    qint64 bytesToWrite() const;

    QTcpSocket* m_socket;
    HttpServerConfig m_config;
    HttpHandler m_handler;
    HttpRequestParser m_parser;
    QList<HttpRequest> m_queue;
    QPointer<HttpExchange> m_active;
    QTimer m_idle;
    bool m_parseError = false;
    bool m_closing = false;
    bool m_disconnected = false;
};

} // namespace kinescope::emu
