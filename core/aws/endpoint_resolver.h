#pragma once

#include "core/util/result.h"

#include <QHash>
#include <QString>
#include <QUrl>

namespace kinescope {

// Service → base URL, as the AWS SDKs resolve it: an explicit --endpoint-url wins, then the
// per-service AWS_ENDPOINT_URL_<SERVICE_ID> variable, then the profile's `services` section for
// that service, then AWS_ENDPOINT_URL, then the profile's endpoint_url, then the standard host
// name for the region and partition (aws, aws-cn, aws-us-gov, ...).
class EndpointResolver {
public:
    // Collected by whoever reads the environment and the profile (AwsSettings); already in
    // precedence order within each field.
    struct Overrides {
        QUrl explicitUrl;                    // --endpoint-url
        QHash<QString, QUrl> envService;     // AWS_ENDPOINT_URL_<SERVICE_ID>, keyed by SERVICE_ID
        QHash<QString, QUrl> profileService; // [services x] <service_id> endpoint_url, same keys
        QUrl envGlobal;                      // AWS_ENDPOINT_URL
        QUrl profileGlobal;                  // endpoint_url in the profile
        bool ignoreConfigured = false; // AWS_IGNORE_CONFIGURED_ENDPOINT_URLS / profile setting
    };

    EndpointResolver() = default;
    explicit EndpointResolver(Overrides overrides)
        : m_overrides(std::move(overrides)) {}

    // serviceId: "KINESIS_VIDEO", ... (see AwsRequest::serviceId); endpointPrefix: "kinesisvideo".
    Result<QUrl> resolve(const QString& serviceId, const QString& endpointPrefix,
                         const QString& region) const;

    // "amazonaws.com", "amazonaws.com.cn" (cn-*), "c2s.ic.gov" (us-iso-*), "sc2s.sgov.gov"
    // (us-isob-*); us-gov-* stays amazonaws.com.
    static QString partitionDnsSuffix(const QString& region);

    const Overrides& overrides() const { return m_overrides; }

private:
    Overrides m_overrides;
};

} // namespace kinescope
