#include "core/kvs/kvs_client.h"

#include "core/util/time_format.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>

namespace kinescope {

namespace {

const QString kControlServiceId = QStringLiteral("KINESIS_VIDEO");
const QString kArchivedMediaServiceId = QStringLiteral("KINESIS_VIDEO_ARCHIVED_MEDIA");
const QString kEndpointPrefix = QStringLiteral("kinesisvideo");
const QString kSigningName = QStringLiteral("kinesisvideo");

AwsError parseError(const QString& operation, const QString& what) {
    return AwsError::make(AwsError::Kind::Parse, QStringLiteral("MalformedResponse"),
                          QCoreApplication::translate("kinescope::KvsClient",
                                                      "%1 returned an unreadable response: %2")
                              .arg(operation, what));
}

Result<QJsonObject> parseObject(const QString& operation, const QByteArray& body) {
    QJsonParseError err;
    const QJsonDocument doc = QJsonDocument::fromJson(body, &err);
    if (err.error != QJsonParseError::NoError)
        return parseError(operation, err.errorString());
    if (!doc.isObject())
        return parseError(operation, QStringLiteral("not a JSON object"));
    return doc.object();
}

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
                done(parseListStreams(r->body));
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
            const auto object = parseObject(QStringLiteral("DescribeStream"), r->body);
            if (!object) {
                done(object.error());
                return;
            }
            const QJsonValue info = object->value(QStringLiteral("StreamInfo"));
            if (!info.isObject()) {
                done(parseError(QStringLiteral("DescribeStream"), QStringLiteral("no StreamInfo")));
                return;
            }
            done(parseStreamInfo(info.toObject()));
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
                const auto object = parseObject(QStringLiteral("GetDataEndpoint"), r->body);
                if (!object) {
                    cb(object.error());
                    return;
                }
                const QUrl url(object->value(QStringLiteral("DataEndpoint")).toString());
                if (!url.isValid() || url.host().isEmpty()) {
                    cb(parseError(QStringLiteral("GetDataEndpoint"),
                                  QStringLiteral("no valid DataEndpoint")));
                    return;
                }
                cb(url);
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
                          done(parseListFragments(r->body));
                  });
}

Result<StreamInfo> KvsClient::parseStreamInfo(const QJsonObject& o) {
    StreamInfo s;
    s.deviceName = o.value(QStringLiteral("DeviceName")).toString();
    s.streamName = o.value(QStringLiteral("StreamName")).toString();
    s.streamArn = o.value(QStringLiteral("StreamARN")).toString();
    s.mediaType = o.value(QStringLiteral("MediaType")).toString();
    s.kmsKeyId = o.value(QStringLiteral("KmsKeyId")).toString();
    s.version = o.value(QStringLiteral("Version")).toString();
    s.status = o.value(QStringLiteral("Status")).toString();
    s.creationTimeMs = awsEpochSecondsToMs(o.value(QStringLiteral("CreationTime")).toDouble());
    s.dataRetentionInHours = o.value(QStringLiteral("DataRetentionInHours")).toInt();
    if (s.streamName.isEmpty() && s.streamArn.isEmpty())
        return parseError(QStringLiteral("StreamInfo"),
                          QStringLiteral("no StreamName or StreamARN"));
    return s;
}

Result<Page<StreamInfo>> KvsClient::parseListStreams(const QByteArray& body) {
    const auto object = parseObject(QStringLiteral("ListStreams"), body);
    if (!object)
        return object.error();
    Page<StreamInfo> page;
    const QJsonValue list = object->value(QStringLiteral("StreamInfoList"));
    if (!list.isUndefined() && !list.isArray())
        return parseError(QStringLiteral("ListStreams"),
                          QStringLiteral("StreamInfoList is not a list"));
    for (const QJsonValue& v : list.toArray()) {
        const auto info = parseStreamInfo(v.toObject());
        if (!info)
            return info.error();
        page.items.append(*info);
    }
    page.nextToken = object->value(QStringLiteral("NextToken")).toString();
    return page;
}

Result<Page<Fragment>> KvsClient::parseListFragments(const QByteArray& body) {
    const auto object = parseObject(QStringLiteral("ListFragments"), body);
    if (!object)
        return object.error();
    Page<Fragment> page;
    const QJsonValue list = object->value(QStringLiteral("Fragments"));
    if (!list.isUndefined() && !list.isArray())
        return parseError(QStringLiteral("ListFragments"),
                          QStringLiteral("Fragments is not a list"));
    const QJsonArray array = list.toArray();
    page.items.reserve(array.size());
    for (const QJsonValue& v : array) {
        const QJsonObject o = v.toObject();
        Fragment f;
        f.fragmentNumber = o.value(QStringLiteral("FragmentNumber")).toString();
        if (f.fragmentNumber.isEmpty())
            return parseError(QStringLiteral("ListFragments"),
                              QStringLiteral("a fragment without FragmentNumber"));
        f.sizeBytes = qint64(o.value(QStringLiteral("FragmentSizeInBytes")).toDouble());
        f.producerMs = awsEpochSecondsToMs(o.value(QStringLiteral("ProducerTimestamp")).toDouble());
        f.serverMs = awsEpochSecondsToMs(o.value(QStringLiteral("ServerTimestamp")).toDouble());
        f.durationMs = qint64(o.value(QStringLiteral("FragmentLengthInMilliseconds")).toDouble());
        page.items.append(std::move(f));
    }
    page.nextToken = object->value(QStringLiteral("NextToken")).toString();
    return page;
}

} // namespace kinescope
