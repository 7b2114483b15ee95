#include "emulator/aws_errors.h"

#include <QJsonObject>

namespace kinescope::emu {

ServiceError kvsError(int status, const QString& type, const QString& message) {
    ServiceError e = ServiceError::make(status, type, message);
    e.typeSuffix = QString::fromLatin1(kKvsErrorNamespace);
    e.capitalMessageKey = true;
    return e;
}

QByteArray xmlEscape(const QString& text) {
    return text.toHtmlEscaped().toUtf8();
}

HttpResponse renderError(Protocol protocol, const ServiceError& error,
                         const QByteArray& requestId) {
    if (protocol == Protocol::Query) {
        const QByteArray xml =
            "<ErrorResponse xmlns=\"https://sts.amazonaws.com/doc/2011-06-15/\">\n"
            "  <Error>\n"
            "    <Type>" +
            QByteArray(error.senderFault ? "Sender" : "Receiver") +
            "</Type>\n"
            "    <Code>" +
            xmlEscape(error.type) +
            "</Code>\n"
            "    <Message>" +
            xmlEscape(error.message) +
            "</Message>\n"
            "  </Error>\n"
            "  <RequestId>" +
            requestId +
            "</RequestId>\n"
            "</ErrorResponse>\n";
        HttpResponse r = HttpResponse::xml(error.status, xml);
        r.setHeader("x-amzn-RequestId", requestId);
        return r;
    }
    QJsonObject body;
    body.insert(error.capitalMessageKey ? QStringLiteral("Message") : QStringLiteral("message"),
                error.message);
    HttpResponse r = HttpResponse::json(error.status, body);
    QString type = error.type;
    if (!error.typeSuffix.isEmpty())
        type += QLatin1Char(':') + error.typeSuffix;
    r.setHeader("x-amzn-ErrorType", type.toUtf8());
    r.setHeader("x-amzn-RequestId", requestId);
    return r;
}

} // namespace kinescope::emu
