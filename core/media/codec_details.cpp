#include "core/media/codec_details.h"

#include "core/media/aac_config.h"
#include "core/media/h264_parameter_sets.h"
#include "core/media/hevc_parameter_sets.h"

namespace kinescope {

QString CodecDetails::summary() const {
    if (!decoded())
        return error.isEmpty() ? QString() : QStringLiteral("(%1)").arg(error);
    QStringList parts{codec};
    if (!profile.isEmpty())
        parts << (level.isEmpty() ? profile : QStringLiteral("%1@%2").arg(profile, level));
    if (width > 0 && height > 0)
        parts << QStringLiteral("%1x%2").arg(width).arg(height);
    if (frameRate > 0)
        parts << QStringLiteral("%1 fps").arg(frameRate, 0, 'g', 6);
    if (sampleRate > 0)
        parts << QStringLiteral("%1 Hz").arg(sampleRate);
    if (channels > 0)
        parts << QStringLiteral("%1 ch").arg(channels);
    return parts.join(QLatin1Char(' '));
}

CodecDetails describeCodecPrivate(const QString& codecId, QByteArrayView data) {
    if (data.isEmpty())
        return {};
    if (codecId == QLatin1String("V_MPEG4/ISO/AVC") || codecId == QLatin1String("avc1") ||
        codecId == QLatin1String("avc3") || codecId == QLatin1String("avcC") ||
        codecId == QLatin1String("encv/avc1"))
        return describeAvcConfig(data);
    if (codecId == QLatin1String("V_MPEGH/ISO/HEVC") || codecId == QLatin1String("hvc1") ||
        codecId == QLatin1String("hev1") || codecId == QLatin1String("hvcC"))
        return describeHevcConfig(data);
    if (codecId.startsWith(QLatin1String("A_AAC")) || codecId == QLatin1String("mp4a"))
        return describeAudioSpecificConfig(data);
    return {};
}

} // namespace kinescope
