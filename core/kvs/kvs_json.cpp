#include "core/kvs/kvs_json.h"

#include "core/util/time_format.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>

#include <algorithm>
#include <cmath>

namespace kinescope {

namespace {

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

// A JSON number as a whole number, clamped: a hostile 1e300 must not become undefined behaviour.
qint64 wholeNumber(const QJsonValue& value) {
    const double d = value.toDouble();
    if (!std::isfinite(d))
        return 0;
    constexpr double limit = 9.0e18;
    return qint64(std::clamp(d, -limit, limit));
}

// Epoch seconds with a fraction → epoch milliseconds, clamped likewise.
qint64 epochMs(const QJsonValue& value) {
    const double d = value.toDouble();
    if (!std::isfinite(d))
        return 0;
    constexpr double limit = 9.0e15; // seconds; far beyond any real timestamp
    return awsEpochSecondsToMs(std::clamp(d, -limit, limit));
}

} // namespace

Result<StreamInfo> parseStreamInfo(const QJsonObject& o) {
    StreamInfo s;
    s.deviceName = o.value(QStringLiteral("DeviceName")).toString();
    s.streamName = o.value(QStringLiteral("StreamName")).toString();
    s.streamArn = o.value(QStringLiteral("StreamARN")).toString();
    s.mediaType = o.value(QStringLiteral("MediaType")).toString();
    s.kmsKeyId = o.value(QStringLiteral("KmsKeyId")).toString();
    s.version = o.value(QStringLiteral("Version")).toString();
    s.status = o.value(QStringLiteral("Status")).toString();
    s.creationTimeMs = epochMs(o.value(QStringLiteral("CreationTime")));
    s.dataRetentionInHours = o.value(QStringLiteral("DataRetentionInHours")).toInt();
    if (s.streamName.isEmpty() && s.streamArn.isEmpty())
        return parseError(QStringLiteral("StreamInfo"),
                          QStringLiteral("no StreamName or StreamARN"));
    return s;
}

Result<Page<StreamInfo>> parseListStreamsResponse(const QByteArray& body) {
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

Result<Page<Fragment>> parseListFragmentsResponse(const QByteArray& body) {
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
        f.sizeBytes = wholeNumber(o.value(QStringLiteral("FragmentSizeInBytes")));
        f.producerMs = epochMs(o.value(QStringLiteral("ProducerTimestamp")));
        f.serverMs = epochMs(o.value(QStringLiteral("ServerTimestamp")));
        f.durationMs = wholeNumber(o.value(QStringLiteral("FragmentLengthInMilliseconds")));
        page.items.append(std::move(f));
    }
    page.nextToken = object->value(QStringLiteral("NextToken")).toString();
    return page;
}

Result<StreamInfo> parseDescribeStreamResponse(const QByteArray& body) {
    const auto object = parseObject(QStringLiteral("DescribeStream"), body);
    if (!object)
        return object.error();
    const QJsonValue info = object->value(QStringLiteral("StreamInfo"));
    if (!info.isObject())
        return parseError(QStringLiteral("DescribeStream"), QStringLiteral("no StreamInfo"));
    return parseStreamInfo(info.toObject());
}

Result<QUrl> parseDataEndpointResponse(const QByteArray& body) {
    const auto object = parseObject(QStringLiteral("GetDataEndpoint"), body);
    if (!object)
        return object.error();
    const QUrl url(object->value(QStringLiteral("DataEndpoint")).toString(), QUrl::StrictMode);
    if (!url.isValid() || url.host().isEmpty() ||
        (url.scheme() != QLatin1String("https") && url.scheme() != QLatin1String("http")))
        return parseError(QStringLiteral("GetDataEndpoint"),
                          QStringLiteral("no valid DataEndpoint"));
    return url;
}

} // namespace kinescope
