#include "core/kvs/image_request.h"

#include "core/util/time_format.h"

#include <QCoreApplication>

#include <algorithm>

namespace kinescope {

namespace {

QString tr(const char* text) {
    return QCoreApplication::translate("kinescope::ImageRequest", text);
}

} // namespace

QString ImageRequest::validate() const {
    if (endMs < startMs)
        return tr("The end of the image range is before its start.");
    if (samplingIntervalMs < kMinSamplingMs || samplingIntervalMs > kMaxSamplingMs)
        return tr("The sampling interval must be between 3000 and 20000 milliseconds.");
    if (jpegQuality && (*jpegQuality < 1 || *jpegQuality > 100))
        return tr("The JPEG quality must be between 1 and 100.");
    if (jpegQuality && format != ImageFormat::Jpeg)
        return tr("A quality applies to JPEG images only.");
    if (widthPixels && !heightPixels)
        return tr("Give the image height together with the width.");
    if (widthPixels && (*widthPixels < 1 || *widthPixels > 3840))
        return tr("The image width must be between 1 and 3840 pixels.");
    if (heightPixels && (*heightPixels < 1 || *heightPixels > 2160))
        return tr("The image height must be between 1 and 2160 pixels.");
    if (maxResults < 0 || maxResults > 100)
        return tr("At most 100 images can be asked for per page.");
    return {};
}

QJsonObject ImageRequest::toRequestBody(const StreamRef& stream, const QString& nextToken) const {
    QJsonObject body;
    stream.addTo(body);
    body.insert(QStringLiteral("ImageSelectorType"), clock == TimestampType::Server
                                                         ? QStringLiteral("SERVER_TIMESTAMP")
                                                         : QStringLiteral("PRODUCER_TIMESTAMP"));
    body.insert(QStringLiteral("StartTimestamp"), msToAwsEpochSeconds(startMs));
    body.insert(QStringLiteral("EndTimestamp"), msToAwsEpochSeconds(endMs));
    body.insert(QStringLiteral("SamplingInterval"), samplingIntervalMs);
    body.insert(QStringLiteral("Format"), toWire(format));
    if (jpegQuality)
        body.insert(QStringLiteral("FormatConfig"),
                    QJsonObject{{QStringLiteral("JPEGQuality"), QString::number(*jpegQuality)}});
    if (widthPixels)
        body.insert(QStringLiteral("WidthPixels"), *widthPixels);
    if (heightPixels)
        body.insert(QStringLiteral("HeightPixels"), *heightPixels);
    if (maxResults > 0)
        body.insert(QStringLiteral("MaxResults"), maxResults);
    if (!nextToken.isEmpty())
        body.insert(QStringLiteral("NextToken"), nextToken);
    return body;
}

QList<ImageRequest> ImageRequest::split() const {
    QList<ImageRequest> out;
    const qint64 interval = std::max(1, samplingIntervalMs);
    const qint64 span = std::max<qint64>(interval, (kMaxWindowMs / interval) * interval);
    for (qint64 s = startMs; s <= endMs; s += span) {
        ImageRequest part = *this;
        part.startMs = s;
        part.endMs = std::min(endMs, s + span - 1);
        out.append(part);
        if (part.endMs == endMs)
            break;
    }
    return out;
}

QString toWire(ImageFormat format) {
    return format == ImageFormat::Jpeg ? QStringLiteral("JPEG") : QStringLiteral("PNG");
}

QString fileExtension(ImageFormat format) {
    return format == ImageFormat::Jpeg ? QStringLiteral("jpg") : QStringLiteral("png");
}

std::optional<ImageFormat> imageFormatFromWire(const QString& text) {
    if (text == QLatin1String("JPEG"))
        return ImageFormat::Jpeg;
    if (text == QLatin1String("PNG"))
        return ImageFormat::Png;
    return std::nullopt;
}

} // namespace kinescope
