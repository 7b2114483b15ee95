#include "core/kvs/kvs_client.h"

#include "core/kvs/kvs_json.h"
#include "core/util/time_format.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTimer>

namespace kinescope {

namespace {

const QString kControlServiceId = QStringLiteral("KINESIS_VIDEO");
const QString kArchivedMediaServiceId = QStringLiteral("KINESIS_VIDEO_ARCHIVED_MEDIA");
const QString kEndpointPrefix = QStringLiteral("kinesisvideo");
const QString kSigningName = QStringLiteral("kinesisvideo");

bool isEndpointFailure(const AwsError& e) {
    return e.kind == AwsError::Kind::Network || e.kind == AwsError::Kind::Timeout ||
           (e.kind == AwsError::Kind::Service && e.httpStatus >= 500);
}

} // namespace

KvsClient::KvsClient(AwsClient* client)
    : m_client(client) {
}

AwsRequest KvsClient::controlRequest(const QString& operation, const QString& path,
                                     const QJsonObject& body, QObject* owner) const {
    AwsRequest req;
    req.serviceId = kControlServiceId;
    req.endpointPrefix = kEndpointPrefix;
    req.signingName = kSigningName;
    req.operation = operation;
    req.method = "POST";
    req.path = path;
    req.headers.append({QByteArrayLiteral("Content-Type"), QByteArrayLiteral("application/json")});
    req.body = QJsonDocument(body).toJson(QJsonDocument::Compact);
    req.owner = owner;
    return req;
}

AwsRequest KvsClient::archivedMediaRequest(const QString& operation, const QString& path,
                                           const QJsonObject& body, const StreamRef& stream,
                                           const QUrl& endpoint) const {
    AwsRequest req = controlRequest(operation, path, body, nullptr);
    req.serviceId = kArchivedMediaServiceId;
    req.endpointOverride = endpoint;
    req.resourceKey = stream.key();
    req.quotaApi = operation;
    return req;
}

void KvsClient::listStreams(const QString& nameBeginsWith, int maxResults, const QString& nextToken,
                            QObject* context,
                            std::function<void(const Result<Page<StreamInfo>>&)> done) {
    QJsonObject body;
    if (maxResults > 0)
        body.insert(QStringLiteral("MaxResults"), maxResults);
    if (!nextToken.isEmpty())
        body.insert(QStringLiteral("NextToken"), nextToken);
    if (!nameBeginsWith.isEmpty())
        body.insert(
            QStringLiteral("StreamNameCondition"),
            QJsonObject{{QStringLiteral("ComparisonOperator"), QStringLiteral("BEGINS_WITH")},
                        {QStringLiteral("ComparisonValue"), nameBeginsWith}});
    m_client
        ->send(controlRequest(QStringLiteral("ListStreams"), QStringLiteral("/listStreams"), body,
                              context))
        ->then(context, [done = std::move(done)](const Result<AwsResponse>& r) {
            if (!r)
                done(r.error());
            else
                done(parseListStreamsResponse(r->body));
        });
}

void KvsClient::describeStream(const StreamRef& stream, QObject* context,
                               std::function<void(const Result<StreamInfo>&)> done) {
    QJsonObject body;
    stream.addTo(body);
    m_client
        ->send(controlRequest(QStringLiteral("DescribeStream"), QStringLiteral("/describeStream"),
                              body, context))
        ->then(context, [done = std::move(done)](const Result<AwsResponse>& r) {
            if (!r) {
                done(r.error());
                return;
            }
            done(parseDescribeStreamResponse(r->body));
        });
}

void KvsClient::dataEndpoint(const StreamRef& stream, const QString& apiName, QObject* context,
                             std::function<void(const Result<QUrl>&)> done) {
    QPointer<QObject> guard(context);
    auto fetch = [this, stream, apiName](DataEndpointCache::Callback cb) {
        QJsonObject body;
        stream.addTo(body);
        body.insert(QStringLiteral("APIName"), apiName);
        // The cache outlives any one caller, so the reply is tied to the client, not context.
        m_client
            ->send(controlRequest(QStringLiteral("GetDataEndpoint"),
                                  QStringLiteral("/getDataEndpoint"), body, nullptr))
            ->then(m_client, [cb = std::move(cb)](const Result<AwsResponse>& r) {
                if (!r) {
                    cb(r.error());
                    return;
                }
                cb(parseDataEndpointResponse(r->body));
            });
    };
    m_endpoints.get(stream.key(), apiName, fetch,
                    [guard, done = std::move(done)](const Result<QUrl>& url) {
                        if (guard)
                            done(url);
                    });
}

void KvsClient::sendDataPlane(const StreamRef& stream, const QString& apiName,
                              std::function<AwsRequest(const QUrl&)> build, QObject* context,
                              std::function<void(const Result<AwsResponse>&)> done,
                              ProgressCallback progress) {
    dataEndpoint(stream, apiName, context,
                 [this, stream, apiName, build = std::move(build), context, done = std::move(done),
                  progress = std::move(progress)](const Result<QUrl>& url) mutable {
                     if (!url) {
                         done(url.error());
                         return;
                     }
                     AwsRequest request = build(*url);
                     request.owner = context;
                     AwsCall* call = m_client->send(std::move(request));
                     if (progress)
                         QObject::connect(call, &AwsCall::downloadProgress, context,
                                          [progress](qint64 received, qint64 total) {
                                              progress(received, total);
                                          });
                     call->then(context, [this, stream, apiName,
                                          done = std::move(done)](const Result<AwsResponse>& r) {
                         if (!r && isEndpointFailure(r.error()))
                             m_endpoints.invalidate(stream.key(), apiName);
                         done(r);
                     });
                 });
}

void KvsClient::listFragments(const StreamRef& stream, const FragmentSelector& selector,
                              int maxResults, const QString& nextToken, QObject* context,
                              std::function<void(const Result<Page<Fragment>>&)> done) {
    QJsonObject body;
    stream.addTo(body);
    if (maxResults > 0)
        body.insert(QStringLiteral("MaxResults"), maxResults);
    if (!nextToken.isEmpty()) {
        body.insert(QStringLiteral("NextToken"), nextToken);
    }
    // AWS wants the selector on every page as well as the token.
    body.insert(
        QStringLiteral("FragmentSelector"),
        QJsonObject{
            {QStringLiteral("FragmentSelectorType"), selector.type == TimestampType::Server
                                                         ? QStringLiteral("SERVER_TIMESTAMP")
                                                         : QStringLiteral("PRODUCER_TIMESTAMP")},
            {QStringLiteral("TimestampRange"),
             QJsonObject{{QStringLiteral("StartTimestamp"), msToAwsEpochSeconds(selector.startMs)},
                         {QStringLiteral("EndTimestamp"), msToAwsEpochSeconds(selector.endMs)}}}});
    auto build = [this, body, stream](const QUrl& endpoint) {
        return archivedMediaRequest(QStringLiteral("ListFragments"),
                                    QStringLiteral("/listFragments"), body, stream, endpoint);
    };
    sendDataPlane(stream, KvsApi::ListFragments, build, context,
                  [done = std::move(done)](const Result<AwsResponse>& r) {
                      if (!r)
                          done(r.error());
                      else
                          done(parseListFragmentsResponse(r->body));
                  });
}

namespace {

AwsError usageError(const QString& message) {
    return AwsError::make(AwsError::Kind::Usage, QStringLiteral("InvalidArgument"), message);
}

QJsonObject selectorJson(const FragmentSelector& selector) {
    return QJsonObject{
        {QStringLiteral("FragmentSelectorType"), selector.type == TimestampType::Server
                                                     ? QStringLiteral("SERVER_TIMESTAMP")
                                                     : QStringLiteral("PRODUCER_TIMESTAMP")},
        {QStringLiteral("TimestampRange"),
         QJsonObject{{QStringLiteral("StartTimestamp"), msToAwsEpochSeconds(selector.startMs)},
                     {QStringLiteral("EndTimestamp"), msToAwsEpochSeconds(selector.endMs)}}}};
}

} // namespace

void KvsClient::streamingSessionUrl(const StreamRef& stream, const StreamingSessionOptions& options,
                                    QObject* context,
                                    std::function<void(const Result<QUrl>&)> done) {
    const QString invalid = options.validate();
    if (!invalid.isEmpty() || !stream.isValid()) {
        const AwsError e = usageError(
            invalid.isEmpty() ? QCoreApplication::translate(
                                    "kinescope::KvsClient",
                                    "Name the stream by its name or its ARN (exactly one).")
                              : invalid);
        QTimer::singleShot(0, context, [done = std::move(done), e] { done(e); });
        return;
    }
    const QJsonObject body = options.toRequestBody(stream);
    const QString operation = options.operationName();
    const QString path = options.requestPath();
    auto build = [this, body, stream, operation, path](const QUrl& endpoint) {
        AwsRequest req = archivedMediaRequest(operation, path, body, stream, endpoint);
        req.idempotent = false; // every call starts a new session
        return req;
    };
    sendDataPlane(stream, options.apiName(), build, context,
                  [operation, done = std::move(done)](const Result<AwsResponse>& r) {
                      if (!r)
                          done(r.error());
                      else
                          done(parseStreamingSessionUrlResponse(operation, r->body));
                  });
}

void KvsClient::getImages(const StreamRef& stream, const ImageRequest& request,
                          const QString& nextToken, QObject* context,
                          std::function<void(const Result<Page<KvsImage>>&)> done) {
    const QString invalid = request.validate();
    if (!invalid.isEmpty()) {
        const AwsError e = usageError(invalid);
        QTimer::singleShot(0, context, [done = std::move(done), e] { done(e); });
        return;
    }
    const QJsonObject body = request.toRequestBody(stream, nextToken);
    auto build = [this, body, stream](const QUrl& endpoint) {
        return archivedMediaRequest(QStringLiteral("GetImages"), QStringLiteral("/getImages"), body,
                                    stream, endpoint);
    };
    sendDataPlane(stream, KvsApi::GetImages, build, context,
                  [done = std::move(done)](const Result<AwsResponse>& r) {
                      if (!r)
                          done(r.error());
                      else
                          done(parseGetImagesResponse(r->body));
                  });
}

std::shared_ptr<Paginator<KvsImage>>
KvsClient::getAllImages(const StreamRef& stream, const ImageRequest& request, QObject* context,
                        Paginator<KvsImage>::OnItems onItems, Paginator<KvsImage>::OnDone onDone) {
    PaginationOptions pagination;
    pagination.pageSize = request.maxResults;
    return Paginator<KvsImage>::start(
        pagination,
        [this, stream, request, context](const QString& token, int,
                                         Paginator<KvsImage>::PageCallback cb) {
            getImages(stream, request, token, context, std::move(cb));
        },
        std::move(onItems), std::move(onDone));
}

void KvsClient::getMediaForFragmentList(const StreamRef& stream, const QStringList& fragmentNumbers,
                                        QIODevice* sink, QObject* context,
                                        std::function<void(const Result<AwsResponse>&)> done,
                                        ProgressCallback progress) {
    if (fragmentNumbers.isEmpty() || fragmentNumbers.size() > 1000) {
        const AwsError e = usageError(QCoreApplication::translate(
            "kinescope::KvsClient", "Ask for between 1 and 1000 fragments at a time."));
        QTimer::singleShot(0, context, [done = std::move(done), e] { done(e); });
        return;
    }
    QJsonObject body;
    stream.addTo(body);
    body.insert(QStringLiteral("Fragments"), QJsonArray::fromStringList(fragmentNumbers));
    auto build = [this, body, stream, sink](const QUrl& endpoint) {
        AwsRequest req = archivedMediaRequest(QStringLiteral("GetMediaForFragmentList"),
                                              QStringLiteral("/getMediaForFragmentList"), body,
                                              stream, endpoint);
        req.sink = sink;
        return req;
    };
    sendDataPlane(stream, KvsApi::GetMediaForFragmentList, build, context, std::move(done),
                  std::move(progress));
}

void KvsClient::getClip(const StreamRef& stream, const FragmentSelector& selector, QIODevice* sink,
                        QObject* context, std::function<void(const Result<AwsResponse>&)> done,
                        ProgressCallback progress) {
    QJsonObject body;
    stream.addTo(body);
    body.insert(QStringLiteral("ClipFragmentSelector"), selectorJson(selector));
    auto build = [this, body, stream, sink](const QUrl& endpoint) {
        AwsRequest req = archivedMediaRequest(QStringLiteral("GetClip"), QStringLiteral("/getClip"),
                                              body, stream, endpoint);
        req.sink = sink;
        return req;
    };
    sendDataPlane(stream, KvsApi::GetClip, build, context, std::move(done), std::move(progress));
}

void KvsClient::describeImageGenerationConfiguration(
    const StreamRef& stream, QObject* context,
    std::function<void(const Result<std::optional<ImageGenerationConfig>>&)> done) {
    QJsonObject body;
    stream.addTo(body);
    m_client
        ->send(controlRequest(QStringLiteral("DescribeImageGenerationConfiguration"),
                              QStringLiteral("/describeImageGenerationConfiguration"), body,
                              context))
        ->then(context, [done = std::move(done)](const Result<AwsResponse>& r) {
            if (!r)
                done(r.error());
            else
                done(parseImageGenerationConfigurationResponse(r->body));
        });
}

} // namespace kinescope
