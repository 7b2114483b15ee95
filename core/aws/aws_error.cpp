#include "core/aws/aws_error.h"

#include <QCoreApplication>

namespace kinescope {

namespace {

QString tr(const char* text) {
    return QCoreApplication::translate("kinescope::AwsError", text);
}

QString withDetail(const QString& sentence, const AwsError& e) {
    if (e.message.isEmpty())
        return sentence;
    return sentence + QLatin1Char(' ') +
           QCoreApplication::translate("kinescope::AwsError", "AWS said: %1").arg(e.message);
}

} // namespace

QString AwsError::toString() const {
    QString head = type.isEmpty() ? QStringLiteral("Error") : type;
    QStringList details;
    if (httpStatus > 0)
        details << QStringLiteral("HTTP %1").arg(httpStatus);
    if (!requestId.isEmpty())
        details << QStringLiteral("request id %1").arg(requestId);
    if (!details.isEmpty())
        head += QStringLiteral(" (%1)").arg(details.join(QStringLiteral(", ")));
    if (!message.isEmpty())
        head += QStringLiteral(": ") + message;
    return head;
}

QString AwsError::userMessage() const {
    switch (kind) {
    case Kind::Network:
        return withDetail(tr("Could not reach AWS. Check the network connection, the proxy "
                             "settings and the endpoint URL."),
                          *this);
    case Kind::Timeout:
        return tr("AWS did not answer in time. Try again; if it keeps happening, check the "
                  "network or choose a shorter time range.");
    case Kind::Canceled:
        return tr("Canceled.");
    case Kind::Credentials:
        return message.isEmpty() ? tr("No usable AWS credentials were found.") : message;
    case Kind::Config:
    case Kind::Usage:
    case Kind::Io:
        return message;
    case Kind::Parse:
        return withDetail(tr("AWS sent a response Kinescope could not read."), *this);
    case Kind::Service:
        break;
    }

    if (throttling)
        return withDetail(tr("AWS is throttling requests (%1). Kinescope retried with backoff; "
                             "wait a moment and try again, or fetch a shorter range.")
                              .arg(type),
                          *this);
    if (clockSkew)
        return withDetail(tr("This computer's clock differs too much from AWS's. Correct the "
                             "system time and try again."),
                          *this);
    if (type == QLatin1String("ResourceNotFoundException"))
        return withDetail(tr("The stream or resource does not exist in this account and "
                             "region. Check the name and the selected region."),
                          *this);
    if (type == QLatin1String("NotAuthorizedException") ||
        type == QLatin1String("AccessDeniedException") || type == QLatin1String("AccessDenied") ||
        type == QLatin1String("UnauthorizedException"))
        return withDetail(tr("The credentials in use are not allowed to do this. Ask for the "
                             "IAM permission, or pick another profile."),
                          *this);
    if (type == QLatin1String("UnrecognizedClientException") ||
        type == QLatin1String("InvalidClientTokenId") ||
        type == QLatin1String("InvalidSignatureException") ||
        type == QLatin1String("SignatureDoesNotMatch") ||
        type == QLatin1String("IncompleteSignature") ||
        type == QLatin1String("MissingAuthenticationTokenException"))
        return withDetail(tr("AWS rejected the credentials. Check the access key and secret "
                             "of the profile, or sign in again."),
                          *this);
    if (type == QLatin1String("ExpiredToken") || type == QLatin1String("ExpiredTokenException"))
        return withDetail(tr("The session credentials have expired. Sign in again (for SSO "
                             "profiles: aws sso login) and retry."),
                          *this);
    if (type == QLatin1String("InvalidArgumentException") ||
        type == QLatin1String("ValidationException") ||
        type == QLatin1String("InvalidParameterValue"))
        return withDetail(tr("AWS rejected a parameter of the request."), *this);
    if (type == QLatin1String("NoDataRetentionException"))
        return withDetail(tr("The stream does not retain data, so there is no archived media "
                             "to show. Enable data retention on the stream."),
                          *this);
    if (httpStatus >= 500)
        return withDetail(
            tr("AWS had an internal problem (HTTP %1). Try again in a moment.").arg(httpStatus),
            *this);
    return withDetail(tr("The request failed with %1.")
                          .arg(type.isEmpty() ? tr("HTTP %1").arg(httpStatus) : type),
                      *this);
}

} // namespace kinescope
