#include "core/media/h264_parameter_sets.h"

#include "core/media/bit_reader.h"

namespace kinescope {

namespace {

AwsError parseError(const QString& message) {
    return AwsError::make(AwsError::Kind::Parse, QStringLiteral("InvalidCodecPrivate"), message);
}

bool hasChromaInfo(int profileIdc) {
    switch (profileIdc) {
    case 100:
    case 110:
    case 122:
    case 244:
    case 44:
    case 83:
    case 86:
    case 118:
    case 128:
    case 138:
    case 139:
    case 134:
    case 135:
        return true;
    default:
        return false;
    }
}

// scaling_list(): false when a delta_scale is outside -128..127 (corrupt data).
bool skipScalingList(BitReader& r, int size) {
    int last = 8;
    int next = 8;
    for (int j = 0; j < size; ++j) {
        if (next != 0) {
            const qint32 delta = r.se();
            if (delta < -128 || delta > 127)
                return false;
            next = (last + delta + 256) % 256;
        }
        last = next == 0 ? last : next;
        if (r.overrun())
            return true;
    }
    return true;
}

} // namespace

double H264Sps::frameRate() const {
    if (numUnitsInTick == 0 || timeScale == 0)
        return 0;
    return double(timeScale) / (2.0 * double(numUnitsInTick));
}

Result<H264Sps> decodeH264Sps(QByteArrayView nal) {
    if (nal.size() < 4)
        return parseError(QStringLiteral("SPS of %1 bytes is too short").arg(nal.size()));
    if ((quint8(nal[0]) & 0x1f) != 7)
        return parseError(
            QStringLiteral("NAL unit type %1 at byte 0 is not an SPS").arg(quint8(nal[0]) & 0x1f));
    const QByteArray rbsp = nalToRbsp(nal.sliced(1));
    BitReader r(rbsp);
    H264Sps sps;
    sps.profileIdc = int(r.bits(8));
    sps.constraintFlags = int(r.bits(8));
    sps.levelIdc = int(r.bits(8));
    sps.id = r.ueSmall();
    if (sps.id > 31)
        return parseError(QStringLiteral("seq_parameter_set_id %1 out of range").arg(sps.id));
    bool separateColourPlane = false;
    if (hasChromaInfo(sps.profileIdc)) {
        sps.chromaFormatIdc = r.ueSmall();
        if (sps.chromaFormatIdc > 3)
            return parseError(
                QStringLiteral("chroma_format_idc %1 out of range").arg(sps.chromaFormatIdc));
        if (sps.chromaFormatIdc == 3)
            separateColourPlane = r.flag();
        sps.bitDepthLuma = r.ueSmall() + 8;
        sps.bitDepthChroma = r.ueSmall() + 8;
        if (sps.bitDepthLuma > 14 || sps.bitDepthChroma > 14)
            return parseError(QStringLiteral("bit depth out of range"));
        r.bit();        // qpprime_y_zero_transform_bypass_flag
        if (r.flag()) { // seq_scaling_matrix_present_flag
            const int lists = sps.chromaFormatIdc != 3 ? 8 : 12;
            for (int i = 0; i < lists && !r.overrun(); ++i) {
                if (r.flag() && !skipScalingList(r, i < 6 ? 16 : 64))
                    return parseError(QStringLiteral("delta_scale out of range in a scaling list"));
            }
        }
    }
    const quint32 log2MaxFrameNumMinus4 = r.ue();
    if (log2MaxFrameNumMinus4 > 12)
        return parseError(
            QStringLiteral("log2_max_frame_num_minus4 %1 out of range").arg(log2MaxFrameNumMinus4));
    const quint32 pocType = r.ue();
    if (pocType == 0) {
        if (r.ue() > 12)
            return parseError(QStringLiteral("log2_max_pic_order_cnt_lsb_minus4 out of range"));
    } else if (pocType == 1) {
        r.bit();
        r.se();
        r.se();
        const quint32 cycle = r.ue();
        if (cycle > 255)
            return parseError(QStringLiteral("num_ref_frames_in_pic_order_cnt_cycle %1 out of "
                                             "range")
                                  .arg(cycle));
        for (quint32 i = 0; i < cycle && !r.overrun(); ++i)
            r.se();
    } else if (pocType > 2) {
        return parseError(QStringLiteral("pic_order_cnt_type %1 out of range").arg(pocType));
    }
    r.ue();  // max_num_ref_frames
    r.bit(); // gaps_in_frame_num_value_allowed_flag
    const quint32 widthMbs = r.ue() + 1;
    const quint32 heightMapUnits = r.ue() + 1;
    sps.frameMbsOnly = r.flag();
    if (!sps.frameMbsOnly)
        r.bit(); // mb_adaptive_frame_field_flag
    r.bit();     // direct_8x8_inference_flag
    quint32 cropLeft = 0, cropRight = 0, cropTop = 0, cropBottom = 0;
    if (r.flag()) {
        cropLeft = r.ue();
        cropRight = r.ue();
        cropTop = r.ue();
        cropBottom = r.ue();
    }
    if (r.overrun())
        return parseError(
            QStringLiteral("SPS ends at byte %1 before its frame size").arg(rbsp.size() + 1));
    if (widthMbs > 1024 || heightMapUnits > 1024)
        return parseError(QStringLiteral("picture size %1x%2 macroblocks out of range")
                              .arg(widthMbs)
                              .arg(heightMapUnits));
    const int chromaArrayType = separateColourPlane ? 0 : sps.chromaFormatIdc;
    const int subWidthC = (chromaArrayType == 1 || chromaArrayType == 2) ? 2 : 1;
    const int subHeightC = chromaArrayType == 1 ? 2 : 1;
    const int frameHeightFactor = sps.frameMbsOnly ? 1 : 2;
    const int cropUnitX = chromaArrayType == 0 ? 1 : subWidthC;
    const int cropUnitY = (chromaArrayType == 0 ? 1 : subHeightC) * frameHeightFactor;
    const qint64 width = qint64(widthMbs) * 16 - qint64(cropUnitX) * (qint64(cropLeft) + cropRight);
    const qint64 height = qint64(heightMapUnits) * 16 * frameHeightFactor -
                          qint64(cropUnitY) * (qint64(cropTop) + cropBottom);
    if (width <= 0 || height <= 0)
        return parseError(QStringLiteral("cropping leaves no picture"));
    sps.width = int(width);
    sps.height = int(height);

    if (r.flag()) {     // vui_parameters_present_flag
        if (r.flag()) { // aspect_ratio_info_present_flag
            const quint32 idc = r.bits(8);
            if (idc == 255) {
                sps.sarWidth = int(r.bits(16));
                sps.sarHeight = int(r.bits(16));
            }
        }
        if (r.flag()) // overscan_info_present_flag
            r.bit();
        if (r.flag()) { // video_signal_type_present_flag
            r.bits(4);
            if (r.flag())
                r.bits(24);
        }
        if (r.flag()) { // chroma_loc_info_present_flag
            r.ue();
            r.ue();
        }
        if (r.flag()) { // timing_info_present_flag
            sps.numUnitsInTick = r.bits(32);
            sps.timeScale = r.bits(32);
            sps.fixedFrameRate = r.flag();
        }
        if (r.overrun()) { // VUI is optional information; keep what came before it
            sps.numUnitsInTick = 0;
            sps.timeScale = 0;
        }
    }
    return sps;
}

Result<H264Pps> decodeH264Pps(QByteArrayView nal) {
    if (nal.size() < 2)
        return parseError(QStringLiteral("PPS of %1 bytes is too short").arg(nal.size()));
    if ((quint8(nal[0]) & 0x1f) != 8)
        return parseError(
            QStringLiteral("NAL unit type %1 at byte 0 is not a PPS").arg(quint8(nal[0]) & 0x1f));
    const QByteArray rbsp = nalToRbsp(nal.sliced(1));
    BitReader r(rbsp);
    H264Pps pps;
    pps.id = r.ueSmall();
    pps.spsId = r.ueSmall();
    pps.cabac = r.flag();
    if (r.overrun())
        return parseError(QStringLiteral("PPS ends at byte %1").arg(nal.size()));
    if (pps.id > 255 || pps.spsId > 31)
        return parseError(QStringLiteral("PPS ids out of range"));
    return pps;
}

Result<AvcConfig> decodeAvcConfig(QByteArrayView record) {
    if (record.size() < 7)
        return parseError(QStringLiteral("avcC of %1 bytes is shorter than its 7-byte header")
                              .arg(record.size()));
    if (quint8(record[0]) != 1)
        return parseError(QStringLiteral("avcC configurationVersion %1 at byte 0 is not 1")
                              .arg(quint8(record[0])));
    AvcConfig config;
    config.profileIndication = quint8(record[1]);
    config.profileCompatibility = quint8(record[2]);
    config.levelIndication = quint8(record[3]);
    config.nalLengthSize = (quint8(record[4]) & 3) + 1;
    qsizetype pos = 5;
    auto readSets = [&](int count, QList<QByteArray>& out) -> std::optional<AwsError> {
        for (int i = 0; i < count; ++i) {
            if (pos + 2 > record.size())
                return parseError(QStringLiteral("avcC ends at byte %1 inside a parameter set "
                                                 "length")
                                      .arg(record.size()));
            const int length = (quint8(record[pos]) << 8) | quint8(record[pos + 1]);
            pos += 2;
            if (pos + length > record.size())
                return parseError(QStringLiteral("parameter set of %1 bytes at byte %2 runs past "
                                                 "the end of avcC (%3 bytes)")
                                      .arg(length)
                                      .arg(pos)
                                      .arg(record.size()));
            out.append(record.sliced(pos, length).toByteArray());
            pos += length;
        }
        return std::nullopt;
    };
    const int spsCount = quint8(record[5]) & 0x1f;
    pos = 6;
    if (auto error = readSets(spsCount, config.sps))
        return *error;
    if (pos >= record.size())
        return parseError(QStringLiteral("avcC ends at byte %1 before its PPS count").arg(pos));
    const int ppsCount = quint8(record[pos]);
    ++pos;
    if (auto error = readSets(ppsCount, config.pps))
        return *error;
    return config;
}

QString h264ProfileName(int profileIdc, int constraintFlags) {
    const bool set1 = constraintFlags & 0x40;
    const bool set3 = constraintFlags & 0x10;
    switch (profileIdc) {
    case 66:
        return set1 ? QStringLiteral("Constrained Baseline") : QStringLiteral("Baseline");
    case 77:
        return QStringLiteral("Main");
    case 88:
        return QStringLiteral("Extended");
    case 100:
        return QStringLiteral("High");
    case 110:
        return set3 ? QStringLiteral("High 10 Intra") : QStringLiteral("High 10");
    case 122:
        return set3 ? QStringLiteral("High 4:2:2 Intra") : QStringLiteral("High 4:2:2");
    case 244:
        return set3 ? QStringLiteral("High 4:4:4 Intra") : QStringLiteral("High 4:4:4 Predictive");
    case 44:
        return QStringLiteral("CAVLC 4:4:4 Intra");
    case 118:
        return QStringLiteral("Multiview High");
    case 128:
        return QStringLiteral("Stereo High");
    default:
        return QStringLiteral("profile %1").arg(profileIdc);
    }
}

QString h264LevelName(int levelIdc, int constraintFlags) {
    if (levelIdc == 9 || (levelIdc == 11 && (constraintFlags & 0x10)))
        return QStringLiteral("1b");
    return QStringLiteral("%1.%2").arg(levelIdc / 10).arg(levelIdc % 10);
}

CodecDetails describeAvcConfig(QByteArrayView record) {
    CodecDetails details;
    auto config = decodeAvcConfig(record);
    if (!config) {
        details.error = config.error().message;
        return details;
    }
    details.codec = QStringLiteral("h264");
    details.nalLengthSize = config->nalLengthSize;
    details.profileIdc = config->profileIndication;
    details.levelIdc = config->levelIndication;
    details.profile = h264ProfileName(config->profileIndication, config->profileCompatibility);
    details.level = h264LevelName(config->levelIndication, config->profileCompatibility);
    bool haveSps = false;
    for (const QByteArray& nal : config->sps) {
        ParameterSetInfo info;
        info.kind = QStringLiteral("SPS");
        info.size = int(nal.size());
        auto sps = decodeH264Sps(nal);
        if (!sps) {
            info.error = sps.error().message;
        } else {
            info.id = sps->id;
            if (!haveSps) {
                haveSps = true;
                details.profileIdc = sps->profileIdc;
                details.levelIdc = sps->levelIdc;
                details.profile = h264ProfileName(sps->profileIdc, sps->constraintFlags);
                details.level = h264LevelName(sps->levelIdc, sps->constraintFlags);
                details.width = sps->width;
                details.height = sps->height;
                details.frameRate = sps->frameRate();
                details.bitDepthLuma = sps->bitDepthLuma;
                details.bitDepthChroma = sps->bitDepthChroma;
                static const char* const kChroma[] = {"4:0:0", "4:2:0", "4:2:2", "4:4:4"};
                details.chromaFormat = QString::fromLatin1(kChroma[sps->chromaFormatIdc & 3]);
            }
        }
        details.parameterSets.append(info);
    }
    for (const QByteArray& nal : config->pps) {
        ParameterSetInfo info;
        info.kind = QStringLiteral("PPS");
        info.size = int(nal.size());
        auto pps = decodeH264Pps(nal);
        if (!pps) {
            info.error = pps.error().message;
        } else {
            info.id = pps->id;
            info.referencedId = pps->spsId;
        }
        details.parameterSets.append(info);
    }
    return details;
}

} // namespace kinescope
