#pragma once

#include <QByteArray>
#include <QString>
#include <QtGlobal>

#include <vector>

namespace kinescope::emu {

// One coded H.264 picture in AVCC form (each NAL unit prefixed by its 4-byte big-endian length).
struct VideoSample {
    QByteArray data;
    qint64 ptsMs = 0; // presentation time from the start of the fragment
    qint64 dtsMs = 0; // decode time from the start of the fragment
    qint64 durationMs = 0;
    bool keyframe = false;
};

// The media of one archived fragment: one closed GOP of real H.264 (the first sample is an IDR
// picture), encoded with the same parameters for every fragment of a stream so one init segment
// (avcC) serves them all. Timestamps are relative to the fragment start; the packagers place
// them on the session or file timeline.
struct EncodedFragment {
    QString codecId = QStringLiteral("V_MPEG4/ISO/AVC");
    QByteArray avcC; // AVCDecoderConfigurationRecord (Matroska CodecPrivate, MP4 avcC box body)
    QByteArray sps;  // the sequence parameter set NAL unit, without start code or length
    QByteArray pps;  // the picture parameter set NAL unit, without start code or length
    int width = 0;
    int height = 0;
    int fps = 0;
    qint64 durationMs = 0;            // the fragment's duration (sum of sample durations)
    std::vector<VideoSample> samples; // decode order
};

} // namespace kinescope::emu
