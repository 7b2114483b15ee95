#pragma once

#include <QByteArray>
#include <QIODevice>
#include <QList>
#include <QPair>
#include <QString>

#include <vector>

namespace kinescope::test {

// Packets of a short source clip, read with libavformat (not with Kinescope's own readers, so
// the streams written from them can check those readers).
struct SourceTrack {
    int number = 0; // Matroska track number to write
    bool video = false;
    QString codecId;         // "V_MPEG4/ISO/AVC", "V_MPEGH/ISO/HEVC", "A_AAC"
    QByteArray codecPrivate; // avcC / hvcC / AudioSpecificConfig
    int width = 0;
    int height = 0;
    double sampleRate = 0;
    int channels = 0;
    qint64 defaultDurationNs = 0;
};

struct SourcePacket {
    int track = 0;    // SourceTrack::number
    qint64 ptsMs = 0; // presentation time from the start of the clip
    qint64 durationMs = 0;
    bool keyframe = false;
    QByteArray data;
};

struct SourceMedia {
    QList<SourceTrack> tracks;
    std::vector<SourcePacket> packets; // in file (decode) order
    qint64 durationMs = 0;             // distance between loop iterations
};

// Reads the first H.264/H.265 video and the first AAC audio stream of a file.
bool readSourceMedia(const QString& path, SourceMedia* media, QString* error);

// How to lay out a KVS-style stream.
struct KvsStreamOptions {
    qint64 producerStartMs = 1700000000000; // epoch ms of the first frame
    qint64 serverDelayMs = 250;             // server timestamp = producer + this
    int repeat = 1;                         // loop the source this many times...
    qint64 targetBytes = 0;                 // ...or until at least this many bytes are written
    // GetMedia layout: one EBML document per fragment (Segment and Cluster of unknown size,
    // Tags with fragment number and timestamps before the cluster, MILLIS_BEHIND_NOW and
    // CONTINUATION_TOKEN tags after it). Otherwise one document with known sizes and a Tags
    // element before every cluster (a file every tool reads to the end).
    bool multiDocument = true;
    bool getMediaForFragmentListNames = false; // _SERVER_SIDE_/_PRODUCER_SIDE_TIMESTAMP
    bool trailingTags = true;                  // MILLIS_BEHIND_NOW / CONTINUATION_TOKEN
    QList<QPair<QString, QString>> customTags; // fragment metadata added to every fragment
    bool errorChunk = false; // multi-document: end with a chunk that has only error tags
    QString fragmentNumberPrefix = QStringLiteral("9134385233318143239268206260774392014626431");
};

// What was written for one fragment (the reference the tests compare with).
struct WrittenFragment {
    QString fragmentNumber;
    qint64 producerMs = 0;
    qint64 serverMs = 0;
    qint64 offset = 0;
    qint64 bytes = 0;
    int frames = 0;
    qint64 firstPtsMs = 0;  // earliest frame (epoch ms)
    qint64 endPtsMs = 0;    // latest frame end (epoch ms)
    int keyframeIndex = -1; // position of the first video keyframe among the frames
    QList<QPair<QString, QString>> tags;
};

bool writeKvsStream(const SourceMedia& media, const KvsStreamOptions& options, QIODevice& out,
                    QList<WrittenFragment>* fragments, QString* error);

// "1700000000.123" for 1700000000123 (the KVS tag format).
QString kvsTimestampText(qint64 ms);

} // namespace kinescope::test
