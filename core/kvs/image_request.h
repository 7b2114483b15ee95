#pragma once

#include "core/kvs/fragment.h"
#include "core/kvs/kvs_types.h"

#include <QByteArray>
#include <QJsonObject>
#include <QList>
#include <QString>

#include <optional>

namespace kinescope {

enum class ImageFormat { Jpeg, Png };

// The parameters of one GetImages call (kinesis-video-archived-media 2017-09-30), minus the
// stream and the page token. Times are epoch milliseconds, both ends inclusive as AWS reads them.
struct ImageRequest {
    TimestampType clock = TimestampType::Server; // ImageSelectorType
    qint64 startMs = 0;
    qint64 endMs = 0;
    int samplingIntervalMs = 3000; // SamplingInterval, 3000..20000
    ImageFormat format = ImageFormat::Jpeg;
    std::optional<int> jpegQuality;  // FormatConfig JPEGQuality 1..100 (AWS default 80)
    std::optional<int> widthPixels;  // 1..3840, only together with heightPixels
    std::optional<int> heightPixels; // 1..2160
    int maxResults = 0;              // 1..100 per page; 0 = AWS default (100)

    static constexpr int kMinSamplingMs = 3000;
    static constexpr int kMaxSamplingMs = 20000;
    static constexpr qint64 kMaxWindowMs = 300 * 1000; // per request, as the docs advise

    // Empty when the request is valid, else a sentence saying what to change.
    QString validate() const;
    QJsonObject toRequestBody(const StreamRef& stream, const QString& nextToken) const;
    // The request as consecutive requests of at most kMaxWindowMs each, on the same sampling
    // grid (each starts a whole number of intervals after startMs; ends are inclusive).
    QList<ImageRequest> split() const;
};

// One element of GetImages' Images: an image or the reason there is none.
struct KvsImage {
    qint64 timestampMs = 0;
    QString error;      // "NO_MEDIA", "MEDIA_ERROR" or empty
    QByteArray content; // decoded ImageContent (JPEG/PNG bytes)

    bool hasImage() const { return error.isEmpty() && !content.isEmpty(); }
};

// DescribeImageGenerationConfiguration's ImageGenerationConfiguration (control plane).
struct ImageGenerationConfig {
    QString status; // ENABLED / DISABLED
    TimestampType clock = TimestampType::Server;
    int samplingIntervalMs = 0;
    ImageFormat format = ImageFormat::Jpeg;
    std::optional<int> jpegQuality;
    std::optional<int> widthPixels;
    std::optional<int> heightPixels;
    QString destinationUri;
    QString destinationRegion;

    bool isEnabled() const { return status == QLatin1String("ENABLED"); }
};

QString toWire(ImageFormat format);        // "JPEG" / "PNG"
QString fileExtension(ImageFormat format); // "jpg" / "png"
std::optional<ImageFormat> imageFormatFromWire(const QString& text);

} // namespace kinescope
