#pragma once

#include <QByteArrayView>
#include <QList>
#include <QString>

namespace kinescope {

// One parameter set found in a decoder configuration record (avcC/hvcC).
struct ParameterSetInfo {
    QString kind;          // "SPS", "PPS", "VPS"
    int id = -1;           // its own id
    int referencedId = -1; // PPS → SPS id, SPS → VPS id (HEVC)
    int size = 0;          // NAL unit size in bytes
    QString error;         // why it could not be decoded (empty when it could)
};

// What the codec private data of a track says, decoded.
struct CodecDetails {
    QString codec;       // "h264", "hevc", "aac"; empty when not decoded
    QString profile;     // "High", "Main 10", "AAC LC", "HE-AAC", ...
    int profileIdc = -1; // H.264 profile_idc, H.265 general_profile_idc, AAC object type
    QString level;       // "3.0", "4.1" (H.265: level_idc / 30), "1b"
    int levelIdc = -1;
    QString tier;  // H.265: "Main" or "High"
    int width = 0; // after cropping
    int height = 0;
    double frameRate = 0; // from VUI / VPS timing information; 0 when absent
    QString chromaFormat; // "4:2:0", ...
    int bitDepthLuma = 0;
    int bitDepthChroma = 0;
    int nalLengthSize = 0; // bytes of each NAL length prefix in samples
    int sampleRate = 0;    // AAC
    int channels = 0;      // AAC (0: defined by a program config element)
    QList<ParameterSetInfo> parameterSets;
    QString error; // why decoding failed, with the byte offset inside the data

    bool decoded() const { return !codec.isEmpty(); }
    // "h264 High@3.0 320x240 30 fps" — one line for tables.
    QString summary() const;
};

// Decodes codec private data by Matroska CodecID ("V_MPEG4/ISO/AVC", "V_MPEGH/ISO/HEVC",
// "A_AAC...") or MP4 sample entry / configuration box ("avc1"/"avcC", "hvc1"/"hev1"/"hvcC",
// "mp4a" with an AudioSpecificConfig). Unknown codecs give an empty CodecDetails; undecodable
// data gives one whose error says why.
CodecDetails describeCodecPrivate(const QString& codecId, QByteArrayView data);

} // namespace kinescope
