#pragma once

#include "emulator/http_response.h"

#include <QString>

namespace kinescope::emu {

// The two wire protocols the emulated services use for errors.
enum class Protocol {
    RestJson, // x-amzn-ErrorType header + JSON body (KVS, SSO)
    Query,    // XML <ErrorResponse> (STS)
};

// An AWS error as the service would send it.
struct ServiceError {
    int status = 400;
    QString type; // "ResourceNotFoundException", "SignatureDoesNotMatch"
    QString message;
    bool senderFault = true; // Query protocol <Type>Sender|Receiver</Type>
    // RestJson details, as the real services send them:
    QString typeSuffix; // appended to x-amzn-ErrorType after ':' (a Coral namespace URL)
    bool capitalMessageKey = false; // {"Message": ...} (KVS modelled errors) vs {"message": ...}

    static ServiceError make(int status, QString type, QString message) {
        ServiceError e;
        e.status = status;
        e.type = std::move(type);
        e.message = std::move(message);
        return e;
    }
};

// Namespaces real AWS front ends put after the error type in x-amzn-ErrorType.
inline constexpr const char* kKvsErrorNamespace =
    "http://internal.amazon.com/coral/com.amazonaws.kinesis.video/";
inline constexpr const char* kCoralErrorNamespace =
    "http://internal.amazon.com/coral/com.amazon.coral.service/";

// KVS modelled exception (InvalidArgumentException, ResourceNotFoundException, ...).
ServiceError kvsError(int status, const QString& type, const QString& message);

HttpResponse renderError(Protocol protocol, const ServiceError& error, const QByteArray& requestId);

// XML text escaping for element content.
QByteArray xmlEscape(const QString& text);

} // namespace kinescope::emu
