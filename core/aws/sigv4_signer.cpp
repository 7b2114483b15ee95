#include "core/aws/sigv4_signer.h"

#include <QCryptographicHash>
#include <QMessageAuthenticationCode>
#include <QTimeZone>

#include <algorithm>
#include <map>

namespace kinescope {

namespace {

constexpr char kAlgorithm[] = "AWS4-HMAC-SHA256";
constexpr char kTerminator[] = "aws4_request";

bool isUnreserved(char c) {
    return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-' ||
           c == '.' || c == '_' || c == '~';
}

bool isHex(const QByteArray& s) {
    return std::all_of(s.begin(), s.end(),
                       [](char c) { return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'f'); });
}

bool isDigits(const QByteArray& s) {
    return std::all_of(s.begin(), s.end(), [](char c) { return c >= '0' && c <= '9'; });
}

void removeHeaders(HeaderList& headers, std::initializer_list<const char*> names) {
    headers.removeIf([&](const QPair<QByteArray, QByteArray>& h) {
        return std::any_of(names.begin(), names.end(), [&](const char* n) {
            return h.first.compare(QByteArray(n), Qt::CaseInsensitive) == 0;
        });
    });
}

HeaderList headersToSign(const HeaderList& headers) {
    HeaderList out;
    for (const auto& h : headers)
        if (!SigV4Signer::isUnsignedHeader(h.first))
            out.append(h);
    return out;
}

QByteArray credentialValue(const Credentials& credentials, const SigV4Signer::Scope& scope) {
    return credentials.accessKeyId.toUtf8() + '/' + SigV4Signer::credentialScope(scope);
}

} // namespace

QByteArray SigV4Signer::sha256Hex(const QByteArray& data) {
    return QCryptographicHash::hash(data, QCryptographicHash::Sha256).toHex();
}

QByteArray SigV4Signer::hmacSha256(const QByteArray& key, const QByteArray& data) {
    return QMessageAuthenticationCode::hash(data, key, QCryptographicHash::Sha256);
}

QByteArray SigV4Signer::amzDate(const QDateTime& utc) {
    return utc.toUTC().toString(QStringLiteral("yyyyMMdd'T'HHmmss'Z'")).toLatin1();
}

QByteArray SigV4Signer::dateStamp(const QDateTime& utc) {
    return utc.toUTC().toString(QStringLiteral("yyyyMMdd")).toLatin1();
}

QDateTime SigV4Signer::parseAmzDate(const QByteArray& amzDate) {
    if (amzDate.size() != 16 || amzDate[8] != 'T' || amzDate[15] != 'Z' ||
        !isDigits(amzDate.left(8)) || !isDigits(amzDate.mid(9, 6)))
        return {};
    const QDate date(amzDate.left(4).toInt(), amzDate.mid(4, 2).toInt(), amzDate.mid(6, 2).toInt());
    const QTime time(amzDate.mid(9, 2).toInt(), amzDate.mid(11, 2).toInt(),
                     amzDate.mid(13, 2).toInt());
    if (!date.isValid() || !time.isValid())
        return {};
    return QDateTime(date, time, QTimeZone::utc());
}

QByteArray SigV4Signer::uriEncode(const QByteArray& bytes, bool encodeSlash) {
    static constexpr char hex[] = "0123456789ABCDEF";
    QByteArray out;
    out.reserve(bytes.size() * 3);
    for (char c : bytes) {
        if (isUnreserved(c) || (c == '/' && !encodeSlash)) {
            out.append(c);
        } else {
            const auto u = static_cast<unsigned char>(c);
            out.append('%');
            out.append(hex[u >> 4]);
            out.append(hex[u & 0x0f]);
        }
    }
    return out;
}

QByteArray SigV4Signer::encodedPath(const QString& path) {
    return uriEncode(path.toUtf8(), false);
}

QString SigV4Signer::normalizedPath(const QString& path) {
    // RFC 3986 5.2.4 plus AWS's "collapse consecutive slashes" (botocore remove_dot_segments).
    if (path.isEmpty())
        return QStringLiteral("/");
    QStringList out;
    const QStringList parts = path.split(QLatin1Char('/'));
    for (const QString& part : parts) {
        if (part.isEmpty() || part == QLatin1String("."))
            continue;
        if (part == QLatin1String("..")) {
            if (!out.isEmpty())
                out.removeLast();
        } else {
            out.append(part);
        }
    }
    QString result = path.startsWith(QLatin1Char('/')) ? QStringLiteral("/") : QString();
    result += out.join(QLatin1Char('/'));
    if (path.endsWith(QLatin1Char('/')) && !out.isEmpty())
        result += QLatin1Char('/');
    return result;
}

QByteArray SigV4Signer::canonicalUri(const QString& path, const Options& options) {
    const QString p = options.normalizePath ? normalizedPath(path) : path;
    QByteArray encoded = encodedPath(p.isEmpty() ? QStringLiteral("/") : p);
    if (options.doubleEncodePath)
        encoded = uriEncode(encoded, false);
    return encoded;
}

QByteArray SigV4Signer::canonicalQuery(const QueryItems& query) {
    QList<QPair<QByteArray, QByteArray>> encoded;
    encoded.reserve(query.size());
    for (const auto& [name, value] : query)
        encoded.append({uriEncode(name.toUtf8(), true), uriEncode(value.toUtf8(), true)});
    std::sort(encoded.begin(), encoded.end());
    QByteArray out;
    for (const auto& [name, value] : encoded) {
        if (!out.isEmpty())
            out.append('&');
        out.append(name).append('=').append(value);
    }
    return out;
}

QByteArray SigV4Signer::canonicalHeaders(const HeaderList& headers, QByteArray* signedHeadersOut) {
    std::map<QByteArray, QByteArray> merged; // sorted by lowercase name
    for (const auto& [name, value] : headers) {
        const QByteArray key = name.trimmed().toLower();
        // simplified(): trims and folds every run of whitespace (incl. CR/LF) to one space.
        const QByteArray v = value.simplified();
        auto it = merged.find(key);
        if (it == merged.end())
            merged.emplace(key, v);
        else
            it->second.append(',').append(v);
    }
    QByteArray out;
    QByteArray signedHeaders;
    for (const auto& [name, value] : merged) {
        out.append(name).append(':').append(value).append('\n');
        if (!signedHeaders.isEmpty())
            signedHeaders.append(';');
        signedHeaders.append(name);
    }
    if (signedHeadersOut)
        *signedHeadersOut = signedHeaders;
    return out;
}

QByteArray SigV4Signer::canonicalRequest(const Message& message, const Options& options,
                                         QByteArray* signedHeadersOut) {
    QByteArray signedHeaders;
    const QByteArray headers = canonicalHeaders(message.headers, &signedHeaders);
    if (signedHeadersOut)
        *signedHeadersOut = signedHeaders;
    QByteArray out = message.method.toUpper();
    out.append('\n').append(canonicalUri(message.path, options));
    out.append('\n').append(canonicalQuery(message.query));
    out.append('\n').append(headers);
    out.append('\n').append(signedHeaders);
    out.append('\n').append(message.payloadHash.isEmpty() ? sha256Hex(QByteArray())
                                                          : message.payloadHash);
    return out;
}

QByteArray SigV4Signer::credentialScope(const Scope& scope) {
    return dateStamp(scope.time) + '/' + scope.region.toUtf8() + '/' + scope.service.toUtf8() +
           '/' + kTerminator;
}

QByteArray SigV4Signer::stringToSign(const QByteArray& canonicalRequest, const Scope& scope) {
    return QByteArray(kAlgorithm) + '\n' + amzDate(scope.time) + '\n' + credentialScope(scope) +
           '\n' + sha256Hex(canonicalRequest);
}

QByteArray SigV4Signer::signingKey(const QString& secret, const Scope& scope) {
    const QByteArray kDate = hmacSha256("AWS4" + secret.toUtf8(), dateStamp(scope.time));
    const QByteArray kRegion = hmacSha256(kDate, scope.region.toUtf8());
    const QByteArray kService = hmacSha256(kRegion, scope.service.toUtf8());
    return hmacSha256(kService, kTerminator);
}

QByteArray SigV4Signer::signature(const QString& secret, const Scope& scope,
                                  const QByteArray& stringToSign) {
    return hmacSha256(signingKey(secret, scope), stringToSign).toHex();
}

HeaderList SigV4Signer::selectHeaders(const HeaderList& headers, const QList<QByteArray>& names) {
    HeaderList out;
    for (const auto& h : headers) {
        const QByteArray lower = h.first.trimmed().toLower();
        if (std::any_of(names.begin(), names.end(),
                        [&](const QByteArray& n) { return n.toLower() == lower; }))
            out.append(h);
    }
    return out;
}

bool SigV4Signer::isUnsignedHeader(const QByteArray& name) {
    const QByteArray n = name.trimmed().toLower();
    return n == "authorization" || n == "user-agent" || n == "expect" || n == "x-amzn-trace-id" ||
           n == "connection" || n == "transfer-encoding" || n == "upgrade" ||
           n.startsWith("proxy-");
}

void SigV4Signer::signHeaders(Message& message, const Credentials& credentials, const Scope& scope,
                              const Options& options, Trace* trace) {
    removeHeaders(message.headers, {"authorization", "x-amz-date", "x-amz-security-token"});
    if (options.addContentSha256Header)
        removeHeaders(message.headers, {"x-amz-content-sha256"});

    const bool hasToken = !credentials.sessionToken.isEmpty();
    if (hasToken && !options.omitSessionToken)
        message.headers.append({"X-Amz-Security-Token", credentials.sessionToken.toUtf8()});
    message.headers.append({"X-Amz-Date", amzDate(scope.time)});
    if (options.addContentSha256Header) {
        const QByteArray hash =
            message.payloadHash.isEmpty() ? sha256Hex(QByteArray()) : message.payloadHash;
        message.headers.append({"x-amz-content-sha256", hash});
    }

    Message toSign = message;
    toSign.headers = headersToSign(message.headers);
    QByteArray signedHeaders;
    const QByteArray canonical = canonicalRequest(toSign, options, &signedHeaders);
    const QByteArray sts = stringToSign(canonical, scope);
    const QByteArray sig = signature(credentials.secretAccessKey, scope, sts);

    if (hasToken && options.omitSessionToken)
        message.headers.append({"X-Amz-Security-Token", credentials.sessionToken.toUtf8()});
    message.headers.append(
        {"Authorization", QByteArray(kAlgorithm) +
                              " Credential=" + credentialValue(credentials, scope) +
                              ", SignedHeaders=" + signedHeaders + ", Signature=" + sig});
    if (trace)
        *trace = Trace{canonical, sts, signedHeaders, sig};
}

void SigV4Signer::presign(Message& message, const Credentials& credentials, const Scope& scope,
                          int expiresSeconds, const Options& options, Trace* trace) {
    static const QStringList kParams = {
        QStringLiteral("X-Amz-Algorithm"), QStringLiteral("X-Amz-Credential"),
        QStringLiteral("X-Amz-Date"),      QStringLiteral("X-Amz-SignedHeaders"),
        QStringLiteral("X-Amz-Expires"),   QStringLiteral("X-Amz-Security-Token"),
        QStringLiteral("X-Amz-Signature"),
    };
    message.query.removeIf(
        [](const QPair<QString, QString>& q) { return kParams.contains(q.first); });

    Message toSign = message;
    toSign.headers = headersToSign(message.headers);
    QByteArray signedHeaders;
    canonicalHeaders(toSign.headers, &signedHeaders);

    const bool hasToken = !credentials.sessionToken.isEmpty();
    message.query.append({kParams[0], QString::fromLatin1(kAlgorithm)});
    message.query.append({kParams[1], QString::fromUtf8(credentialValue(credentials, scope))});
    message.query.append({kParams[2], QString::fromLatin1(amzDate(scope.time))});
    message.query.append({kParams[3], QString::fromLatin1(signedHeaders)});
    message.query.append({kParams[4], QString::number(expiresSeconds)});
    if (hasToken && !options.omitSessionToken)
        message.query.append({kParams[5], credentials.sessionToken});

    toSign.query = message.query;
    const QByteArray canonical = canonicalRequest(toSign, options);
    const QByteArray sts = stringToSign(canonical, scope);
    const QByteArray sig = signature(credentials.secretAccessKey, scope, sts);

    if (hasToken && options.omitSessionToken)
        message.query.append({kParams[5], credentials.sessionToken});
    message.query.append({kParams[6], QString::fromLatin1(sig)});
    if (trace)
        *trace = Trace{canonical, sts, signedHeaders, sig};
}

SigV4Signer::Authorization SigV4Signer::parseAuthorization(const QByteArray& header) {
    Authorization auth;
    const QByteArray h = header.trimmed();
    const QByteArray prefix = QByteArray(kAlgorithm) + ' ';
    if (!h.startsWith(prefix))
        return auth;

    QByteArray credential;
    QByteArray signedHeaders;
    QByteArray sig;
    const QList<QByteArray> parts = h.mid(prefix.size()).split(',');
    for (const QByteArray& rawPart : parts) {
        const QByteArray part = rawPart.trimmed();
        const qsizetype eq = part.indexOf('=');
        if (eq <= 0)
            return auth;
        const QByteArray key = part.left(eq).trimmed();
        const QByteArray value = part.mid(eq + 1).trimmed();
        QByteArray* slot = key == "Credential"      ? &credential
                           : key == "SignedHeaders" ? &signedHeaders
                           : key == "Signature"     ? &sig
                                                    : nullptr;
        if (!slot || !slot->isEmpty())
            return auth; // unknown or repeated component
        *slot = value;
    }

    const QList<QByteArray> scopeParts = credential.split('/');
    if (scopeParts.size() != 5 || scopeParts[4] != kTerminator)
        return auth;
    if (scopeParts[0].isEmpty() || scopeParts[2].isEmpty() || scopeParts[3].isEmpty())
        return auth;
    if (scopeParts[1].size() != 8 || !isDigits(scopeParts[1]))
        return auth;
    if (sig.size() != 64 || !isHex(sig))
        return auth;
    if (signedHeaders.isEmpty())
        return auth;
    const QList<QByteArray> names = signedHeaders.split(';');
    if (std::any_of(names.begin(), names.end(), [](const QByteArray& n) { return n.isEmpty(); }))
        return auth;

    auth.accessKeyId = QString::fromUtf8(scopeParts[0]);
    auth.date = scopeParts[1];
    auth.region = QString::fromUtf8(scopeParts[2]);
    auth.service = QString::fromUtf8(scopeParts[3]);
    auth.signedHeaders = names;
    auth.signature = sig;
    auth.valid = true;
    return auth;
}

} // namespace kinescope
