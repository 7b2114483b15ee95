#pragma once

#include "core/media/codec_details.h"
#include "core/util/result.h"

#include <QByteArrayView>
#include <QList>

namespace kinescope {

// general profile/tier/level of an H.265 profile_tier_level() structure.
struct HevcProfileTierLevel {
    int profileSpace = 0;
    bool highTier = false;
    int profileIdc = 0;
    quint32 compatibilityFlags = 0;
    int levelIdc = 0;
};

struct HevcVps {
    int id = 0;
    int maxSubLayers = 1;
    HevcProfileTierLevel ptl;
    quint32 numUnitsInTick = 0;
    quint32 timeScale = 0;
};

struct HevcSps {
    int vpsId = 0;
    int id = 0;
    int maxSubLayers = 1;
    HevcProfileTierLevel ptl;
    int chromaFormatIdc = 1;
    int width = 0; // after the conformance window
    int height = 0;
    int bitDepthLuma = 8;
    int bitDepthChroma = 8;
    quint32 numUnitsInTick = 0; // VUI timing (0 when absent)
    quint32 timeScale = 0;
};

struct HevcPps {
    int id = 0;
    int spsId = 0;
};

// HEVCDecoderConfigurationRecord (ISO/IEC 14496-15 8.3.3.1).
struct HevcConfig {
    HevcProfileTierLevel ptl;
    int chromaFormatIdc = 1;
    int bitDepthLuma = 8;
    int bitDepthChroma = 8;
    int avgFrameRate = 0; // frames per 256 seconds
    int nalLengthSize = 4;
    QList<QByteArray> vps; // NAL units including their two-byte header
    QList<QByteArray> sps;
    QList<QByteArray> pps;
};

// Each takes a whole NAL unit (two-byte header included).
Result<HevcVps> decodeHevcVps(QByteArrayView nal);
Result<HevcSps> decodeHevcSps(QByteArrayView nal);
Result<HevcPps> decodeHevcPps(QByteArrayView nal);
Result<HevcConfig> decodeHevcConfig(QByteArrayView record);

QString hevcProfileName(int profileIdc);
QString hevcLevelName(int levelIdc); // level_idc / 30: "3.1", "4", "5.1"

// hvcC → CodecDetails.
CodecDetails describeHevcConfig(QByteArrayView record);

} // namespace kinescope
