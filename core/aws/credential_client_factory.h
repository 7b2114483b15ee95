#pragma once

#include "core/aws/credential_provider.h"

#include <QString>

#include <functional>
#include <memory>

namespace kinescope {

class AwsClient;

// How credential providers get an AwsClient for their own calls (STS AssumeRole, the SSO
// portal): the session's network and configured endpoints (AWS_ENDPOINT_URL_STS, services
// sections, AWS_ENDPOINT_URL, ...) but never --endpoint-url, which the CLI applies only to the
// command's own service. `credentials` signs the calls; `region` is the region to call.
using CredentialClientFactory = std::function<std::unique_ptr<AwsClient>(
    CredentialProviderPtr credentials, const QString& region)>;

} // namespace kinescope
