#pragma once

#include "core/kvs/fragment.h"
#include "core/kvs/kvs_types.h"

#include <QJsonObject>
#include <QString>

#include <optional>

namespace kinescope {

enum class StreamingProtocol { Hls, Dash };
enum class PlaybackMode { Live, LiveReplay, OnDemand };
enum class ContainerFormat { FragmentedMp4, MpegTs };            // HLS only
enum class DiscontinuityMode { Always, Never, OnDiscontinuity }; // HLS only
enum class DisplayMode { Always, Never };

// Every parameter of GetHLSStreamingSessionURL / GetDASHStreamingSessionURL. An unset optional
// means "leave it out of the request" so AWS applies its default; defaultsFor() reports those
// defaults for dialogs.
struct StreamingSessionOptions {
    StreamingProtocol protocol = StreamingProtocol::Hls;
    PlaybackMode mode = PlaybackMode::Live;
    TimestampType clock = TimestampType::Server; // FragmentSelectorType
    std::optional<qint64> startMs;               // required for LIVE_REPLAY and ON_DEMAND
    std::optional<qint64> endMs;                 // required for ON_DEMAND
    ContainerFormat container = ContainerFormat::FragmentedMp4;
    std::optional<DiscontinuityMode> discontinuity; // AWS: ALWAYS (server), NEVER (producer)
    DisplayMode displayTimestamp = DisplayMode::Never;
    DisplayMode displayFragmentNumber = DisplayMode::Never; // DASH only
    int expiresSeconds = 300;                               // 300..43200
    std::optional<qint64> maxFragments; // AWS: 5 (LIVE, LIVE_REPLAY) or 1000 (ON_DEMAND)

    // The limits of the API (botocore model and API reference).
    static constexpr int kMinExpires = 300;
    static constexpr int kMaxExpires = 43200;
    static constexpr qint64 kMaxFragments = 5000;
    static constexpr qint64 kMaxOnDemandRangeMs = 24LL * 3600 * 1000;

    // The value AWS uses when the option is left out.
    DiscontinuityMode effectiveDiscontinuity() const;
    qint64 effectiveMaxFragments() const;

    // Empty when the options make a valid request, else a sentence saying what to change.
    QString validate() const;
    // The request body (StreamName/StreamARN from `stream`).
    QJsonObject toRequestBody(const StreamRef& stream) const;
    QString operationName() const; // GetHLSStreamingSessionURL / GetDASHStreamingSessionURL
    QString requestPath() const;   // /getHLSStreamingSessionURL / /getDASHStreamingSessionURL
    QString apiName() const;       // GetDataEndpoint APIName
};

// Wire names ("LIVE_REPLAY", "FRAGMENTED_MP4", "ON_DISCONTINUITY", "ALWAYS", ...) and back.
QString toWire(PlaybackMode mode);
QString toWire(ContainerFormat format);
QString toWire(DiscontinuityMode mode);
QString toWire(DisplayMode mode);
std::optional<PlaybackMode> playbackModeFromWire(const QString& text);
std::optional<ContainerFormat> containerFormatFromWire(const QString& text);
std::optional<DiscontinuityMode> discontinuityModeFromWire(const QString& text);
std::optional<DisplayMode> displayModeFromWire(const QString& text);

} // namespace kinescope
