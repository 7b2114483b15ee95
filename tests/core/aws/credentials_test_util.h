#pragma once

#include "core/aws/credential_provider.h"

#include <QTest>

#include <memory>
#include <optional>

namespace kinescope::test {

// Runs provider.resolve() and the event loop until it answers (or timeoutMs passes: then an
// error of kind Timeout is returned).
inline Result<Credentials> resolveAndWait(CredentialProvider& provider, int timeoutMs = 15000) {
    auto out = std::make_shared<std::optional<Result<Credentials>>>();
    provider.resolve([out](const Result<Credentials>& r) { *out = r; });
    if (!QTest::qWaitFor([&]() { return out->has_value(); }, timeoutMs))
        return AwsError::make(AwsError::Kind::Timeout, QStringLiteral("TestTimeout"),
                              QStringLiteral("resolve() did not answer"));
    return **out;
}

inline QString errorText(const Result<Credentials>& r) {
    return r ? QStringLiteral("<ok: %1>").arg(r->accessKeyId) : r.error().message;
}

} // namespace kinescope::test
