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
        QString path;       // decoded, e.g. "/listFragments" or "/example space/"
        QueryItems query;   // decoded names and values
        HeaderList headers; // must include Host
        // Lowercase hex SHA-256 of the body, or "UNSIGNED-PAYLOAD". Empty = empty body.
        QByteArray payloadHash;
    };

    struct Scope {
        QString region;
        QString service;
        QDateTime time; // UTC
    };

    // Path handling. The path in Message is decoded; the path that goes on the wire is
    // encodedPath(path) (every byte outside A-Z a-z 0-9 - . _ ~ and '/' percent-encoded).
    //  normalizePath:    before encoding, remove "." and ".." segments and collapse runs of
    //                    '/' (a trailing '/' is kept, an empty path becomes "/"), as botocore's
    //                    SigV4Auth does. false = the path is used exactly as given.
    //  doubleEncodePath: true  = canonical URI is the wire path encoded once more, so a space
    //                            becomes %2520 (AWS rule for every service but S3);
    //                    false = canonical URI is the wire path itself, so a space is %20 (S3).
    // AWS's test suite (tests/data/sigv4) gives raw, unencoded request paths and expects them
    // encoded once: in this decoded-path model that is doubleEncodePath = false.
    struct Options {
        bool normalizePath = true;    // false for S3-like services (MediaStore data plane)
        bool doubleEncodePath = true; // re-encode path segments (all services but S3-like ones)
        bool addContentSha256Header = false; // x-amz-content-sha256 (MediaStore data, S3-like)
        // Add X-Amz-Security-Token after signing, outside the signature (aws-c-auth's
        // omit_session_token; a few services want that). Default: the token is signed.
        bool omitSessionToken = false;
    };

    // Intermediate results of one signing, for tests and signature-mismatch diagnostics.
    // The canonical request contains the session token: never log it.
    struct Trace {
        QByteArray canonicalRequest;
        QByteArray stringToSign;
        QByteArray signedHeaders; // "host;x-amz-date"
        QByteArray signature;
    };

    static QByteArray sha256Hex(const QByteArray& data);
    static QByteArray hmacSha256(const QByteArray& key, const QByteArray& data);
    static QByteArray amzDate(const QDateTime& utc);   // 20150830T123600Z
    static QByteArray dateStamp(const QDateTime& utc); // 20150830
    static QByteArray uriEncode(const QByteArray& bytes, bool encodeSlash);
    // Parses "20150830T123600Z"; invalid QDateTime when malformed.
    static QDateTime parseAmzDate(const QByteArray& amzDate);

    // The path as it must be sent: uriEncode(path, false). Put it into a QUrl with
    // QUrl::setPath(QString::fromLatin1(encodedPath(p)), QUrl::TolerantMode).
    static QByteArray encodedPath(const QString& path);
    // normalizePath step alone (on the decoded path).
    static QString normalizedPath(const QString& path);

    static QByteArray canonicalUri(const QString& path, const Options& options);
    static QByteArray canonicalQuery(const QueryItems& query);
    // Lowercase names, values trimmed and inner whitespace (including the line breaks of
    // folded multi-line values) folded to one space, duplicates joined by ',' in the order
    // given. Every header given is included: choose them before (see selectHeaders).
    static QByteArray canonicalHeaders(const HeaderList& headers, QByteArray* signedHeadersOut);
    static QByteArray canonicalRequest(const Message& message, const Options& options,
                                       QByteArray* signedHeadersOut = nullptr);
    static QByteArray credentialScope(const Scope& scope);
    static QByteArray stringToSign(const QByteArray& canonicalRequest, const Scope& scope);
    static QByteArray signingKey(const QString& secret, const Scope& scope);
    static QByteArray signature(const QString& secret, const Scope& scope,
                                const QByteArray& stringToSign);

    // The headers of `headers` whose lowercase names are in `names` (server side: the
    // SignedHeaders of an Authorization header), in their original order.
    static HeaderList selectHeaders(const HeaderList& headers, const QList<QByteArray>& names);
    // True for headers the signer leaves out because proxies and transports may change
    // them: authorization, user-agent, expect, x-amzn-trace-id, connection,
    // transfer-encoding, upgrade, proxy-*.
    static bool isUnsignedHeader(const QByteArray& name);

    // Header signing: adds X-Amz-Date, X-Amz-Security-Token (when the credentials have a
    // session token), x-amz-content-sha256 (when asked) and Authorization to message.headers.
    // Signs every other header of the message except isUnsignedHeader() ones. Signing again
    // (a retry) replaces the previous signing headers instead of adding a second set.
    static void signHeaders(Message& message, const Credentials& credentials, const Scope& scope,
                            const Options& options, Trace* trace = nullptr);

    // Presigned (query) signing: adds X-Amz-Algorithm, X-Amz-Credential, X-Amz-Date,
    // X-Amz-SignedHeaders, X-Amz-Expires, X-Amz-Security-Token and X-Amz-Signature to
    // message.query (replacing earlier ones). Signs the message's headers (at least Host) the
    // same way as signHeaders; payloadHash is used as given (presigned URLs usually want
    // "UNSIGNED-PAYLOAD"). addContentSha256Header is ignored.
    static void presign(Message& message, const Credentials& credentials, const Scope& scope,
                        int expiresSeconds, const Options& options, Trace* trace = nullptr);

    // Parsed Authorization header, for servers (the emulator) that verify signatures:
    // "AWS4-HMAC-SHA256 Credential=AKID/20150830/us-east-1/service/aws4_request,
    //  SignedHeaders=host;x-amz-date, Signature=<64 hex>". valid is false (and the other
    // fields unspecified) when the header is not in that form.
    struct Authorization {
        QString accessKeyId;
        QByteArray date; // yyyymmdd
        QString region;
        QString service;
        QList<QByteArray> signedHeaders;
        QByteArray signature;
        bool valid = false;
    };
    static Authorization parseAuthorization(const QByteArray& header);
};

} // namespace kinescope
