#include "core/kvs/streaming_session_options.h"

#include <QCoreApplication>

namespace kinescope {

namespace {

QString tr(const char* text) {
    return QCoreApplication::translate("kinescope::StreamingSessionOptions", text);
}

double epochSeconds(qint64 ms) {
    return static_cast<double>(ms) / 1000.0;
}

} // namespace

DiscontinuityMode StreamingSessionOptions::effectiveDiscontinuity() const {
    if (discontinuity)
        return *discontinuity;
    return clock == TimestampType::Server ? DiscontinuityMode::Always : DiscontinuityMode::Never;
}

qint64 StreamingSessionOptions::effectiveMaxFragments() const {
    if (maxFragments)
        return *maxFragments;
    return mode == PlaybackMode::OnDemand ? 1000 : 5;
}

QString StreamingSessionOptions::validate() const {
    if (expiresSeconds < kMinExpires || expiresSeconds > kMaxExpires)
        return tr("Expires must be between 300 seconds (5 minutes) and 43200 seconds (12 hours).");
    if (maxFragments && (*maxFragments < 1 || *maxFragments > kMaxFragments))
        return tr("The maximum number of fragments must be between 1 and 5000.");
    if (protocol == StreamingProtocol::Dash && container == ContainerFormat::MpegTs)
        return tr("DASH sessions are always fragmented MP4; MPEG-TS is available for HLS only.");
    if (protocol == StreamingProtocol::Hls && displayFragmentNumber == DisplayMode::Always)
        return tr("Fragment numbers can be displayed in DASH manifests only.");
    if (protocol == StreamingProtocol::Dash && discontinuity)
        return tr("The discontinuity mode applies to HLS sessions only.");
    switch (mode) {
    case PlaybackMode::Live:
        if (startMs || endMs)
            return tr("A LIVE session plays the newest fragments and takes no time range; choose "
                      "LIVE_REPLAY or ON_DEMAND to play from a given time.");
        break;
    case PlaybackMode::LiveReplay:
        if (!startMs)
            return tr("A LIVE_REPLAY session needs a start time.");
        break;
    case PlaybackMode::OnDemand:
        if (!startMs || !endMs)
            return tr("An ON_DEMAND session needs both a start and an end time.");
        break;
    }
    if (startMs && endMs) {
        if (*endMs <= *startMs)
            return tr("The end time must be later than the start time.");
        if (*endMs - *startMs > kMaxOnDemandRangeMs)
            return tr("The end time must be within 24 hours of the start time.");
    }
    return {};
}

QJsonObject StreamingSessionOptions::toRequestBody(const StreamRef& stream) const {
    QJsonObject body;
    stream.addTo(body);
    body.insert(QStringLiteral("PlaybackMode"), toWire(mode));
    QJsonObject selector;
    selector.insert(QStringLiteral("FragmentSelectorType"),
                    clock == TimestampType::Server ? QStringLiteral("SERVER_TIMESTAMP")
                                                   : QStringLiteral("PRODUCER_TIMESTAMP"));
    if (mode != PlaybackMode::Live && startMs) {
        QJsonObject range;
        range.insert(QStringLiteral("StartTimestamp"), epochSeconds(*startMs));
        if (endMs)
            range.insert(QStringLiteral("EndTimestamp"), epochSeconds(*endMs));
        selector.insert(QStringLiteral("TimestampRange"), range);
    }
    const bool hls = protocol == StreamingProtocol::Hls;
    body.insert(hls ? QStringLiteral("HLSFragmentSelector")
                    : QStringLiteral("DASHFragmentSelector"),
                selector);
    if (hls) {
        body.insert(QStringLiteral("ContainerFormat"), toWire(container));
        if (discontinuity)
            body.insert(QStringLiteral("DiscontinuityMode"), toWire(*discontinuity));
    } else {
        body.insert(QStringLiteral("DisplayFragmentNumber"), toWire(displayFragmentNumber));
    }
    body.insert(QStringLiteral("DisplayFragmentTimestamp"), toWire(displayTimestamp));
    body.insert(QStringLiteral("Expires"), expiresSeconds);
    if (maxFragments)
        body.insert(hls ? QStringLiteral("MaxMediaPlaylistFragmentResults")
                        : QStringLiteral("MaxManifestFragmentResults"),
                    static_cast<double>(*maxFragments));
    return body;
}

QString StreamingSessionOptions::operationName() const {
    return protocol == StreamingProtocol::Hls ? QStringLiteral("GetHLSStreamingSessionURL")
                                              : QStringLiteral("GetDASHStreamingSessionURL");
}

QString StreamingSessionOptions::requestPath() const {
    return protocol == StreamingProtocol::Hls ? QStringLiteral("/getHLSStreamingSessionURL")
                                              : QStringLiteral("/getDASHStreamingSessionURL");
}

QString StreamingSessionOptions::apiName() const {
    return protocol == StreamingProtocol::Hls ? KvsApi::GetHlsStreamingSessionUrl
                                              : KvsApi::GetDashStreamingSessionUrl;
}

QString toWire(PlaybackMode mode) {
    switch (mode) {
    case PlaybackMode::Live:
        return QStringLiteral("LIVE");
    case PlaybackMode::LiveReplay:
        return QStringLiteral("LIVE_REPLAY");
    case PlaybackMode::OnDemand:
        return QStringLiteral("ON_DEMAND");
    }
    return {};
}

QString toWire(ContainerFormat format) {
    return format == ContainerFormat::FragmentedMp4 ? QStringLiteral("FRAGMENTED_MP4")
                                                    : QStringLiteral("MPEG_TS");
}

QString toWire(DiscontinuityMode mode) {
    switch (mode) {
    case DiscontinuityMode::Always:
        return QStringLiteral("ALWAYS");
    case DiscontinuityMode::Never:
        return QStringLiteral("NEVER");
    case DiscontinuityMode::OnDiscontinuity:
        return QStringLiteral("ON_DISCONTINUITY");
    }
    return {};
}

QString toWire(DisplayMode mode) {
    return mode == DisplayMode::Always ? QStringLiteral("ALWAYS") : QStringLiteral("NEVER");
}

std::optional<PlaybackMode> playbackModeFromWire(const QString& text) {
    for (PlaybackMode m : {PlaybackMode::Live, PlaybackMode::LiveReplay, PlaybackMode::OnDemand})
        if (toWire(m) == text)
            return m;
    return std::nullopt;
}

std::optional<ContainerFormat> containerFormatFromWire(const QString& text) {
    for (ContainerFormat f : {ContainerFormat::FragmentedMp4, ContainerFormat::MpegTs})
        if (toWire(f) == text)
            return f;
    return std::nullopt;
}

std::optional<DiscontinuityMode> discontinuityModeFromWire(const QString& text) {
    for (DiscontinuityMode m :
         {DiscontinuityMode::Always, DiscontinuityMode::Never, DiscontinuityMode::OnDiscontinuity})
        if (toWire(m) == text)
            return m;
    return std::nullopt;
}

std::optional<DisplayMode> displayModeFromWire(const QString& text) {
    for (DisplayMode m : {DisplayMode::Always, DisplayMode::Never})
        if (toWire(m) == text)
            return m;
    return std::nullopt;
}

} // namespace kinescope
