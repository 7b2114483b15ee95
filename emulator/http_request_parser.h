#pragma once

#include "emulator/http_request.h"

#include <QByteArray>

namespace kinescope::emu {

// Incremental HTTP/1.1 request parser: feed() bytes as they arrive, then take complete
// requests with next(). Handles Content-Length and chunked bodies, pipelined requests and
// size limits. After an error the parser stays in the error state (close the connection).
// Size limits of one request. Beyond them: 400 (head) or 413 (body), connection closed.
struct HttpLimits {
    qsizetype maxHeaderBytes = 16 * 1024; // request line + headers
    int maxHeaderCount = 100;
    qint64 maxBodyBytes = 16 * 1024 * 1024;
};

class HttpRequestParser {
public:
    using Limits = HttpLimits;

    enum class Status { NeedMore, Ready, Error };

    HttpRequestParser();
    explicit HttpRequestParser(Limits limits);

    void feed(const QByteArray& data);
    // Parses as far as the buffer allows; Ready when *out holds a complete request.
    Status next(HttpRequest* out);

    // Error details (valid in the Error state): HTTP status to answer and a reason.
    int errorStatus() const { return m_errorStatus; }
    QByteArray errorMessage() const { return m_errorMessage; }

    // True once the head of the current request is parsed and it carries
    // "Expect: 100-continue" that was not yet acknowledged with markContinueSent().
    bool wantsContinue() const { return m_expectContinue && !m_continueSent; }
    void markContinueSent() { m_continueSent = true; }

    qsizetype bufferedBytes() const { return m_buffer.size() - m_pos; }

private:
    enum class Phase { Head, FixedBody, ChunkSize, ChunkData, ChunkDataEnd, Trailers };

    Status fail(int status, const QByteArray& message);
    Status parseHead();
    bool takeLine(QByteArray* line, qsizetype maxLength, bool* tooLong);
    void compact();

    Limits m_limits;
    QByteArray m_buffer;
    qsizetype m_pos = 0;
    Phase m_phase = Phase::Head;
    HttpRequest m_current;
    qint64 m_remaining = 0;
    qsizetype m_trailerBytes = 0;
    bool m_expectContinue = false;
    bool m_continueSent = false;
    int m_errorStatus = 0;
    QByteArray m_errorMessage;
};

} // namespace kinescope::emu
