#include "core/aws/error_parser.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>
#include <QXmlStreamReader>

namespace kinescope {

namespace {

QByteArray headerValue(const HeaderList& headers, const char* name) {
    for (const auto& [k, v] : headers)
        if (k.compare(name, Qt::CaseInsensitive) == 0)
            return v;
    return {};
}

// "ResourceNotFoundException:http://internal.amazon.com/coral/..." → "ResourceNotFoundException"
// "com.amazonaws.kinesisvideo#ResourceNotFoundException" → "ResourceNotFoundException"
QString cleanType(QString type) {
    type = type.trimmed();
    const int colon = type.indexOf(QLatin1Char(':'));
    if (colon >= 0)
        type.truncate(colon);
    const int hash = type.lastIndexOf(QLatin1Char('#'));
    if (hash >= 0)
        type = type.mid(hash + 1);
    return type;
}

void parseJsonBody(const QByteArray& body, AwsError& error) {
    const QJsonDocument doc = QJsonDocument::fromJson(body);
    if (!doc.isObject())
        return;
    const QJsonObject o = doc.object();
    if (error.type.isEmpty()) {
        for (const char* key : {"__type", "code", "Code"}) {
            const QString t = o.value(QLatin1String(key)).toString();
            if (!t.isEmpty()) {
                error.type = cleanType(t);
                break;
            }
        }
    }
    for (const char* key : {"message", "Message", "errorMessage"}) {
        const QString m = o.value(QLatin1String(key)).toString();
        if (!m.isEmpty()) {
            error.message = m;
            break;
        }
    }
}

void parseXmlBody(const QByteArray& body, AwsError& error) {
    QXmlStreamReader xml(body);
    QString current;
    while (!xml.atEnd()) {
        const auto token = xml.readNext();
        if (token == QXmlStreamReader::StartElement) {
            current = xml.name().toString();
        } else if (token == QXmlStreamReader::Characters && !xml.isWhitespace()) {
            const QString text = xml.text().toString().trimmed();
            if (current == QLatin1String("Code") && error.type.isEmpty())
                error.type = cleanType(text);
            else if (current == QLatin1String("Message") && error.message.isEmpty())
                error.message = text;
            else if ((current == QLatin1String("RequestId") ||
                      current == QLatin1String("RequestID")) &&
                     error.requestId.isEmpty())
                error.requestId = text;
        } else if (token == QXmlStreamReader::EndElement) {
            current.clear();
        }
    }
}

QString defaultTypeForStatus(int status) {
    switch (status) {
    case 400:
        return QStringLiteral("BadRequest");
    case 401:
        return QStringLiteral("Unauthorized");
    case 403:
        return QStringLiteral("Forbidden");
    case 404:
        return QStringLiteral("NotFound");
    case 413:
        return QStringLiteral("RequestEntityTooLarge");
    case 429:
        return QStringLiteral("TooManyRequests");
    case 500:
        return QStringLiteral("InternalFailure");
    case 502:
        return QStringLiteral("BadGateway");
    case 503:
        return QStringLiteral("ServiceUnavailable");
    case 504:
        return QStringLiteral("GatewayTimeout");
    default:
        return QStringLiteral("HTTP%1").arg(status);
    }
}

} // namespace

QString requestIdFromHeaders(const HeaderList& headers) {
    for (const char* name : {"x-amzn-RequestId", "x-amz-request-id", "x-amz-id-2"}) {
        const QByteArray v = headerValue(headers, name);
        if (!v.isEmpty())
            return QString::fromLatin1(v);
    }
    return {};
}

AwsError parseErrorResponse(int httpStatus, const HeaderList& headers, const QByteArray& body) {
    AwsError error;
    error.kind = AwsError::Kind::Service;
    error.httpStatus = httpStatus;
    error.requestId = requestIdFromHeaders(headers);

    for (const char* name : {"x-amzn-ErrorType", "x-amz-ErrorType"}) {
        const QByteArray v = headerValue(headers, name);
        if (!v.isEmpty()) {
            error.type = cleanType(QString::fromUtf8(v));
            break;
        }
    }

    const QByteArray trimmed = body.trimmed();
    if (trimmed.startsWith('{'))
        parseJsonBody(trimmed, error);
    else if (trimmed.startsWith('<'))
        parseXmlBody(trimmed, error);

    if (error.type.isEmpty())
        error.type = defaultTypeForStatus(httpStatus);
    if (error.message.isEmpty()) {
        const QByteArray msg = headerValue(headers, "x-amzn-ErrorMessage");
        if (!msg.isEmpty())
            error.message = QString::fromUtf8(msg);
    }
    classifyError(error);
    return error;
}

void classifyError(AwsError& error) {
    // The throttling codes of the AWS SDKs' standard retry mode, plus Kinesis Video's
    // ClientLimitExceededException (HTTP 400), which botocore does not treat as throttling.
    static const QSet<QString> throttlingCodes = {
        QStringLiteral("Throttling"),
        QStringLiteral("ThrottlingException"),
        QStringLiteral("ThrottledException"),
        QStringLiteral("RequestThrottledException"),
        QStringLiteral("TooManyRequestsException"),
        QStringLiteral("ProvisionedThroughputExceededException"),
        QStringLiteral("TransactionInProgressException"),
        QStringLiteral("RequestLimitExceeded"),
        QStringLiteral("BandwidthLimitExceeded"),
        QStringLiteral("LimitExceededException"),
        QStringLiteral("RequestThrottled"),
        QStringLiteral("SlowDown"),
        QStringLiteral("PriorRequestNotComplete"),
        QStringLiteral("EC2ThrottledException"),
        QStringLiteral("ClientLimitExceededException"),
    };
    static const QSet<QString> transientCodes = {
        QStringLiteral("RequestTimeout"),      QStringLiteral("RequestTimeoutException"),
        QStringLiteral("InternalError"),       QStringLiteral("InternalFailure"),
        QStringLiteral("InternalServerError"), QStringLiteral("ServiceUnavailable"),
    };
    static const QSet<QString> skewCodes = {
        QStringLiteral("RequestTimeTooSkewed"),  QStringLiteral("RequestExpired"),
        QStringLiteral("RequestInTheFuture"),    QStringLiteral("InvalidSignatureException"),
        QStringLiteral("SignatureDoesNotMatch"), QStringLiteral("AuthFailure"),
    };

    error.throttling = throttlingCodes.contains(error.type) || error.httpStatus == 429;
    error.retryable = error.throttling || transientCodes.contains(error.type) ||
                      error.httpStatus == 500 || error.httpStatus == 502 ||
                      error.httpStatus == 503 || error.httpStatus == 504;
    // Only a candidate: the client decides from the server's Date whether the clock is off.
    error.clockSkew = skewCodes.contains(error.type);
}

} // namespace kinescope
