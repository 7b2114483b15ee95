#include "emulator/streaming_request.h"

#include <QJsonValue>

#include <cmath>

namespace kinescope::emu {

namespace {

bool present(const QJsonValue& v) {
    return !v.isUndefined() && !v.isNull();
}

QString enumError(const QString& value, const QString& field, const QString& allowed) {
    return QStringLiteral("1 validation error detected: Value '%1' at '%2' failed to satisfy "
                          "constraint: Member must satisfy enum value set: [%3]")
        .arg(value, field, allowed);
}

QString rangeError(const QJsonValue& value, const QString& field, qint64 min, qint64 max) {
    const QString shown = value.isDouble() ? QString::number(value.toDouble(), 'g', 17)
                                           : value.toVariant().toString();
    return QStringLiteral("1 validation error detected: Value '%1' at '%2' failed to satisfy "
                          "constraint: Member must have value less than or equal to %3 and "
                          "greater than or equal to %4")
        .arg(shown, field)
        .arg(max)
        .arg(min);
}

// An integer member within [min, max]; nullopt (and `problem`) when it is not.
std::optional<qint64> integerIn(const QJsonValue& v, const QString& field, qint64 min, qint64 max,
                                QString* problem) {
    const double d = v.toDouble(std::nan(""));
    if (!v.isDouble() || d != std::floor(d) || d < double(min) || d > double(max)) {
        *problem = rangeError(v, field, min, max);
        return std::nullopt;
    }
    return qint64(d);
}

std::optional<qint64> timestampMs(const QJsonValue& v) {
    if (!v.isDouble() || !std::isfinite(v.toDouble()))
        return std::nullopt;
    return std::llround(std::clamp(v.toDouble(), -1e12, 1e12) * 1000.0);
}

} // namespace

std::optional<SessionParameters> parseSessionRequest(const QJsonObject& body,
                                                     StreamingProtocol protocol, qint64 nowMs,
                                                     QString* problem) {
    const bool hls = protocol == StreamingProtocol::Hls;
    SessionParameters p;
    p.protocol = protocol;

    const QJsonValue mode = body.value(QLatin1String("PlaybackMode"));
    if (present(mode)) {
        const auto m = playbackModeFromWire(mode.toString());
        if (!m) {
            *problem = enumError(mode.toString(), QStringLiteral("playbackMode"),
                                 QStringLiteral("LIVE, LIVE_REPLAY, ON_DEMAND"));
            return std::nullopt;
        }
        p.mode = *m;
    }
    if (hls) {
        const QJsonValue container = body.value(QLatin1String("ContainerFormat"));
        if (present(container)) {
            const auto c = containerFormatFromWire(container.toString());
            if (!c) {
                *problem = enumError(container.toString(), QStringLiteral("containerFormat"),
                                     QStringLiteral("FRAGMENTED_MP4, MPEG_TS"));
                return std::nullopt;
            }
            p.container = *c;
        }
    }
    std::optional<DiscontinuityMode> discontinuity;
    if (hls) {
        const QJsonValue d = body.value(QLatin1String("DiscontinuityMode"));
        if (present(d)) {
            discontinuity = discontinuityModeFromWire(d.toString());
            if (!discontinuity) {
                *problem = enumError(d.toString(), QStringLiteral("discontinuityMode"),
                                     QStringLiteral("ALWAYS, NEVER, ON_DISCONTINUITY"));
                return std::nullopt;
            }
        }
    }
    auto displayMode = [&](const char* name, const QString& field, DisplayMode* out) {
        const QJsonValue v = body.value(QLatin1String(name));
        if (!present(v))
            return true;
        const auto m = displayModeFromWire(v.toString());
        if (!m) {
            *problem = enumError(v.toString(), field, QStringLiteral("ALWAYS, NEVER"));
            return false;
        }
        *out = *m;
        return true;
    };
    if (!displayMode("DisplayFragmentTimestamp", QStringLiteral("displayFragmentTimestamp"),
                     &p.displayTimestamp))
        return std::nullopt;
    if (!hls && !displayMode("DisplayFragmentNumber", QStringLiteral("displayFragmentNumber"),
                             &p.displayFragmentNumber))
        return std::nullopt;

    const QJsonValue expires = body.value(QLatin1String("Expires"));
    if (present(expires)) {
        const auto e =
            integerIn(expires, QStringLiteral("expires"), StreamingSessionOptions::kMinExpires,
                      StreamingSessionOptions::kMaxExpires, problem);
        if (!e)
            return std::nullopt;
        p.expiresSeconds = int(*e);
    }
    const QString maxName = hls ? QStringLiteral("MaxMediaPlaylistFragmentResults")
                                : QStringLiteral("MaxManifestFragmentResults");
    const QJsonValue max = body.value(maxName);
    p.maxFragments = p.mode == PlaybackMode::OnDemand ? 1000 : 5;
    if (present(max)) {
        const QString field = hls ? QStringLiteral("maxMediaPlaylistFragmentResults")
                                  : QStringLiteral("maxManifestFragmentResults");
        const auto m = integerIn(max, field, 1, StreamingSessionOptions::kMaxFragments, problem);
        if (!m)
            return std::nullopt;
        p.maxFragments = *m;
    }

    const QString selectorName =
        hls ? QStringLiteral("HLSFragmentSelector") : QStringLiteral("DASHFragmentSelector");
    const QJsonValue selectorValue = body.value(selectorName);
    QJsonObject selector;
    if (present(selectorValue)) {
        if (!selectorValue.isObject()) {
            *problem = QStringLiteral("%1 must be a structure.").arg(selectorName);
            return std::nullopt;
        }
        selector = selectorValue.toObject();
    }
    const QJsonValue type = selector.value(QLatin1String("FragmentSelectorType"));
    if (present(type)) {
        if (type.toString() == QLatin1String("SERVER_TIMESTAMP")) {
            p.clock = TimestampType::Server;
        } else if (type.toString() == QLatin1String("PRODUCER_TIMESTAMP")) {
            p.clock = TimestampType::Producer;
        } else {
            *problem = enumError(type.toString(),
                                 (hls ? QStringLiteral("hLSFragmentSelector")
                                      : QStringLiteral("dASHFragmentSelector")) +
                                     QStringLiteral(".fragmentSelectorType"),
                                 QStringLiteral("PRODUCER_TIMESTAMP, SERVER_TIMESTAMP"));
            return std::nullopt;
        }
    }
    p.discontinuity = discontinuity.value_or(
        p.clock == TimestampType::Server ? DiscontinuityMode::Always : DiscontinuityMode::Never);
    const QJsonValue rangeValue = selector.value(QLatin1String("TimestampRange"));
    const bool hasRange = present(rangeValue);
    if (p.mode == PlaybackMode::Live) {
        if (hasRange) {
            *problem = QStringLiteral("TimestampRange must not be set when PlaybackMode is LIVE.");
            return std::nullopt;
        }
        return p;
    }
    // LIVE_REPLAY and ON_DEMAND: "both FragmentSelectorType and TimestampRange must be set".
    if (!present(type) || !hasRange) {
        *problem = QStringLiteral("%1 with FragmentSelectorType and TimestampRange is required "
                                  "when PlaybackMode is %2.")
                       .arg(selectorName, toWire(p.mode));
        return std::nullopt;
    }
    const QJsonObject range = rangeValue.toObject();
    const QJsonValue startValue = range.value(QLatin1String("StartTimestamp"));
    const QJsonValue endValue = range.value(QLatin1String("EndTimestamp"));
    p.startMs = timestampMs(startValue);
    if (!p.startMs) {
        *problem = QStringLiteral("StartTimestamp is required in TimestampRange.");
        return std::nullopt;
    }
    if (present(endValue)) {
        p.endMs = timestampMs(endValue);
        if (!p.endMs) {
            *problem = QStringLiteral("EndTimestamp must be a timestamp.");
            return std::nullopt;
        }
    } else if (p.mode == PlaybackMode::OnDemand) {
        *problem = QStringLiteral("EndTimestamp is required when PlaybackMode is ON_DEMAND.");
        return std::nullopt;
    }
    if (p.endMs) {
        if (*p.endMs <= *p.startMs) {
            *problem = QStringLiteral("EndTimestamp must be later than StartTimestamp.");
            return std::nullopt;
        }
        if (*p.endMs - *p.startMs > StreamingSessionOptions::kMaxOnDemandRangeMs) {
            *problem = QStringLiteral("EndTimestamp must be within 24 hours of StartTimestamp.");
            return std::nullopt;
        }
    }
    if (p.clock == TimestampType::Server) {
        if (*p.startMs > nowMs) {
            *problem = QStringLiteral("StartTimestamp must not be later than the stream head "
                                      "(the current server time) for SERVER_TIMESTAMP.");
            return std::nullopt;
        }
        if (p.endMs && *p.endMs > nowMs) {
            *problem = QStringLiteral("EndTimestamp must be in the past for SERVER_TIMESTAMP.");
            return std::nullopt;
        }
    }
    return p;
}

} // namespace kinescope::emu
