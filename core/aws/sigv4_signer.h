#pragma once

#include "core/aws/aws_request.h"
#include "core/aws/credentials.h"

#include <QDateTime>

namespace kinescope {

// AWS Signature Version 4, as specified in the AWS General Reference and checked
// against AWS's public test suite (tests/data/sigv4). Pure functions, no I/O.
class SigV4Signer {
public:
    // What gets signed: the request as it will appear on the wire, with decoded path and query.
    struct Message {
        QByteArray method;
        QString path;         // decoded, e.g. "/listFragments" or "/example space/"
        QueryItems query;     // decoded names and values
        HeaderList headers;   // must include Host
        QByteArray payloadHash; // lowercase hex SHA-256 of the body, or "UNSIGNED-PAYLOAD"
    };

    struct Scope {
        QString region;
        QString service;
        QDateTime time; // UTC
    };

    struct Options {
        bool normalizePath = true;  // false for S3-like services (MediaStore data plane)
        bool doubleEncodePath = true; // re-encode path segments (all services but S3-like ones)
        bool addContentSha256Header = false; // x-amz-content-sha256 (MediaStore data, S3-like)
    };

    static QByteArray sha256Hex(const QByteArray& data);
    static QByteArray hmacSha256(const QByteArray& key, const QByteArray& data);
    static QByteArray amzDate(const QDateTime& utc);       // 20150830T123600Z
    static QByteArray dateStamp(const QDateTime& utc);     // 20150830
    static QByteArray uriEncode(const QByteArray& bytes, bool encodeSlash);

    static QByteArray canonicalUri(const QString& path, const Options& options);
    static QByteArray canonicalQuery(const QueryItems& query);
    // Lowercase names, values trimmed and inner whitespace folded, duplicates joined by ','.
    static QByteArray canonicalHeaders(const HeaderList& headers, QByteArray* signedHeadersOut);
    static QByteArray canonicalRequest(const Message& message, const Options& options,
                                       QByteArray* signedHeadersOut = nullptr);
    static QByteArray credentialScope(const Scope& scope);
    static QByteArray stringToSign(const QByteArray& canonicalRequest, const Scope& scope);
    static QByteArray signingKey(const QString& secret, const Scope& scope);
    static QByteArray signature(const QString& secret, const Scope& scope,
                                const QByteArray& stringToSign);

    // Header signing: adds X-Amz-Date, X-Amz-Security-Token (when the credentials have a
    // session token), x-amz-content-sha256 (when asked) and Authorization to message.headers.
    static void signHeaders(Message& message, const Credentials& credentials, const Scope& scope,
                            const Options& options);

    // Presigned (query) signing: adds X-Amz-Algorithm, X-Amz-Credential, X-Amz-Date,
    // X-Amz-Expires, X-Amz-SignedHeaders, X-Amz-Security-Token and X-Amz-Signature to
    // message.query. Only the Host header is signed unless message has others.
    static void presign(Message& message, const Credentials& credentials, const Scope& scope,
                        int expiresSeconds, const Options& options);

    // Parsed Authorization header, for servers (the emulator) that verify signatures.
    struct Authorization {
        QString accessKeyId;
        QByteArray date;     // yyyymmdd
        QString region;
        QString service;
        QList<QByteArray> signedHeaders;
        QByteArray signature;
        bool valid = false;
    };
    static Authorization parseAuthorization(const QByteArray& header);
};

} // namespace kinescope
