#pragma once

#include "core/aws/credentials.h"
#include "core/util/result.h"

#include <functional>
#include <memory>

namespace kinescope {

// Source of credentials for the pipeline. resolve() may complete synchronously or later
// (credential_process, STS, SSO); implementations cache until five minutes before expiry and
// share one refresh between concurrent callers.
class CredentialProvider {
public:
    using Callback = std::function<void(const Result<Credentials>&)>;

    virtual ~CredentialProvider() = default;
    virtual void resolve(Callback done) = 0;
    // Drop cached credentials so the next resolve() fetches fresh ones.
    virtual void invalidate() {}
    // e.g. "environment variables", "profile dev (assume role arn:aws:iam::1:role/x)"
    virtual QString describe() const = 0;
};

using CredentialProviderPtr = std::shared_ptr<CredentialProvider>;

// Fixed credentials (tests, demo profile, keys from the keychain once loaded).
class StaticCredentialProvider final : public CredentialProvider {
public:
    explicit StaticCredentialProvider(Credentials credentials)
        : m_credentials(std::move(credentials)) {}
    void resolve(Callback done) override { done(m_credentials); }
    QString describe() const override { return m_credentials.source; }

private:
    Credentials m_credentials;
};

} // namespace kinescope
