#include "emulator/http_connection.h"

#include "emulator/http_exchange.h"

#include <QTcpSocket>
#include <QUuid>

namespace kinescope::emu {

namespace {
constexpr qint64 kLowWaterBytes = 256 * 1024;
}

HttpConnection::HttpConnection(QTcpSocket* socket, const HttpServerConfig& config,
                               HttpHandler handler, QObject* parent)
    : QObject(parent)
    , m_socket(socket)
    , m_config(config)
    , m_handler(std::move(handler))
    , m_parser(config.limits) {
    m_socket->setParent(this);
    connect(m_socket, &QTcpSocket::readyRead, this, &HttpConnection::onReadyRead);
    connect(m_socket, &QTcpSocket::bytesWritten, this, &HttpConnection::onBytesWritten);
    connect(m_socket, &QTcpSocket::disconnected, this, &HttpConnection::onDisconnected);
    m_idle.setSingleShot(true);
    m_idle.setInterval(m_config.idleTimeoutMs);
    connect(&m_idle, &QTimer::timeout, this, [this] {
        if (!m_active)
            close();
    });
    m_idle.start();
    if (m_socket->bytesAvailable() > 0)
        QMetaObject::invokeMethod(this, &HttpConnection::onReadyRead, Qt::QueuedConnection);
}

HttpConnection::~HttpConnection() {
    if (m_active)
        m_active->markClosed();
}

void HttpConnection::close() {
    if (m_closing)
        return;
    m_closing = true;
    m_queue.clear();
    if (m_active)
        m_active->markClosed();
    // Flushes what is queued, then closes; onDisconnected() cleans up.
    m_socket->disconnectFromHost();
    if (m_socket->state() == QAbstractSocket::UnconnectedState)
        onDisconnected();
}

void HttpConnection::onReadyRead() {
    if (m_closing)
        return;
    m_idle.start();
    m_parser.feed(m_socket->readAll());
    parsePending();
    dispatchNext();
}

void HttpConnection::parsePending() {
    while (!m_parseError && m_queue.size() < m_config.maxPipelined) {
        HttpRequest request;
        const auto status = m_parser.next(&request);
        if (status == HttpRequestParser::Status::Ready) {
            m_queue.append(std::move(request));
            continue;
        }
        if (status == HttpRequestParser::Status::Error) {
            m_parseError = true;
            break;
        }
        // NeedMore: acknowledge "Expect: 100-continue" when nothing else is being written.
        if (m_parser.wantsContinue() && !m_active && m_queue.isEmpty()) {
            writeRaw("HTTP/1.1 100 Continue\r\n\r\n");
            m_parser.markContinueSent();
        }
        break;
    }
    if (m_parseError && !m_active && m_queue.isEmpty())
        writeErrorAndClose(m_parser.errorStatus(), m_parser.errorMessage());
}

void HttpConnection::dispatchNext() {
    if (m_active || m_closing || m_queue.isEmpty())
        return;
    HttpRequest request = m_queue.takeFirst();
    auto* exchange = new HttpExchange(this, std::move(request),
                                      QUuid::createUuid().toByteArray(QUuid::WithoutBraces));
    m_active = exchange;
    m_idle.stop();
    m_handler(exchange);
}

void HttpConnection::writeErrorAndClose(int status, const QByteArray& message) {
    HeaderList headers{{"Content-Type", "application/json"}};
    const QByteArray body = "{\"message\":\"" + message + "\"}";
    headers.append({"Content-Length", QByteArray::number(body.size())});
    completeHead(headers, nullptr, true);
    writeRaw(serializeHead(status, headers) + body);
    close();
}

void HttpConnection::completeHead(HeaderList& headers, const HttpExchange* exchange,
                                  bool closeAfter) const {
    auto has = [&](const QByteArray& name) {
        for (const auto& h : headers)
            if (h.first.compare(name, Qt::CaseInsensitive) == 0)
                return true;
        return false;
    };
    if (!has("x-amzn-RequestId"))
        headers.append(
            {"x-amzn-RequestId", exchange ? exchange->requestId()
                                          : QUuid::createUuid().toByteArray(QUuid::WithoutBraces)});
    if (!has("Date"))
        headers.append({"Date", httpDate(m_config.clock ? m_config.clock()
                                                        : QDateTime::currentDateTimeUtc())});
    if (closeAfter)
        headers.append({QByteArray("Connection"), QByteArray("close")});
}

void HttpConnection::sendResponse(HttpExchange* exchange, HttpResponse response) {
    const bool closeAfter = !exchange->request().keepAlive();
    response.removeHeader("Content-Length");
    response.removeHeader("Transfer-Encoding");
    response.headers.append({"Content-Length", QByteArray::number(response.body.size())});
    completeHead(response.headers, exchange, closeAfter);
    QByteArray out = serializeHead(response.status, response.headers);
    if (exchange->request().method != "HEAD")
        out += response.body;
    writeRaw(out);
    exchangeFinished(exchange, closeAfter);
}

void HttpConnection::sendStreamHead(HttpExchange* exchange, int status, HeaderList headers,
                                    bool* chunked) {
    bool hasLength = false;
    headers.removeIf([](const auto& h) {
        return h.first.compare("Transfer-Encoding", Qt::CaseInsensitive) == 0;
    });
    for (const auto& h : headers)
        hasLength = hasLength || h.first.compare("Content-Length", Qt::CaseInsensitive) == 0;
    // HTTP/1.0 clients do not understand chunked: their body ends when the connection does.
    *chunked = !hasLength && exchange->request().versionMinor >= 1;
    if (*chunked)
        headers.append({QByteArray("Transfer-Encoding"), QByteArray("chunked")});
    const bool closeAfter = !exchange->request().keepAlive() || (!hasLength && !*chunked);
    completeHead(headers, exchange, closeAfter);
    writeRaw(serializeHead(status, headers));
}

void HttpConnection::writeRaw(const QByteArray& bytes) {
    if (!m_disconnected && !bytes.isEmpty())
        m_socket->write(bytes);
}

qint64 HttpConnection::bytesToWrite() const {
    return m_disconnected ? 0 : m_socket->bytesToWrite();
}

void HttpConnection::exchangeFinished(HttpExchange* exchange, bool closeAfter) {
    if (exchange != m_active)
        return;
    m_active = nullptr;
    exchange->deleteLater();
    if (closeAfter) {
        close();
        return;
    }
    if (m_parseError && m_queue.isEmpty()) {
        writeErrorAndClose(m_parser.errorStatus(), m_parser.errorMessage());
        return;
    }
    m_idle.start();
    // Next pipelined request, outside the handler's call stack.
    QMetaObject::invokeMethod(
        this,
        [this] {
            parsePending();
            dispatchNext();
        },
        Qt::QueuedConnection);
}

void HttpConnection::onBytesWritten() {
    if (m_active && m_active->isStreaming() && m_socket->bytesToWrite() < kLowWaterBytes)
        Q_EMIT m_active->drained();
}

void HttpConnection::onDisconnected() {
    if (m_disconnected)
        return;
    m_disconnected = true;
    m_closing = true;
    m_queue.clear();
    if (m_active)
        m_active->markClosed();
    deleteLater();
}

} // namespace kinescope::emu
