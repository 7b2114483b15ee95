#pragma once

#include "core/aws/aws_request.h"
#include "core/aws/credentials.h"

#include <QByteArray>
#include <QDateTime>
#include <QJsonObject>
#include <QTcpSocket>

namespace kinescope::test {

// A parsed HTTP response as a client received it.
struct RawResponse {
    int status = 0;
    HeaderList headers;
    QByteArray body;
    bool complete = false; // a whole response arrived (Content-Length or final chunk)
    bool chunked = false;
    bool connectionClosed = false;

    QByteArray header(const QByteArray& name) const;
    QJsonObject json() const;
    // rest-json error type: x-amzn-ErrorType up to the first ':'.
    QByteArray errorType() const;
};

// A deliberately low-level HTTP/1.1 client on one TCP connection, for testing the emulator's
// server: raw bytes out, responses parsed by hand. Waits spin the event loop (QTest::qWaitFor)
// so an in-process server keeps working.
class RawHttpClient {
public:
    explicit RawHttpClient(quint16 port);
    bool connected() const;
    void send(const QByteArray& bytes);
    // Waits for the next complete response (or the connection closing).
    RawResponse read(int timeoutMs = 10000);
    bool waitClosed(int timeoutMs = 5000);

private:
    bool tryParse(RawResponse* out);

    QTcpSocket m_socket;
    QByteArray m_buffer;
    quint16 m_port;
};

// Serialises a SigV4-signed request ready for RawHttpClient::send.
struct SignedRequestSpec {
    QByteArray method = "POST";
    QString path = QStringLiteral("/");
    QueryItems query;
    HeaderList headers; // besides Host (added) and the signing headers
    QByteArray body;
    QString service = QStringLiteral("kinesisvideo");
    QString region = QStringLiteral("us-east-1");
    QDateTime time = QDateTime::currentDateTimeUtc();
    bool chunkedBody = false; // send the body with Transfer-Encoding: chunked
};
QByteArray signedRequest(const SignedRequestSpec& spec, const Credentials& credentials,
                         quint16 port);
QByteArray jsonRequest(const QString& path, const QJsonObject& body, const Credentials& credentials,
                       quint16 port, const QDateTime& time = QDateTime::currentDateTimeUtc());
QByteArray stsRequest(const QueryItems& params, const Credentials& credentials, quint16 port);

Credentials defaultTestCredentials();
// Parses an HTTP Date header (IMF-fixdate, "Sun, 06 Nov 1994 08:49:37 GMT").
QDateTime parseHttpDate(const QByteArray& value);

} // namespace kinescope::test
