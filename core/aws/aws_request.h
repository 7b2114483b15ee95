#pragma once

#include <QByteArray>
#include <QList>
#include <QPair>
#include <QString>
#include <QUrl>

class QIODevice;
class QObject;

namespace kinescope {

using QueryItems = QList<QPair<QString, QString>>;       // decoded names and values, in order
using HeaderList = QList<QPair<QByteArray, QByteArray>>; // names as given, values raw

// One AWS API call, described as data. Service clients build these; only the pipeline
// (AwsClient) signs and sends them.
struct AwsRequest {
    // SDK service id in its environment-variable form, as in AWS_ENDPOINT_URL_<serviceId>:
    // "KINESIS_VIDEO", "KINESIS_VIDEO_ARCHIVED_MEDIA", "KINESIS_VIDEO_MEDIA", "MEDIASTORE",
    // "MEDIASTORE_DATA", "MEDIATAILOR", "STS", "SSO".
    QString serviceId;
    QString endpointPrefix; // host prefix: "kinesisvideo", "sts", "portal.sso", "api.mediatailor"
    QString signingName;    // SigV4 service name: "kinesisvideo", "sts", "mediastore", ...
    QString operation;      // "ListFragments" — for logs, quotas and error messages
    QByteArray method = "POST";
    QString path = QStringLiteral("/"); // decoded path, e.g. "/listFragments"
    QueryItems query;
    HeaderList headers; // extra headers (Content-Type, x-amz-*, ...)
    QByteArray body;

    // Base URL to use instead of the resolved service endpoint (KVS data endpoints).
    QUrl endpointOverride;
    // Name/ARN of the stream this call targets; used for data endpoint cache and quotas.
    QString resourceKey;
    // Quota bucket ("ListFragments", "GetClip", ...); empty = no client-side budget.
    QString quotaApi;

    bool idempotent = true;       // may be retried after it was sent
    bool unsignedPayload = false; // sign with UNSIGNED-PAYLOAD
    bool anonymous = false;       // do not sign (SSO portal, presigned URLs)
    int timeoutMs = 60000;        // no-progress timeout

    // Who the call works for (identity only, not owned): when it is destroyed the call is
    // aborted, and AwsClient::abortCalls(owner) cancels all its calls.
    QObject* owner = nullptr;

    // When set, the response body of a successful call is written here as it arrives
    // instead of being collected in AwsResponse::body. Not owned.
    QIODevice* sink = nullptr;
};

struct AwsResponse {
    int httpStatus = 0;
    HeaderList headers;
    QByteArray body;      // empty when the request had a sink
    qint64 bodyBytes = 0; // bytes received (also counted when streamed to a sink)
    QString requestId;

    QByteArray header(const QByteArray& name) const {
        for (const auto& [k, v] : headers)
            if (k.compare(name, Qt::CaseInsensitive) == 0)
                return v;
        return {};
    }
};

} // namespace kinescope
