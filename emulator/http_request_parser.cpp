#include "emulator/http_request_parser.h"

#include <cctype>

namespace kinescope::emu {

namespace {

bool isToken(const QByteArray& s) {
    if (s.isEmpty())
        return false;
    for (char c : s) {
        const auto u = static_cast<unsigned char>(c);
        if (u <= 32 || u >= 127)
            return false;
        if (QByteArrayView("()<>@,;:\\\"/[]?={}").contains(c))
            return false;
    }
    return true;
}

bool parseDecimal(const QByteArray& text, qint64* out) {
    if (text.isEmpty() || text.size() > 18)
        return false;
    qint64 v = 0;
    for (char c : text) {
        if (c < '0' || c > '9')
            return false;
        v = v * 10 + (c - '0');
    }
    *out = v;
    return true;
}

bool parseHex(const QByteArray& text, qint64* out) {
    if (text.isEmpty() || text.size() > 15)
        return false;
    bool ok = false;
    const qint64 v = text.toLongLong(&ok, 16);
    if (!ok || v < 0)
        return false;
    for (char c : text)
        if (!std::isxdigit(static_cast<unsigned char>(c)))
            return false;
    *out = v;
    return true;
}

} // namespace

HttpRequestParser::HttpRequestParser()
    : HttpRequestParser(HttpLimits()) {
}

HttpRequestParser::HttpRequestParser(Limits limits)
    : m_limits(limits) {
}

void HttpRequestParser::feed(const QByteArray& data) {
    if (m_errorStatus == 0)
        m_buffer.append(data);
}

HttpRequestParser::Status HttpRequestParser::fail(int status, const QByteArray& message) {
    m_errorStatus = status;
    m_errorMessage = message;
    m_buffer.clear();
    m_pos = 0;
    return Status::Error;
}

void HttpRequestParser::compact() {
    if (m_pos > 0 && (m_pos >= m_buffer.size() || m_pos > 64 * 1024)) {
        m_buffer.remove(0, m_pos);
        m_pos = 0;
    }
}

// Takes one line (without CRLF or bare LF). False when no complete line is buffered.
bool HttpRequestParser::takeLine(QByteArray* line, qsizetype maxLength, bool* tooLong) {
    *tooLong = false;
    const qsizetype nl = m_buffer.indexOf('\n', m_pos);
    if (nl < 0) {
        *tooLong = m_buffer.size() - m_pos > maxLength;
        return false;
    }
    qsizetype end = nl;
    if (end > m_pos && m_buffer.at(end - 1) == '\r')
        --end;
    if (end - m_pos > maxLength) {
        *tooLong = true;
        return false;
    }
    *line = m_buffer.mid(m_pos, end - m_pos);
    m_pos = nl + 1;
    return true;
}

HttpRequestParser::Status HttpRequestParser::parseHead() {
    // The whole head must be buffered: find the blank line.
    qsizetype headEnd = -1;
    qsizetype bodyStart = -1;
    for (qsizetype i = m_buffer.indexOf('\n', m_pos); i >= 0; i = m_buffer.indexOf('\n', i + 1)) {
        if (i + 1 < m_buffer.size() && m_buffer.at(i + 1) == '\n') {
            headEnd = i + 1;
            bodyStart = i + 2;
            break;
        }
        if (i + 2 < m_buffer.size() && m_buffer.at(i + 1) == '\r' && m_buffer.at(i + 2) == '\n') {
            headEnd = i + 1;
            bodyStart = i + 3;
            break;
        }
        if (i - m_pos > m_limits.maxHeaderBytes)
            break;
    }
    if (headEnd < 0) {
        if (m_buffer.size() - m_pos > m_limits.maxHeaderBytes)
            return fail(400, "Request header too large");
        return Status::NeedMore;
    }
    if (headEnd - m_pos > m_limits.maxHeaderBytes)
        return fail(400, "Request header too large");

    const QByteArray head = m_buffer.mid(m_pos, headEnd - m_pos);
    m_pos = bodyStart;
    QList<QByteArray> lines = head.split('\n');
    for (QByteArray& l : lines)
        if (l.endsWith('\r'))
            l.chop(1);
    while (!lines.isEmpty() && lines.constLast().isEmpty())
        lines.removeLast();
    // Tolerate (RFC 9112 2.2) empty lines before the request line.
    while (!lines.isEmpty() && lines.constFirst().isEmpty())
        lines.removeFirst();
    if (lines.isEmpty())
        return fail(400, "Empty request");

    m_current = HttpRequest();
    const QList<QByteArray> parts = lines.takeFirst().split(' ');
    if (parts.size() != 3 || !isToken(parts[0]) || parts[1].isEmpty())
        return fail(400, "Malformed request line");
    const QByteArray& version = parts[2];
    if (version == "HTTP/1.1")
        m_current.versionMinor = 1;
    else if (version == "HTTP/1.0")
        m_current.versionMinor = 0;
    else if (version.startsWith("HTTP/"))
        return fail(505, "HTTP version not supported");
    else
        return fail(400, "Malformed request line");
    m_current.method = parts[0];
    m_current.target = parts[1];
    if (!splitTarget(m_current))
        return fail(400, "Request target must be an absolute path");

    if (lines.size() > m_limits.maxHeaderCount)
        return fail(400, "Too many request headers");
    for (const QByteArray& line : std::as_const(lines)) {
        if (line.startsWith(' ') || line.startsWith('\t'))
            return fail(400, "Obsolete header line folding is not accepted");
        const qsizetype colon = line.indexOf(':');
        if (colon <= 0)
            return fail(400, "Malformed header line");
        const QByteArray name = line.left(colon);
        if (!isToken(name))
            return fail(400, "Malformed header name");
        m_current.headers.append({name, line.mid(colon + 1).trimmed()});
    }

    const QList<QByteArray> te = m_current.headerValues("Transfer-Encoding");
    const QList<QByteArray> cl = m_current.headerValues("Content-Length");
    if (!te.isEmpty()) {
        if (!cl.isEmpty())
            return fail(400, "Both Transfer-Encoding and Content-Length");
        if (te.size() != 1 || te.first().trimmed().toLower() != "chunked")
            return fail(501, "Only the chunked transfer coding is supported");
        m_phase = Phase::ChunkSize;
    } else if (!cl.isEmpty()) {
        qint64 length = -1;
        for (const QByteArray& v : cl) {
            qint64 n = 0;
            if (!parseDecimal(v.trimmed(), &n) || (length >= 0 && n != length))
                return fail(400, "Invalid Content-Length");
            length = n;
        }
        if (length > m_limits.maxBodyBytes)
            return fail(413, "Request body too large");
        m_remaining = length;
        m_phase = Phase::FixedBody;
    } else {
        m_remaining = 0;
        m_phase = Phase::FixedBody;
    }
    m_expectContinue = m_current.header("Expect").trimmed().toLower() == "100-continue";
    m_continueSent = false;
    m_trailerBytes = 0;
    return Status::NeedMore;
}

HttpRequestParser::Status HttpRequestParser::next(HttpRequest* out) {
    if (m_errorStatus != 0)
        return Status::Error;
    for (;;) {
        switch (m_phase) {
        case Phase::Head: {
            if (m_pos >= m_buffer.size())
                return Status::NeedMore;
            const Status s = parseHead();
            if (s == Status::Error)
                return s;
            if (m_phase == Phase::Head)
                return Status::NeedMore; // head incomplete
            break;
        }
        case Phase::FixedBody: {
            const qint64 available = m_buffer.size() - m_pos;
            const qint64 take = std::min(available, m_remaining);
            m_current.body.append(m_buffer.constData() + m_pos, take);
            m_pos += take;
            m_remaining -= take;
            if (m_remaining > 0) {
                compact();
                return Status::NeedMore;
            }
            *out = std::move(m_current);
            m_current = HttpRequest();
            m_phase = Phase::Head;
            m_expectContinue = false;
            compact();
            return Status::Ready;
        }
        case Phase::ChunkSize: {
            QByteArray line;
            bool tooLong = false;
            if (!takeLine(&line, 1024, &tooLong))
                return tooLong ? fail(400, "Malformed chunk size") : Status::NeedMore;
            const qsizetype semi = line.indexOf(';'); // chunk extensions are ignored
            qint64 size = 0;
            if (!parseHex((semi < 0 ? line : line.left(semi)).trimmed(), &size))
                return fail(400, "Malformed chunk size");
            if (m_current.body.size() + size > m_limits.maxBodyBytes)
                return fail(413, "Request body too large");
            m_remaining = size;
            m_phase = size == 0 ? Phase::Trailers : Phase::ChunkData;
            break;
        }
        case Phase::ChunkData: {
            const qint64 available = m_buffer.size() - m_pos;
            const qint64 take = std::min(available, m_remaining);
            m_current.body.append(m_buffer.constData() + m_pos, take);
            m_pos += take;
            m_remaining -= take;
            if (m_remaining > 0) {
                compact();
                return Status::NeedMore;
            }
            m_phase = Phase::ChunkDataEnd;
            break;
        }
        case Phase::ChunkDataEnd: {
            QByteArray line;
            bool tooLong = false;
            if (!takeLine(&line, 2, &tooLong))
                return tooLong ? fail(400, "Malformed chunk") : Status::NeedMore;
            if (!line.isEmpty())
                return fail(400, "Malformed chunk");
            m_phase = Phase::ChunkSize;
            break;
        }
        case Phase::Trailers: {
            QByteArray line;
            bool tooLong = false;
            if (!takeLine(&line, m_limits.maxHeaderBytes, &tooLong))
                return tooLong ? fail(400, "Trailer too large") : Status::NeedMore;
            m_trailerBytes += line.size();
            if (m_trailerBytes > m_limits.maxHeaderBytes)
                return fail(400, "Trailer too large");
            if (!line.isEmpty())
                break; // trailer fields are accepted and dropped
            *out = std::move(m_current);
            m_current = HttpRequest();
            m_phase = Phase::Head;
            m_expectContinue = false;
            compact();
            return Status::Ready;
        }
        }
    }
}

} // namespace kinescope::emu
