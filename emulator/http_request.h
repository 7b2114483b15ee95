#pragma once

#include "core/aws/aws_request.h"

#include <QByteArray>
#include <QString>

namespace kinescope::emu {

// One parsed HTTP/1.1 request as the emulator's services see it.
struct HttpRequest {
    QByteArray method;    // "POST"
    QByteArray target;    // request-target as sent: "/listFragments?x=1"
    QByteArray rawPath;   // percent-encoded path as sent: "/listFragments"
    QByteArray rawQuery;  // query string as sent, without '?'
    QString path;         // decoded path
    QueryItems query;     // decoded query items ('+' is kept as '+', as AWS does)
    int versionMinor = 1; // HTTP/1.<minor>
    HeaderList headers;   // in the order received, names as sent
    QByteArray body;      // de-chunked

    // First value of a header (case-insensitive name); empty when absent.
    QByteArray header(const QByteArray& name) const;
    bool hasHeader(const QByteArray& name) const;
    // All values of a header, in order.
    QList<QByteArray> headerValues(const QByteArray& name) const;
    // First value of a query parameter (exact name).
    QString queryValue(const QString& name) const;
    bool hasQueryItem(const QString& name) const;
    // Whether the connection may stay open after this exchange (HTTP/1.1 default).
    bool keepAlive() const;
};

// Splits and percent-decodes a query string. '+' stays '+' (SigV4 semantics).
QueryItems parseQueryString(const QByteArray& raw);
// application/x-www-form-urlencoded body: like parseQueryString but '+' means space.
QueryItems parseFormBody(const QByteArray& raw);
// Fills rawPath, rawQuery, path and query from target. False when the target is not
// an origin-form path ("/...").
bool splitTarget(HttpRequest& request);

} // namespace kinescope::emu
