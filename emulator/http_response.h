#pragma once

#include "core/aws/aws_request.h"

#include <QByteArray>
#include <QDateTime>

class QJsonObject;

namespace kinescope::emu {

// A complete (non-streamed) HTTP response. The connection adds Content-Length, Date,
// x-amzn-RequestId and Connection headers when it sends it.
struct HttpResponse {
    int status = 200;
    HeaderList headers;
    QByteArray body;

    // Replaces every header of that name (case-insensitive) by one with this value.
    void setHeader(const QByteArray& name, const QByteArray& value);
    QByteArray header(const QByteArray& name) const;
    bool hasHeader(const QByteArray& name) const;
    void removeHeader(const QByteArray& name);

    static HttpResponse json(int status, const QJsonObject& object);
    static HttpResponse xml(int status, const QByteArray& document);
    static HttpResponse text(int status, const QByteArray& text);
};

QByteArray reasonPhrase(int status);
// RFC 9110 IMF-fixdate: "Sun, 06 Nov 1994 08:49:37 GMT".
QByteArray httpDate(const QDateTime& utc);
// Serialises a status line and headers (ending with the blank line).
QByteArray serializeHead(int status, const HeaderList& headers);

} // namespace kinescope::emu
