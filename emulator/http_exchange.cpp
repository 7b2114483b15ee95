#include "emulator/http_exchange.h"

#include "emulator/http_connection.h"

namespace kinescope::emu {

HttpExchange::HttpExchange(HttpConnection* connection, HttpRequest request, QByteArray requestId)
    : QObject(connection)
    , m_connection(connection)
    , m_request(std::move(request))
    , m_requestId(std::move(requestId)) {
}

HttpExchange::~HttpExchange() = default;

bool HttpExchange::isOpen() const {
    return m_connection && !m_closed && !m_finished;
}

void HttpExchange::markClosed() {
    if (m_closed)
        return;
    m_closed = true;
    Q_EMIT closed();
}

void HttpExchange::respond(HttpResponse response) {
    if (!isOpen() || m_streaming)
        return;
    m_finished = true;
    m_connection->sendResponse(this, std::move(response));
}

void HttpExchange::beginStream(int status, HeaderList headers) {
    if (!isOpen() || m_streaming)
        return;
    m_streaming = true;
    m_connection->sendStreamHead(this, status, std::move(headers), &m_chunked);
}

void HttpExchange::write(const QByteArray& data) {
    if (!isOpen() || !m_streaming || data.isEmpty())
        return;
    QByteArray piece = data;
    bool cut = false;
    if (m_cutAfter >= 0 && m_bodyBytes + piece.size() > m_cutAfter) {
        piece.truncate(std::max<qint64>(0, m_cutAfter - m_bodyBytes));
        cut = true;
    }
    if (m_chunked) {
        // On a cut the chunk header still announces the whole chunk: the body ends early,
        // as when a connection drops mid-transfer.
        m_connection->writeRaw(QByteArray::number(data.size(), 16) + "\r\n");
        m_connection->writeRaw(piece);
        if (!cut)
            m_connection->writeRaw("\r\n");
    } else {
        m_connection->writeRaw(piece);
    }
    m_bodyBytes += piece.size();
    if (cut)
        abort();
}

void HttpExchange::finish() {
    if (!isOpen() || !m_streaming)
        return;
    if (m_chunked)
        m_connection->writeRaw("0\r\n\r\n");
    m_finished = true;
    m_connection->exchangeFinished(this, !m_chunked && !m_request.keepAlive());
}

void HttpExchange::abort() {
    if (!m_connection || m_closed)
        return;
    m_finished = true;
    m_connection->close();
}

qint64 HttpExchange::bytesToWrite() const {
    return m_connection ? m_connection->bytesToWrite() : 0;
}

} // namespace kinescope::emu
