#include "emulator/http_response.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>

namespace kinescope::emu {

void HttpResponse::setHeader(const QByteArray& name, const QByteArray& value) {
    removeHeader(name);
    headers.append({name, value});
}

QByteArray HttpResponse::header(const QByteArray& name) const {
    for (const auto& [k, v] : headers)
        if (k.compare(name, Qt::CaseInsensitive) == 0)
            return v;
    return {};
}

bool HttpResponse::hasHeader(const QByteArray& name) const {
    for (const auto& [k, v] : headers)
        if (k.compare(name, Qt::CaseInsensitive) == 0)
            return true;
    return false;
}

void HttpResponse::removeHeader(const QByteArray& name) {
    headers.removeIf(
        [&](const auto& h) { return h.first.compare(name, Qt::CaseInsensitive) == 0; });
}

HttpResponse HttpResponse::json(int status, const QJsonObject& object) {
    HttpResponse r;
    r.status = status;
    r.headers.append({QByteArray("Content-Type"), QByteArray("application/json")});
    r.body = QJsonDocument(object).toJson(QJsonDocument::Compact);
    return r;
}

HttpResponse HttpResponse::xml(int status, const QByteArray& document) {
    HttpResponse r;
    r.status = status;
    r.headers.append({QByteArray("Content-Type"), QByteArray("text/xml")});
    r.body = document;
    return r;
}

HttpResponse HttpResponse::text(int status, const QByteArray& text) {
    HttpResponse r;
    r.status = status;
    r.headers.append({QByteArray("Content-Type"), QByteArray("text/plain; charset=utf-8")});
    r.body = text;
    return r;
}

QByteArray reasonPhrase(int status) {
    switch (status) {
    case 100:
        return "Continue";
    case 200:
        return "OK";
    case 204:
        return "No Content";
    case 206:
        return "Partial Content";
    case 400:
        return "Bad Request";
    case 401:
        return "Unauthorized";
    case 403:
        return "Forbidden";
    case 404:
        return "Not Found";
    case 405:
        return "Method Not Allowed";
    case 408:
        return "Request Timeout";
    case 411:
        return "Length Required";
    case 413:
        return "Content Too Large";
    case 416:
        return "Range Not Satisfiable";
    case 429:
        return "Too Many Requests";
    case 500:
        return "Internal Server Error";
    case 501:
        return "Not Implemented";
    case 503:
        return "Service Unavailable";
    case 505:
        return "HTTP Version Not Supported";
    default:
        return status < 400 ? "OK" : "Error";
    }
}

QByteArray httpDate(const QDateTime& utc) {
    return QLocale::c()
        .toString(utc.toUTC(), QStringLiteral("ddd, dd MMM yyyy hh:mm:ss 'GMT'"))
        .toLatin1();
}

QByteArray serializeHead(int status, const HeaderList& headers) {
    QByteArray out = "HTTP/1.1 " + QByteArray::number(status) + ' ' + reasonPhrase(status) + "\r\n";
    for (const auto& [k, v] : headers)
        out += k + ": " + v + "\r\n";
    out += "\r\n";
    return out;
}

} // namespace kinescope::emu
