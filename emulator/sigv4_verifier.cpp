#include "emulator/sigv4_verifier.h"

#include "core/aws/sigv4_signer.h"

#include <QDateTime>
#include <QLocale>

namespace kinescope::emu {

namespace {

using Kind = AuthFailure::Kind;

AuthFailure failure(Kind kind, QString message) {
    return {kind, std::move(message)};
}

bool constantTimeEquals(const QByteArray& a, const QByteArray& b) {
    if (a.size() != b.size())
        return false;
    unsigned char diff = 0;
    for (qsizetype i = 0; i < a.size(); ++i)
        diff |= static_cast<unsigned char>(a.at(i) ^ b.at(i));
    return diff == 0;
}

QString amz(const QDateTime& t) {
    return QString::fromLatin1(SigV4Signer::amzDate(t));
}

} // namespace

SigV4Verifier::SigV4Verifier(const CredentialStore* store, const QString& region,
                             int maxSkewSeconds)
    : m_store(store)
    , m_region(region)
    , m_maxSkewSeconds(maxSkewSeconds) {
}

AuthFailure SigV4Verifier::verify(const HttpRequest& request, const QString& signingName,
                                  qint64 serverNowMs, Principal* principal) const {
    SigV4Signer::Authorization auth;
    QByteArray amzDateText;
    QByteArray securityToken;
    QueryItems signedQuery = request.query;
    bool presigned = false;
    qint64 expiresSeconds = 0;

    const QByteArray authorization = request.header("Authorization");
    if (!authorization.isEmpty()) {
        if (!authorization.startsWith("AWS4-HMAC-SHA256 "))
            return failure(
                Kind::Incomplete,
                QStringLiteral("Authorization header requires existence of either a "
                               "'X-Amz-Date' or a 'Date' header. Authorization=%1")
                    .arg(QString::fromLatin1(authorization.left(authorization.indexOf(' ')))));
        auth = SigV4Signer::parseAuthorization(authorization);
        if (!auth.valid)
            return failure(Kind::Incomplete,
                           QStringLiteral("Authorization header requires 'Credential', "
                                          "'Signature' and 'SignedHeaders' parameters."));
        amzDateText = request.header("X-Amz-Date");
        securityToken = request.header("X-Amz-Security-Token");
        if (!auth.signedHeaders.contains("host"))
            return failure(Kind::BadSignature,
                           QStringLiteral("'Host' or ':authority' must be a 'SignedHeader' in the "
                                          "AWS Authorization."));
    } else if (request.hasQueryItem(QStringLiteral("X-Amz-Algorithm"))) {
        presigned = true;
        if (request.queryValue(QStringLiteral("X-Amz-Algorithm")) !=
            QLatin1String("AWS4-HMAC-SHA256"))
            return failure(Kind::Incomplete,
                           QStringLiteral("X-Amz-Algorithm only supports \"AWS4-HMAC-SHA256\""));
        const QStringList cred =
            request.queryValue(QStringLiteral("X-Amz-Credential")).split(QLatin1Char('/'));
        const QString signature = request.queryValue(QStringLiteral("X-Amz-Signature"));
        const QString headers = request.queryValue(QStringLiteral("X-Amz-SignedHeaders"));
        bool expiresOk = false;
        expiresSeconds = request.queryValue(QStringLiteral("X-Amz-Expires")).toLongLong(&expiresOk);
        if (cred.size() != 5 || cred.at(4) != QLatin1String("aws4_request") ||
            signature.isEmpty() || headers.isEmpty() || !expiresOk || expiresSeconds < 1 ||
            expiresSeconds > 604800)
            return failure(
                Kind::Incomplete,
                QStringLiteral("AWS query-string parameters must include "
                               "'X-Amz-Algorithm', 'X-Amz-Credential', 'X-Amz-Signature', "
                               "'X-Amz-Date', 'X-Amz-SignedHeaders' and a valid 'X-Amz-Expires'."));
        auth.accessKeyId = cred.at(0);
        auth.date = cred.at(1).toLatin1();
        auth.region = cred.at(2);
        auth.service = cred.at(3);
        for (const QString& h : headers.split(QLatin1Char(';')))
            auth.signedHeaders.append(h.toLatin1());
        auth.signature = signature.toLatin1();
        auth.valid = true;
        amzDateText = request.queryValue(QStringLiteral("X-Amz-Date")).toLatin1();
        securityToken = request.queryValue(QStringLiteral("X-Amz-Security-Token")).toUtf8();
        signedQuery.removeIf(
            [](const auto& item) { return item.first == QLatin1String("X-Amz-Signature"); });
    } else {
        return failure(Kind::MissingToken, QStringLiteral("Missing Authentication Token"));
    }

    QDateTime requestTime = SigV4Signer::parseAmzDate(amzDateText);
    if (amzDateText.isEmpty() && !presigned) {
        // SigV4 accepts the HTTP Date header when X-Amz-Date is absent.
        requestTime = QLocale::c().toDateTime(QString::fromLatin1(request.header("Date")),
                                              QStringLiteral("ddd, dd MMM yyyy hh:mm:ss 'GMT'"));
        requestTime.setTimeSpec(Qt::UTC);
        if (requestTime.isValid())
            amzDateText = SigV4Signer::amzDate(requestTime);
    }
    if (!requestTime.isValid())
        return failure(Kind::Incomplete,
                       QStringLiteral("Authorization header requires existence of either a "
                                      "'X-Amz-Date' or a 'Date' header."));

    // The key, and for temporary credentials the session token that came with it.
    const Principal* found = m_store->find(auth.accessKeyId);
    if (!found)
        return failure(Kind::UnknownKey,
                       QStringLiteral("The security token included in the request is invalid."));
    const Principal who = *found;
    if (who.isTemporary()) {
        if (QString::fromUtf8(securityToken) != who.sessionToken)
            return failure(
                Kind::UnknownKey,
                QStringLiteral("The security token included in the request is invalid."));
        if (who.expiresMs != 0 && serverNowMs >= who.expiresMs)
            return failure(Kind::ExpiredToken,
                           QStringLiteral("The security token included in the request is expired"));
    } else if (!securityToken.isEmpty()) {
        return failure(Kind::UnknownKey,
                       QStringLiteral("The security token included in the request is invalid."));
    }

    const QByteArray dateStamp = SigV4Signer::dateStamp(requestTime);
    if (auth.date != dateStamp)
        return failure(
            Kind::BadSignature,
            QStringLiteral("Date in Credential scope does not match YYYYMMDD from "
                           "ISO-8601 version of date from HTTP: '%1' != '%2', from '%3'.")
                .arg(QString::fromLatin1(auth.date), QString::fromLatin1(dateStamp),
                     QString::fromLatin1(amzDateText)));
    if (auth.region != m_region)
        return failure(Kind::BadSignature,
                       QStringLiteral("Credential should be scoped to a valid region. "));
    if (auth.service != signingName)
        return failure(Kind::BadSignature,
                       QStringLiteral("Credential should be scoped to correct service: '%1'. ")
                           .arg(signingName));

    const QDateTime now = QDateTime::fromMSecsSinceEpoch(serverNowMs, Qt::UTC);
    if (presigned) {
        if (serverNowMs > requestTime.toMSecsSinceEpoch() + expiresSeconds * 1000)
            return failure(Kind::SignatureExpired, QStringLiteral("Request has expired"));
    } else {
        const qint64 skewMs = serverNowMs - requestTime.toMSecsSinceEpoch();
        if (skewMs > qint64(m_maxSkewSeconds) * 1000)
            return failure(
                Kind::SignatureExpired,
                QStringLiteral("Signature expired: %1 is now earlier than %2 (%3 - %4 min.)")
                    .arg(amz(requestTime), amz(now.addSecs(-m_maxSkewSeconds)), amz(now))
                    .arg(m_maxSkewSeconds / 60));
        if (-skewMs > qint64(m_maxSkewSeconds) * 1000)
            return failure(
                Kind::SignatureExpired,
                QStringLiteral(
                    "Signature not yet current: %1 is still later than %2 (%3 + %4 min.)")
                    .arg(amz(requestTime), amz(now.addSecs(m_maxSkewSeconds)), amz(now))
                    .arg(m_maxSkewSeconds / 60));
    }

    // Payload hash: x-amz-content-sha256 when the client sent one, else the body's.
    const QByteArray bodyHash = SigV4Signer::sha256Hex(request.body);
    QByteArray payloadHash = presigned ? QByteArray("UNSIGNED-PAYLOAD") : bodyHash;
    const QByteArray declared = request.header("x-amz-content-sha256");
    if (!presigned && !declared.isEmpty()) {
        if (declared != "UNSIGNED-PAYLOAD" && declared != bodyHash)
            return failure(
                Kind::BadSignature,
                QStringLiteral("The provided 'x-amz-content-sha256' header does not match "
                               "what was computed."));
        payloadHash = declared;
    }

    SigV4Signer::Message message;
    message.method = request.method;
    message.path = request.path;
    message.query = signedQuery;
    message.headers = SigV4Signer::selectHeaders(request.headers, auth.signedHeaders);
    message.payloadHash = payloadHash;
    for (const QByteArray& name : std::as_const(auth.signedHeaders)) {
        if (!request.hasHeader(name))
            return failure(Kind::BadSignature,
                           QStringLiteral("The request signature we calculated does not match the "
                                          "signature you provided. Signed header '%1' is missing "
                                          "from the request.")
                               .arg(QString::fromLatin1(name)));
    }
    SigV4Signer::Options options; // normalised, double-encoded path: every non-S3 service
    const QByteArray canonical = SigV4Signer::canonicalRequest(message, options);
    const SigV4Signer::Scope scope{auth.region, auth.service, requestTime};
    const QByteArray stringToSign = SigV4Signer::stringToSign(canonical, scope);
    const QByteArray expected = SigV4Signer::signature(who.secretAccessKey, scope, stringToSign);
    if (!constantTimeEquals(expected, auth.signature.toLower())) {
        QString text = QStringLiteral(
            "The request signature we calculated does not match the signature you provided. "
            "Check your AWS Secret Access Key and signing method. Consult the service "
            "documentation for details.");
        // AWS echoes the canonical request; not when it contains a session token.
        if (securityToken.isEmpty())
            text += QStringLiteral(
                        "\n\nThe Canonical String for this request should have been\n'%1'\n\n"
                        "The String-to-Sign should have been\n'%2'\n")
                        .arg(QString::fromUtf8(canonical), QString::fromUtf8(stringToSign));
        return failure(Kind::BadSignature, text);
    }
    *principal = who;
    return {};
}

} // namespace kinescope::emu
