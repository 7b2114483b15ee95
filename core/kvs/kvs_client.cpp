#include "core/kvs/kvs_client.h"

#include "core/kvs/kvs_json.h"
#include "core/util/time_format.h"

#include <QJsonDocument>

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
                              std::function<void(const Result<AwsResponse>&)> done) {
    dataEndpoint(stream, apiName, context,
                 [this, stream, apiName, build = std::move(build), context,
                  done = std::move(done)](const Result<QUrl>& url) mutable {
                     if (!url) {
                         done(url.error());
                         return;
                     }
                     AwsRequest request = build(*url);
                     request.owner = context;
                     m_client->send(std::move(request))
                         ->then(context, [this, stream, apiName,
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

} // namespace kinescope
