#include "emulator/http_request.h"

namespace kinescope::emu {

QByteArray HttpRequest::header(const QByteArray& name) const {
    for (const auto& [k, v] : headers)
        if (k.compare(name, Qt::CaseInsensitive) == 0)
            return v;
    return {};
}

bool HttpRequest::hasHeader(const QByteArray& name) const {
    for (const auto& [k, v] : headers)
        if (k.compare(name, Qt::CaseInsensitive) == 0)
            return true;
    return false;
}

QList<QByteArray> HttpRequest::headerValues(const QByteArray& name) const {
    QList<QByteArray> values;
    for (const auto& [k, v] : headers)
        if (k.compare(name, Qt::CaseInsensitive) == 0)
            values.append(v);
    return values;
}

QString HttpRequest::queryValue(const QString& name) const {
    for (const auto& [k, v] : query)
        if (k == name)
            return v;
    return {};
}

bool HttpRequest::hasQueryItem(const QString& name) const {
    for (const auto& [k, v] : query)
        if (k == name)
            return true;
    return false;
}

bool HttpRequest::keepAlive() const {
    const QList<QByteArray> tokens = header("Connection").toLower().split(',');
    bool close = false;
    bool keep = false;
    for (const QByteArray& t : tokens) {
        const QByteArray token = t.trimmed();
        close = close || token == "close";
        keep = keep || token == "keep-alive";
    }
    if (close)
        return false;
    return versionMinor >= 1 || keep;
}

namespace {

QueryItems parseItems(const QByteArray& raw, bool plusIsSpace) {
    QueryItems items;
    if (raw.isEmpty())
        return items;
    const QList<QByteArray> parts = raw.split('&');
    for (QByteArray part : parts) {
        if (part.isEmpty())
            continue;
        if (plusIsSpace)
            part.replace('+', ' ');
        const qsizetype eq = part.indexOf('=');
        const QByteArray name = eq < 0 ? part : part.left(eq);
        const QByteArray value = eq < 0 ? QByteArray() : part.mid(eq + 1);
        items.append({QString::fromUtf8(QByteArray::fromPercentEncoding(name)),
                      QString::fromUtf8(QByteArray::fromPercentEncoding(value))});
    }
    return items;
}

} // namespace

QueryItems parseQueryString(const QByteArray& raw) {
    return parseItems(raw, false);
}

QueryItems parseFormBody(const QByteArray& raw) {
    return parseItems(raw, true);
}

bool splitTarget(HttpRequest& request) {
    const QByteArray& target = request.target;
    if (!target.startsWith('/'))
        return false;
    const qsizetype q = target.indexOf('?');
    request.rawPath = q < 0 ? target : target.left(q);
    request.rawQuery = q < 0 ? QByteArray() : target.mid(q + 1);
    const qsizetype hash = request.rawQuery.indexOf('#');
    if (hash >= 0)
        request.rawQuery.truncate(hash);
    request.path = QString::fromUtf8(QByteArray::fromPercentEncoding(request.rawPath));
    request.query = parseQueryString(request.rawQuery);
    return true;
}

} // namespace kinescope::emu
