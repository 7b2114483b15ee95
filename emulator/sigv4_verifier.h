#pragma once

#include "emulator/credential_store.h"
#include "emulator/http_request.h"

#include <QString>

namespace kinescope::emu {

// Why a request was not authenticated; the service turns it into its protocol's error.
struct AuthFailure {
    enum class Kind {
        None,
        MissingToken,     // no Authorization header and no presigned query
        Incomplete,       // malformed Authorization / missing X-Amz-Date
        UnknownKey,       // access key (or its session token) not known
        ExpiredToken,     // temporary credentials past their expiration
        BadSignature,     // signature, scope or payload hash mismatch
        SignatureExpired, // request time too far from the server's clock
    };
    Kind kind = Kind::None;
    QString message;
};

// Verifies AWS Signature Version 4 on incoming requests: Authorization header or presigned
// query, with the canonicalisation rules of kinescope::SigV4Signer (the same rules AWS
// documents; the awscli tests prove them against an independent implementation).
class SigV4Verifier {
public:
    SigV4Verifier(const CredentialStore* store, const QString& region, int maxSkewSeconds);

    // signingName: the service name the credential scope must carry ("kinesisvideo", "sts").
    // On success fills *principal (a copy).
    AuthFailure verify(const HttpRequest& request, const QString& signingName, qint64 serverNowMs,
                       Principal* principal) const;

private:
    const CredentialStore* m_store;
    QString m_region;
    int m_maxSkewSeconds;
};

} // namespace kinescope::emu
