#pragma once

#include "core/media/codec_details.h"
#include "core/util/result.h"

#include <QByteArrayView>
#include <QList>

namespace kinescope {

// H.264 sequence parameter set (ITU-T H.264 7.3.2.1.1), the members Kinescope shows.
struct H264Sps {
    int profileIdc = 0;
    int constraintFlags = 0; // constraint_set0..5 in the high bits of the byte
    int levelIdc = 0;
    int id = 0;
    int chromaFormatIdc = 1;
    int bitDepthLuma = 8;
    int bitDepthChroma = 8;
    int width = 0;  // cropped
    int height = 0; // cropped
    bool frameMbsOnly = true;
    int sarWidth = 0;
    int sarHeight = 0;
    quint32 numUnitsInTick = 0; // VUI timing information (0 when absent)
    quint32 timeScale = 0;
    bool fixedFrameRate = false;

    double frameRate() const; // time_scale / (2 * num_units_in_tick), or 0
};

struct H264Pps {
    int id = 0;
    int spsId = 0;
    bool cabac = false; // entropy_coding_mode_flag
};

// AVCDecoderConfigurationRecord (ISO/IEC 14496-15 5.3.3.1).
struct AvcConfig {
    int profileIndication = 0;
    int profileCompatibility = 0;
    int levelIndication = 0;
    int nalLengthSize = 4;
    QList<QByteArray> sps; // NAL units including their one-byte header
    QList<QByteArray> pps;
};

// Each takes a whole NAL unit (header byte included) and returns the decoded set, or a Parse
// error naming the byte offset inside the NAL unit.
Result<H264Sps> decodeH264Sps(QByteArrayView nal);
Result<H264Pps> decodeH264Pps(QByteArrayView nal);
Result<AvcConfig> decodeAvcConfig(QByteArrayView record);

QString h264ProfileName(int profileIdc, int constraintFlags);
QString h264LevelName(int levelIdc, int constraintFlags);

// avcC → CodecDetails (profile, level, size, frame rate, parameter sets).
CodecDetails describeAvcConfig(QByteArrayView record);

} // namespace kinescope
