#pragma once

#include "core/aws/aws_client.h"
#include "core/aws/paginator.h"
#include "core/kvs/data_endpoint_cache.h"
#include "core/kvs/image_request.h"
#include "core/kvs/kvs_types.h"
#include "core/kvs/streaming_session_options.h"

#include <QObject>
#include <QPointer>

#include <functional>
#include <memory>
#include <optional>

class QIODevice;

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

    // --- Archived media -------------------------------------------------------------------
    using ProgressCallback = std::function<void(qint64 received, qint64 total)>;

    // GetHLSStreamingSessionURL / GetDASHStreamingSessionURL (by options.protocol). Invalid
    // options fail at once with a Usage error carrying options.validate()'s sentence.
    void streamingSessionUrl(const StreamRef& stream, const StreamingSessionOptions& options,
                             QObject* context, std::function<void(const Result<QUrl>&)> done);
    // GetImages, one page. An invalid request fails with a Usage error.
    void getImages(const StreamRef& stream, const ImageRequest& request, const QString& nextToken,
                   QObject* context, std::function<void(const Result<Page<KvsImage>>&)> done);
    // GetImages to the last page: images page by page, then the end (empty token) or an error.
    std::shared_ptr<Paginator<KvsImage>> getAllImages(const StreamRef& stream,
                                                      const ImageRequest& request, QObject* context,
                                                      Paginator<KvsImage>::OnItems onItems,
                                                      Paginator<KvsImage>::OnDone onDone);
    // GetMediaForFragmentList (1..1000 fragment numbers): the Matroska body is written to
    // `sink` as it arrives (the AwsResponse then has no body).
    void getMediaForFragmentList(const StreamRef& stream, const QStringList& fragmentNumbers,
                                 QIODevice* sink, QObject* context,
                                 std::function<void(const Result<AwsResponse>&)> done,
                                 ProgressCallback progress = {});
    // GetClip: the MP4 body is written to `sink`.
    void getClip(const StreamRef& stream, const FragmentSelector& selector, QIODevice* sink,
                 QObject* context, std::function<void(const Result<AwsResponse>&)> done,
                 ProgressCallback progress = {});
    // DescribeImageGenerationConfiguration (control plane); nullopt = none configured.
    void describeImageGenerationConfiguration(
        const StreamRef& stream, QObject* context,
        std::function<void(const Result<std::optional<ImageGenerationConfig>>&)> done);

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
                       std::function<void(const Result<AwsResponse>&)> done,
                       ProgressCallback progress = {});

    AwsClient* m_client;
    DataEndpointCache m_endpoints;
};

} // namespace kinescope
