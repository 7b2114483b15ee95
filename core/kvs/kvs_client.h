#pragma once

#include "core/aws/aws_client.h"
#include "core/aws/paginator.h"
#include "core/kvs/data_endpoint_cache.h"
#include "core/kvs/kvs_types.h"

#include <QObject>
#include <QPointer>

#include <functional>

namespace kinescope {

// Typed Kinesis Video Streams calls (control plane and archived media) over the pipeline.
// Each function builds an AwsRequest, sends it through AwsClient and parses the answer;
// callbacks run on `context`'s thread and are dropped if `context` is destroyed.
class KvsClient {
public:
    explicit KvsClient(AwsClient* client);

    AwsClient* aws() const { return m_client; }
    DataEndpointCache& dataEndpoints() { return m_endpoints; }

    // ListStreams, one page. nameBeginsWith empty = all streams.
    void listStreams(const QString& nameBeginsWith, int maxResults, const QString& nextToken,
                     QObject* context, std::function<void(const Result<Page<StreamInfo>>&)> done);
    void describeStream(const StreamRef& stream, QObject* context,
                        std::function<void(const Result<StreamInfo>&)> done);
    // GetDataEndpoint, cached per stream and API name.
    void dataEndpoint(const StreamRef& stream, const QString& apiName, QObject* context,
                      std::function<void(const Result<QUrl>&)> done);
    // ListFragments, one page (at most maxResults, 1..1000), on the stream's data endpoint.
    void listFragments(const StreamRef& stream, const FragmentSelector& selector, int maxResults,
                       const QString& nextToken, QObject* context,
                       std::function<void(const Result<Page<Fragment>>&)> done);

private:
    AwsRequest controlRequest(const QString& operation, const QString& path,
                              const QJsonObject& body, QObject* owner) const;
    AwsRequest archivedMediaRequest(const QString& operation, const QString& path,
                                    const QJsonObject& body, const StreamRef& stream,
                                    const QUrl& endpoint) const;
    // Runs a data-plane call: resolves the endpoint, sends, and drops the cached endpoint if
    // the call fails in a way that suggests the endpoint went bad.
    void sendDataPlane(const StreamRef& stream, const QString& apiName,
                       std::function<AwsRequest(const QUrl&)> build, QObject* context,
                       std::function<void(const Result<AwsResponse>&)> done);

    AwsClient* m_client;
    DataEndpointCache m_endpoints;
};

} // namespace kinescope
