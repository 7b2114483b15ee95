#include "tests/emulator/raw_http_client.h"

#include "core/aws/sigv4_signer.h"

#include <QJsonDocument>
#include <QLocale>
#include <QTest>
#include <QUrlQuery>

namespace kinescope::test {

QByteArray RawResponse::header(const QByteArray& name) const {
    for (const auto& [k, v] : headers)
        if (k.compare(name, Qt::CaseInsensitive) == 0)
            return v;
    return {};
}

QJsonObject RawResponse::json() const {
    return QJsonDocument::fromJson(body).object();
}

QByteArray RawResponse::errorType() const {
    const QByteArray t = header("x-amzn-ErrorType");
    const qsizetype colon = t.indexOf(':');
    return colon < 0 ? t : t.left(colon);
}

RawHttpClient::RawHttpClient(quint16 port)
    : m_port(port) {
    m_socket.connectToHost(QHostAddress::LocalHost, port);
    (void)QTest::qWaitFor([this] { return m_socket.state() == QAbstractSocket::ConnectedState; },
                          5000);
}

bool RawHttpClient::connected() const {
    return m_socket.state() == QAbstractSocket::ConnectedState;
}

void RawHttpClient::send(const QByteArray& bytes) {
    m_socket.write(bytes);
    m_socket.flush();
}

bool RawHttpClient::tryParse(RawResponse* out) {
    const qsizetype headEnd = m_buffer.indexOf("\r\n\r\n");
    if (headEnd < 0)
        return false;
    RawResponse r;
    const QList<QByteArray> lines = m_buffer.left(headEnd).split('\n');
    const QList<QByteArray> statusLine = lines.first().trimmed().split(' ');
    r.status = statusLine.value(1).toInt();
    for (qsizetype i = 1; i < lines.size(); ++i) {
        const QByteArray line = lines.at(i).trimmed();
        const qsizetype colon = line.indexOf(':');
        if (colon > 0)
            r.headers.append({line.left(colon), line.mid(colon + 1).trimmed()});
    }
    qsizetype pos = headEnd + 4;
    if (r.status == 100) { // interim response: drop it and parse what follows
        m_buffer.remove(0, pos);
        return tryParse(out);
    }
    if (r.header("Transfer-Encoding").toLower() == "chunked") {
        r.chunked = true;
        for (;;) {
            const qsizetype nl = m_buffer.indexOf("\r\n", pos);
            if (nl < 0)
                return false;
            bool ok = false;
            const qint64 size = m_buffer.mid(pos, nl - pos).toLongLong(&ok, 16);
            if (!ok)
                return false;
            if (m_buffer.size() < nl + 2 + size + 2)
                return false;
            if (size == 0) {
                pos = nl + 4;
                break;
            }
            r.body += m_buffer.mid(nl + 2, size);
            pos = nl + 2 + size + 2;
        }
    } else {
        const qint64 length = r.header("Content-Length").toLongLong();
        if (m_buffer.size() - pos < length)
            return false;
        r.body = m_buffer.mid(pos, length);
        pos += length;
    }
    r.complete = true;
    m_buffer.remove(0, pos);
    *out = r;
    return true;
}

RawResponse RawHttpClient::read(int timeoutMs) {
    RawResponse r;
    (void)QTest::qWaitFor(
        [&] {
            m_buffer += m_socket.readAll();
            return tryParse(&r) || m_socket.state() != QAbstractSocket::ConnectedState;
        },
        timeoutMs);
    if (!r.complete) {
        m_buffer += m_socket.readAll();
        if (!tryParse(&r)) {
            // What arrived before the connection closed: head and partial body.
            const qsizetype headEnd = m_buffer.indexOf("\r\n\r\n");
            if (headEnd >= 0) {
                r.status = m_buffer.left(headEnd).split(' ').value(1).toInt();
                r.body = m_buffer.mid(headEnd + 4);
            }
            r.connectionClosed = m_socket.state() != QAbstractSocket::ConnectedState;
        }
    }
    return r;
}

bool RawHttpClient::waitClosed(int timeoutMs) {
    return QTest::qWaitFor(
        [this] {
            m_buffer += m_socket.readAll();
            return m_socket.state() == QAbstractSocket::UnconnectedState;
        },
        timeoutMs);
}

QByteArray signedRequest(const SignedRequestSpec& spec, const Credentials& credentials,
                         quint16 port) {
    SigV4Signer::Message m;
    m.method = spec.method;
    m.path = spec.path;
    m.query = spec.query;
    m.headers = spec.headers;
    m.headers.prepend({QByteArray("Host"), "127.0.0.1:" + QByteArray::number(port)});
    m.payloadHash = SigV4Signer::sha256Hex(spec.body);
    const SigV4Signer::Scope scope{spec.region, spec.service, spec.time};
    SigV4Signer::signHeaders(m, credentials, scope, SigV4Signer::Options());

    QByteArray target = SigV4Signer::encodedPath(spec.path);
    if (!m.query.isEmpty()) {
        QByteArray q;
        for (const auto& [k, v] : std::as_const(m.query)) {
            if (!q.isEmpty())
                q += '&';
            q += SigV4Signer::uriEncode(k.toUtf8(), true) + '=' +
                 SigV4Signer::uriEncode(v.toUtf8(), true);
        }
        target += '?' + q;
    }
    QByteArray out = spec.method + ' ' + target + " HTTP/1.1\r\n";
    for (const auto& [k, v] : std::as_const(m.headers))
        out += k + ": " + v + "\r\n";
    if (spec.chunkedBody) {
        out += "Transfer-Encoding: chunked\r\n\r\n";
        // Two chunks (with an extension on the first) and a trailer.
        const QByteArray a = spec.body.left(spec.body.size() / 2);
        const QByteArray b = spec.body.mid(a.size());
        if (!a.isEmpty())
            out += QByteArray::number(a.size(), 16) + ";ext=1\r\n" + a + "\r\n";
        if (!b.isEmpty())
            out += QByteArray::number(b.size(), 16) + "\r\n" + b + "\r\n";
        out += "0\r\nX-Trailer: yes\r\n\r\n";
    } else {
        out += "Content-Length: " + QByteArray::number(spec.body.size()) + "\r\n\r\n" + spec.body;
    }
    return out;
}

QByteArray jsonRequest(const QString& path, const QJsonObject& body, const Credentials& credentials,
                       quint16 port, const QDateTime& time) {
    SignedRequestSpec spec;
    spec.path = path;
    spec.headers.append({QByteArray("Content-Type"), QByteArray("application/json")});
    spec.body = QJsonDocument(body).toJson(QJsonDocument::Compact);
    spec.time = time;
    return signedRequest(spec, credentials, port);
}

QByteArray stsRequest(const QueryItems& params, const Credentials& credentials, quint16 port) {
    SignedRequestSpec spec;
    spec.path = QStringLiteral("/");
    spec.service = QStringLiteral("sts");
    spec.headers.append({QByteArray("Content-Type"),
                         QByteArray("application/x-www-form-urlencoded; charset=utf-8")});
    QUrlQuery form;
    for (const auto& [k, v] : params)
        form.addQueryItem(QString::fromUtf8(QUrl::toPercentEncoding(k)),
                          QString::fromUtf8(QUrl::toPercentEncoding(v)));
    spec.body = form.query(QUrl::FullyEncoded).toUtf8();
    return signedRequest(spec, credentials, port);
}

QDateTime parseHttpDate(const QByteArray& value) {
    QDateTime t = QLocale::c().toDateTime(QString::fromLatin1(value),
                                          QStringLiteral("ddd, dd MMM yyyy hh:mm:ss 'GMT'"));
    t.setTimeSpec(Qt::UTC);
    return t;
}

Credentials defaultTestCredentials() {
    Credentials c;
    c.accessKeyId = QStringLiteral("AKIDKINESCOPEEMULATOR");
    c.secretAccessKey = QStringLiteral("kinescope/emulator/secret+EXAMPLEKEY");
    return c;
}

} // namespace kinescope::test
