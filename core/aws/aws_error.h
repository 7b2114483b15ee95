#pragma once

#include <QString>

namespace kinescope {

// Everything that can go wrong on the way to and from AWS, as a value.
// Service errors carry what AWS said (type, message, HTTP status, request id);
// the other kinds are raised on this side of the wire.
struct AwsError {
    enum class Kind {
        Service,     // AWS (or the emulator) answered with an error document
        Network,     // connection refused, DNS, TLS, reset
        Timeout,     // no answer in time
        Canceled,    // the user or the program canceled
        Credentials, // no usable credentials (profile missing, expired SSO token, ...)
        Config,      // bad profile, region or endpoint configuration
        Parse,       // a response we could not read
        Io,          // local file errors (disk full, permissions)
        Usage,       // bad arguments from the caller
    };

    Kind kind = Kind::Service;
    QString type;    // AWS error code, e.g. "ResourceNotFoundException"
    QString message; // as given by AWS or by us
    int httpStatus = 0;
    QString requestId; // x-amzn-RequestId / x-amz-request-id / RequestId element
    bool retryable = false;
    bool throttling = false;
    bool clockSkew = false;

    static AwsError make(Kind kind, QString type, QString message) {
        AwsError e;
        e.kind = kind;
        e.type = std::move(type);
        e.message = std::move(message);
        return e;
    }

    // One line for logs and stderr: "ResourceNotFoundException (HTTP 404, request id abc): msg"
    QString toString() const;
    // A sentence telling a person what happened and what to do about it.
    QString userMessage() const;
};

} // namespace kinescope
