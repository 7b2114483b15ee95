#include "core/media/hevc_parameter_sets.h"

#include "core/media/bit_reader.h"

#include <optional>

namespace kinescope {

namespace {

constexpr int kVpsType = 32;
constexpr int kSpsType = 33;
constexpr int kPpsType = 34;

AwsError parseError(const QString& message) {
    return AwsError::make(AwsError::Kind::Parse, QStringLiteral("InvalidCodecPrivate"), message);
}

int nalType(QByteArrayView nal) {
    return (quint8(nal[0]) >> 1) & 0x3f;
}

HevcProfileTierLevel readProfileTierLevel(BitReader& r, int maxSubLayersMinus1) {
    HevcProfileTierLevel ptl;
    ptl.profileSpace = int(r.bits(2));
    ptl.highTier = r.flag();
    ptl.profileIdc = int(r.bits(5));
    ptl.compatibilityFlags = r.bits(32);
    r.skip(48); // progressive/interlaced/non-packed/frame-only + 43 + 1 bits
    ptl.levelIdc = int(r.bits(8));
    bool profilePresent[8] = {};
    bool levelPresent[8] = {};
    for (int i = 0; i < maxSubLayersMinus1; ++i) {
        profilePresent[i] = r.flag();
        levelPresent[i] = r.flag();
    }
    if (maxSubLayersMinus1 > 0) {
        for (int i = maxSubLayersMinus1; i < 8; ++i)
            r.skip(2);
    }
    for (int i = 0; i < maxSubLayersMinus1; ++i) {
        if (profilePresent[i])
            r.skip(88);
        if (levelPresent[i])
            r.skip(8);
    }
    if (ptl.profileIdc == 0) { // derive from the compatibility flags like decoders do
        for (int j = 1; j < 32; ++j) {
            if (ptl.compatibilityFlags & (1u << (31 - j))) {
                ptl.profileIdc = j;
                break;
            }
        }
    }
    return ptl;
}

bool skipScalingListData(BitReader& r) {
    for (int sizeId = 0; sizeId < 4; ++sizeId) {
        for (int matrixId = 0; matrixId < 6; matrixId += (sizeId == 3) ? 3 : 1) {
            if (!r.flag()) {
                r.ue(); // scaling_list_pred_matrix_id_delta
            } else {
                const int coefNum = std::min(64, 1 << (4 + (sizeId << 1)));
                if (sizeId > 1)
                    r.se();
                for (int i = 0; i < coefNum && !r.overrun(); ++i)
                    r.se();
            }
            if (r.overrun())
                return false;
        }
    }
    return true;
}

// st_ref_pic_set(idx) inside an SPS; numDeltaPocs keeps the count of every set read so far.
bool skipShortTermRefPicSet(BitReader& r, int idx, int* numDeltaPocs) {
    bool interRps = false;
    if (idx != 0)
        interRps = r.flag();
    if (interRps) {
        r.bit(); // delta_rps_sign
        if (r.ue() > 32767)
            return false;
        const int ref = idx - 1; // delta_idx_minus1 is only present in slice headers
        int count = 0;
        for (int j = 0; j <= numDeltaPocs[ref]; ++j) {
            const bool used = r.flag();
            const bool useDelta = used ? true : r.flag();
            if (useDelta)
                ++count;
        }
        numDeltaPocs[idx] = count;
    } else {
        const quint32 negative = r.ue();
        const quint32 positive = r.ue();
        if (negative > 16 || positive > 16)
            return false;
        for (quint32 i = 0; i < negative + positive; ++i) {
            r.ue();
            r.bit();
        }
        numDeltaPocs[idx] = int(negative + positive);
    }
    return !r.overrun() && numDeltaPocs[idx] <= 32;
}

} // namespace

Result<HevcVps> decodeHevcVps(QByteArrayView nal) {
    if (nal.size() < 6 || nalType(nal) != kVpsType)
        return parseError(QStringLiteral("NAL unit at byte 0 is not a VPS"));
    const QByteArray rbsp = nalToRbsp(nal.sliced(2));
    BitReader r(rbsp);
    HevcVps vps;
    vps.id = int(r.bits(4));
    r.skip(2); // base layer internal/available flags
    r.skip(6); // vps_max_layers_minus1
    const int maxSubLayersMinus1 = int(r.bits(3));
    vps.maxSubLayers = maxSubLayersMinus1 + 1;
    r.skip(1 + 16); // temporal id nesting, reserved 0xffff
    if (maxSubLayersMinus1 > 6)
        return parseError(
            QStringLiteral("vps_max_sub_layers_minus1 %1 out of range").arg(maxSubLayersMinus1));
    vps.ptl = readProfileTierLevel(r, maxSubLayersMinus1);
    const bool orderingInfo = r.flag();
    for (int i = orderingInfo ? 0 : maxSubLayersMinus1; i <= maxSubLayersMinus1; ++i) {
        r.ue();
        r.ue();
        r.ue();
    }
    const int maxLayerId = int(r.bits(6));
    const quint32 layerSets = r.ue();
    if (layerSets > 1023)
        return parseError(
            QStringLiteral("vps_num_layer_sets_minus1 %1 out of range").arg(layerSets));
    r.skip(quint64(layerSets) * quint64(maxLayerId + 1));
    if (r.flag()) { // vps_timing_info_present_flag
        vps.numUnitsInTick = r.bits(32);
        vps.timeScale = r.bits(32);
    }
    if (r.overrun()) {
        vps.numUnitsInTick = 0;
        vps.timeScale = 0;
        if (r.bitPosition() < 100)
            return parseError(QStringLiteral("VPS ends at byte %1").arg(nal.size()));
    }
    return vps;
}

Result<HevcSps> decodeHevcSps(QByteArrayView nal) {
    if (nal.size() < 6 || nalType(nal) != kSpsType)
        return parseError(QStringLiteral("NAL unit at byte 0 is not an SPS"));
    const QByteArray rbsp = nalToRbsp(nal.sliced(2));
    BitReader r(rbsp);
    HevcSps sps;
    sps.vpsId = int(r.bits(4));
    const int maxSubLayersMinus1 = int(r.bits(3));
    if (maxSubLayersMinus1 > 6)
        return parseError(
            QStringLiteral("sps_max_sub_layers_minus1 %1 out of range").arg(maxSubLayersMinus1));
    sps.maxSubLayers = maxSubLayersMinus1 + 1;
    r.bit(); // temporal id nesting
    sps.ptl = readProfileTierLevel(r, maxSubLayersMinus1);
    sps.id = r.ueSmall();
    if (sps.id > 15)
        return parseError(QStringLiteral("sps_seq_parameter_set_id %1 out of range").arg(sps.id));
    sps.chromaFormatIdc = r.ueSmall();
    if (sps.chromaFormatIdc > 3)
        return parseError(
            QStringLiteral("chroma_format_idc %1 out of range").arg(sps.chromaFormatIdc));
    bool separateColourPlane = false;
    if (sps.chromaFormatIdc == 3)
        separateColourPlane = r.flag();
    const quint32 width = r.ue();
    const quint32 height = r.ue();
    quint32 left = 0, right = 0, top = 0, bottom = 0;
    if (r.flag()) {
        left = r.ue();
        right = r.ue();
        top = r.ue();
        bottom = r.ue();
    }
    sps.bitDepthLuma = r.ueSmall() + 8;
    sps.bitDepthChroma = r.ueSmall() + 8;
    if (sps.bitDepthLuma > 16 || sps.bitDepthChroma > 16)
        return parseError(QStringLiteral("bit depth out of range"));
    if (r.overrun())
        return parseError(
            QStringLiteral("SPS ends at byte %1 before its picture size").arg(nal.size()));
    if (width == 0 || height == 0 || width > 16888 || height > 16888)
        return parseError(QStringLiteral("picture size %1x%2 out of range").arg(width).arg(height));
    const int chromaArrayType = separateColourPlane ? 0 : sps.chromaFormatIdc;
    const int subWidthC = (chromaArrayType == 1 || chromaArrayType == 2) ? 2 : 1;
    const int subHeightC = chromaArrayType == 1 ? 2 : 1;
    const qint64 croppedW = qint64(width) - qint64(subWidthC) * (qint64(left) + right);
    const qint64 croppedH = qint64(height) - qint64(subHeightC) * (qint64(top) + bottom);
    if (croppedW <= 0 || croppedH <= 0)
        return parseError(QStringLiteral("conformance window leaves no picture"));
    sps.width = int(croppedW);
    sps.height = int(croppedH);

    // Everything below only leads to the VUI timing information; failing to get there keeps
    // the members decoded so far.
    const quint32 log2MaxPocLsb = quint32(r.ueSmall()) + 4;
    if (log2MaxPocLsb > 16)
        return sps;
    const bool orderingInfo = r.flag();
    for (int i = orderingInfo ? 0 : maxSubLayersMinus1; i <= maxSubLayersMinus1; ++i) {
        r.ue();
        r.ue();
        r.ue();
    }
    for (int i = 0; i < 6; ++i)
        r.ue();                 // coding/transform block sizes, hierarchy depths
    if (r.flag() && r.flag()) { // scaling_list_enabled_flag, sps_scaling_list_data_present_flag
        if (!skipScalingListData(r))
            return sps;
    }
    r.bit();        // amp_enabled_flag
    r.bit();        // sample_adaptive_offset_enabled_flag
    if (r.flag()) { // pcm_enabled_flag
        r.skip(8);
        r.ue();
        r.ue();
        r.bit();
    }
    const quint32 shortTermSets = r.ue();
    if (shortTermSets > 64 || r.overrun())
        return sps;
    int numDeltaPocs[65] = {};
    for (quint32 i = 0; i < shortTermSets; ++i) {
        if (!skipShortTermRefPicSet(r, int(i), numDeltaPocs))
            return sps;
    }
    if (r.flag()) { // long_term_ref_pics_present_flag
        const quint32 count = r.ue();
        if (count > 32)
            return sps;
        for (quint32 i = 0; i < count; ++i) {
            r.skip(log2MaxPocLsb);
            r.bit();
        }
    }
    r.bit();            // sps_temporal_mvp_enabled_flag
    r.bit();            // strong_intra_smoothing_enabled_flag
    if (r.flag()) {     // vui_parameters_present_flag
        if (r.flag()) { // aspect_ratio_info_present_flag
            if (r.bits(8) == 255)
                r.skip(32);
        }
        if (r.flag()) // overscan_info_present_flag
            r.bit();
        if (r.flag()) { // video_signal_type_present_flag
            r.skip(4);
            if (r.flag())
                r.skip(24);
        }
        if (r.flag()) { // chroma_loc_info_present_flag
            r.ue();
            r.ue();
        }
        r.skip(3);      // neutral chroma, field_seq, frame_field_info_present
        if (r.flag()) { // default_display_window_flag
            for (int i = 0; i < 4; ++i)
                r.ue();
        }
        if (r.flag()) { // vui_timing_info_present_flag
            const quint32 units = r.bits(32);
            const quint32 scale = r.bits(32);
            if (!r.overrun()) {
                sps.numUnitsInTick = units;
                sps.timeScale = scale;
            }
        }
    }
    return sps;
}

Result<HevcPps> decodeHevcPps(QByteArrayView nal) {
    if (nal.size() < 3 || nalType(nal) != kPpsType)
        return parseError(QStringLiteral("NAL unit at byte 0 is not a PPS"));
    const QByteArray rbsp = nalToRbsp(nal.sliced(2));
    BitReader r(rbsp);
    HevcPps pps;
    pps.id = r.ueSmall();
    pps.spsId = r.ueSmall();
    if (r.overrun() || pps.id > 63 || pps.spsId > 15)
        return parseError(QStringLiteral("PPS ids out of range or truncated"));
    return pps;
}

Result<HevcConfig> decodeHevcConfig(QByteArrayView record) {
    if (record.size() < 23)
        return parseError(QStringLiteral("hvcC of %1 bytes is shorter than its 23-byte header")
                              .arg(record.size()));
    if (quint8(record[0]) != 1)
        return parseError(QStringLiteral("hvcC configurationVersion %1 at byte 0 is not 1")
                              .arg(quint8(record[0])));
    BitReader r(record.sliced(1, 22));
    HevcConfig config;
    config.ptl.profileSpace = int(r.bits(2));
    config.ptl.highTier = r.flag();
    config.ptl.profileIdc = int(r.bits(5));
    config.ptl.compatibilityFlags = r.bits(32);
    r.skip(48);
    config.ptl.levelIdc = int(r.bits(8));
    r.skip(16); // reserved + min_spatial_segmentation_idc
    r.skip(8);  // reserved + parallelismType
    r.skip(6);
    config.chromaFormatIdc = int(r.bits(2));
    r.skip(5);
    config.bitDepthLuma = int(r.bits(3)) + 8;
    r.skip(5);
    config.bitDepthChroma = int(r.bits(3)) + 8;
    config.avgFrameRate = int(r.bits(16));
    r.skip(6);
    config.nalLengthSize = int(r.bits(2)) + 1;
    const int arrays = quint8(record[22]);
    qsizetype pos = 23;
    for (int a = 0; a < arrays; ++a) {
        if (pos + 3 > record.size())
            return parseError(QStringLiteral("hvcC ends at byte %1 inside a NAL array header")
                                  .arg(record.size()));
        const int type = quint8(record[pos]) & 0x3f;
        const int count = (quint8(record[pos + 1]) << 8) | quint8(record[pos + 2]);
        pos += 3;
        for (int i = 0; i < count; ++i) {
            if (pos + 2 > record.size())
                return parseError(
                    QStringLiteral("hvcC ends at byte %1 inside a NAL length").arg(record.size()));
            const int length = (quint8(record[pos]) << 8) | quint8(record[pos + 1]);
            pos += 2;
            if (pos + length > record.size())
                return parseError(QStringLiteral("NAL unit of %1 bytes at byte %2 runs past the "
                                                 "end of hvcC (%3 bytes)")
                                      .arg(length)
                                      .arg(pos)
                                      .arg(record.size()));
            const QByteArray nal = record.sliced(pos, length).toByteArray();
            pos += length;
            if (type == kVpsType)
                config.vps.append(nal);
            else if (type == kSpsType)
                config.sps.append(nal);
            else if (type == kPpsType)
                config.pps.append(nal);
        }
    }
    return config;
}

QString hevcProfileName(int profileIdc) {
    switch (profileIdc) {
    case 1:
        return QStringLiteral("Main");
    case 2:
        return QStringLiteral("Main 10");
    case 3:
        return QStringLiteral("Main Still Picture");
    case 4:
        return QStringLiteral("Range Extensions");
    case 5:
        return QStringLiteral("High Throughput");
    case 9:
        return QStringLiteral("Screen Content Coding");
    default:
        return QStringLiteral("profile %1").arg(profileIdc);
    }
}

QString hevcLevelName(int levelIdc) {
    if (levelIdc % 30 == 0)
        return QString::number(levelIdc / 30);
    return QStringLiteral("%1.%2").arg(levelIdc / 30).arg((levelIdc % 30) / 3);
}

CodecDetails describeHevcConfig(QByteArrayView record) {
    CodecDetails details;
    auto config = decodeHevcConfig(record);
    if (!config) {
        details.error = config.error().message;
        return details;
    }
    static const char* const kChroma[] = {"4:0:0", "4:2:0", "4:2:2", "4:4:4"};
    details.codec = QStringLiteral("hevc");
    details.nalLengthSize = config->nalLengthSize;
    details.profileIdc = config->ptl.profileIdc;
    details.profile = hevcProfileName(config->ptl.profileIdc);
    details.tier = config->ptl.highTier ? QStringLiteral("High") : QStringLiteral("Main");
    details.levelIdc = config->ptl.levelIdc;
    details.level = hevcLevelName(config->ptl.levelIdc);
    details.chromaFormat = QString::fromLatin1(kChroma[config->chromaFormatIdc & 3]);
    details.bitDepthLuma = config->bitDepthLuma;
    details.bitDepthChroma = config->bitDepthChroma;
    if (config->avgFrameRate > 0)
        details.frameRate = config->avgFrameRate / 256.0;
    for (const QByteArray& nal : config->vps) {
        ParameterSetInfo info{QStringLiteral("VPS"), -1, -1, int(nal.size()), {}};
        auto vps = decodeHevcVps(nal);
        if (!vps) {
            info.error = vps.error().message;
        } else {
            info.id = vps->id;
            if (vps->numUnitsInTick && vps->timeScale && details.frameRate == 0)
                details.frameRate = double(vps->timeScale) / vps->numUnitsInTick;
        }
        details.parameterSets.append(info);
    }
    bool haveSps = false;
    for (const QByteArray& nal : config->sps) {
        ParameterSetInfo info{QStringLiteral("SPS"), -1, -1, int(nal.size()), {}};
        auto sps = decodeHevcSps(nal);
        if (!sps) {
            info.error = sps.error().message;
        } else {
            info.id = sps->id;
            info.referencedId = sps->vpsId;
            if (!haveSps) {
                haveSps = true;
                details.width = sps->width;
                details.height = sps->height;
                details.profileIdc = sps->ptl.profileIdc;
                details.profile = hevcProfileName(sps->ptl.profileIdc);
                details.levelIdc = sps->ptl.levelIdc;
                details.level = hevcLevelName(sps->ptl.levelIdc);
                details.tier = sps->ptl.highTier ? QStringLiteral("High") : QStringLiteral("Main");
                details.chromaFormat = QString::fromLatin1(kChroma[sps->chromaFormatIdc & 3]);
                details.bitDepthLuma = sps->bitDepthLuma;
                details.bitDepthChroma = sps->bitDepthChroma;
                if (sps->numUnitsInTick && sps->timeScale)
                    details.frameRate = double(sps->timeScale) / sps->numUnitsInTick;
            }
        }
        details.parameterSets.append(info);
    }
    for (const QByteArray& nal : config->pps) {
        ParameterSetInfo info{QStringLiteral("PPS"), -1, -1, int(nal.size()), {}};
        auto pps = decodeHevcPps(nal);
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
