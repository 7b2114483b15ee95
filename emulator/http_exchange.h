#pragma once

#include "emulator/http_request.h"
#include "emulator/http_response.h"

#include <QObject>
#include <QPointer>

namespace kinescope::emu {

class HttpConnection;

// One request and its response. Created by the connection and handed to the server's
// handler, which answers either at once or later (keep a QPointer: the exchange is
// deleted when its connection goes away). Answer with respond(), or stream with
// beginStream() / write() / finish(). Pipelined requests on a connection are handed out
// one at a time, so responses always go out in request order.
class HttpExchange : public QObject {
    Q_OBJECT
public:
    ~HttpExchange() override;

    const HttpRequest& request() const { return m_request; }
    // UUID sent as x-amzn-RequestId (and usable in error bodies).
    QByteArray requestId() const { return m_requestId; }

    // The client is still connected and no complete response was sent yet.
    bool isOpen() const;
    bool isStreaming() const { return m_streaming; }
    bool isFinished() const { return m_finished; }

    void respond(HttpResponse response);

    // Streaming response: chunked transfer coding, unless `headers` carries a
    // Content-Length (then exactly that many bytes must be written).
    void beginStream(int status, HeaderList headers);
    void write(const QByteArray& data);
    void finish();
    // Drops the connection now (the client sees a truncated response).
    void abort();

    // Bytes queued in the socket but not yet sent (for back-pressure).
    qint64 bytesToWrite() const;
    qint64 bodyBytesWritten() const { return m_bodyBytes; }
    // Fault injection: a streamed body is cut (connection dropped) after this many bytes.
    // Negative = never.
    void setCutAfter(qint64 bytes) { m_cutAfter = bytes; }

Q_SIGNALS:
    // The socket's send buffer ran low: a streaming producer may write more.
    void drained();
    // The connection closed before or while answering; nothing more can be written.
    void closed();

private:
    friend class HttpConnection;
    HttpExchange(HttpConnection* connection, HttpRequest request, QByteArray requestId);
    void markClosed();

    QPointer<HttpConnection> m_connection;
    HttpRequest m_request;
    QByteArray m_requestId;
    bool m_streaming = false;
    bool m_chunked = false;
    bool m_finished = false;
    bool m_closed = false;
    qint64 m_bodyBytes = 0;
    qint64 m_cutAfter = -1;
};

} // namespace kinescope::emu
