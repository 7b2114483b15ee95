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

Result<Page<KvsImage>> parseGetImagesResponse(const QByteArray& body) {
    const QString op = QStringLiteral("GetImages");
    const auto object = parseObject(op, body);
    if (!object)
        return object.error();
    Page<KvsImage> page;
    const QJsonValue list = object->value(QStringLiteral("Images"));
    if (!list.isUndefined() && !list.isNull() && !list.isArray())
        return parseError(op, QStringLiteral("Images is not a list"));
    const QJsonArray array = list.toArray();
    page.items.reserve(array.size());
    for (const QJsonValue& v : array) {
        if (!v.isObject())
            return parseError(op, QStringLiteral("an image is not an object"));
        const QJsonObject o = v.toObject();
        const QJsonValue ts = o.value(QStringLiteral("TimeStamp"));
        if (!ts.isDouble() || !std::isfinite(ts.toDouble()))
            return parseError(op, QStringLiteral("an image without TimeStamp"));
        KvsImage image;
        image.timestampMs = epochMs(ts);
        const QJsonValue error = o.value(QStringLiteral("Error"));
        if (!error.isUndefined() && !error.isNull()) {
            image.error = error.toString();
            if (image.error != QLatin1String("NO_MEDIA") &&
                image.error != QLatin1String("MEDIA_ERROR"))
                return parseError(op, QStringLiteral("unknown image Error"));
        }
        const QJsonValue content = o.value(QStringLiteral("ImageContent"));
        if (!content.isUndefined() && !content.isNull()) {
            if (!content.isString())
                return parseError(op, QStringLiteral("ImageContent is not a string"));
            const auto decoded = QByteArray::fromBase64Encoding(
                content.toString().toLatin1(), QByteArray::AbortOnBase64DecodingErrors);
            if (!decoded)
                return parseError(op, QStringLiteral("ImageContent is not base64"));
            image.content = *decoded;
        }
        if (image.error.isEmpty() && image.content.isEmpty())
            return parseError(op, QStringLiteral("an image without ImageContent or Error"));
        page.items.append(std::move(image));
    }
    const QJsonValue token = object->value(QStringLiteral("NextToken"));
    if (!token.isUndefined() && !token.isNull() && !token.isString())
        return parseError(op, QStringLiteral("NextToken is not a string"));
    page.nextToken = token.toString();
    return page;
}

Result<QUrl> parseStreamingSessionUrlResponse(const QString& operation, const QByteArray& body) {
    const auto object = parseObject(operation, body);
    if (!object)
        return object.error();
    const QString member = operation == QLatin1String("GetDASHStreamingSessionURL")
                               ? QStringLiteral("DASHStreamingSessionURL")
                               : QStringLiteral("HLSStreamingSessionURL");
    const QUrl url(object->value(member).toString(), QUrl::StrictMode);
    if (!url.isValid() || url.host().isEmpty() ||
        (url.scheme() != QLatin1String("https") && url.scheme() != QLatin1String("http")))
        return parseError(operation, QStringLiteral("no valid %1").arg(member));
    return url;
}

Result<std::optional<ImageGenerationConfig>>
parseImageGenerationConfigurationResponse(const QByteArray& body) {
    const QString op = QStringLiteral("DescribeImageGenerationConfiguration");
    const auto object = parseObject(op, body);
    if (!object)
        return object.error();
    const QJsonValue value = object->value(QStringLiteral("ImageGenerationConfiguration"));
    if (value.isUndefined() || value.isNull())
        return std::optional<ImageGenerationConfig>();
    if (!value.isObject())
        return parseError(op, QStringLiteral("ImageGenerationConfiguration is not an object"));
    const QJsonObject o = value.toObject();
    ImageGenerationConfig c;
    c.status = o.value(QStringLiteral("Status")).toString();
    if (c.status != QLatin1String("ENABLED") && c.status != QLatin1String("DISABLED"))
        return parseError(op, QStringLiteral("no valid Status"));
    const QString selector = o.value(QStringLiteral("ImageSelectorType")).toString();
    if (selector == QLatin1String("SERVER_TIMESTAMP"))
        c.clock = TimestampType::Server;
    else if (selector == QLatin1String("PRODUCER_TIMESTAMP"))
        c.clock = TimestampType::Producer;
    else
        return parseError(op, QStringLiteral("no valid ImageSelectorType"));
    const auto format = imageFormatFromWire(o.value(QStringLiteral("Format")).toString());
    if (!format)
        return parseError(op, QStringLiteral("no valid Format"));
    c.format = *format;
    c.samplingIntervalMs = int(std::clamp<qint64>(
        wholeNumber(o.value(QStringLiteral("SamplingInterval"))), 0, 1'000'000'000));
    const QJsonObject fc = o.value(QStringLiteral("FormatConfig")).toObject();
    if (fc.contains(QStringLiteral("JPEGQuality"))) {
        bool ok = false;
        const int q = fc.value(QStringLiteral("JPEGQuality")).toString().toInt(&ok);
        if (ok)
            c.jpegQuality = q;
    }
    auto pixels = [&o](const QString& key) -> std::optional<int> {
        const QJsonValue v = o.value(key);
        if (!v.isDouble())
            return std::nullopt;
        return int(std::clamp<qint64>(wholeNumber(v), 0, 100000));
    };
    c.widthPixels = pixels(QStringLiteral("WidthPixels"));
    c.heightPixels = pixels(QStringLiteral("HeightPixels"));
    const QJsonObject dest = o.value(QStringLiteral("DestinationConfig")).toObject();
    c.destinationUri = dest.value(QStringLiteral("Uri")).toString();
    c.destinationRegion = dest.value(QStringLiteral("DestinationRegion")).toString();
    return std::optional<ImageGenerationConfig>(c);
}

} // namespace kinescope
