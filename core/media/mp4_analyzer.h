#pragma once

#include "core/media/fragment_builder.h"
#include "core/media/mp4_boxes.h"

#include <QList>

#include <vector>

namespace kinescope {

// Turns MP4 box events into tracks, frames and (for fragmented MP4) one fragment per movie
// fragment, and passes every box on to the sink.
//
// Progressive files: a track's frames are reported when its 'trak' box ends, built from
// stsz/stco/co64/stsc/stts/ctts/stss. Fragmented files: frames are reported as each 'trun'
// entry arrives (defaults from tfhd and trex). Timestamps are in the track's timescale; the
// first edit of the edit list shifts them the way players (and ffprobe) do.
class Mp4Analyzer : public Mp4Handler {
public:
    static constexpr int kMaxTracks = 256;
    static constexpr quint32 kMaxConstantSizeSamples = 1u << 20;

    explicit Mp4Analyzer(InspectSink& sink);

    // End of the stream: reports the last fragment and tracks only seen in fragments.
    void finish(quint64 endOffset);

    bool fragmented() const { return m_fragmented; }
    QList<TrackInfo> tracks() const;

    void mp4BoxStart(const ElementHeader& header) override;
    void mp4BoxEnd(const ElementHeader& header, const ElementValue& value) override;
    void mp4MovieHeader(quint32 timescale, quint64 duration) override;
    void mp4TrackHeader(quint32 trackId, int width, int height) override;
    void mp4MediaHeader(quint32 timescale, quint64 duration, const QString& language) override;
    void mp4HandlerType(quint32 handlerType, const QString& name) override;
    void mp4SampleEntry(quint32 format, int width, int height, int channels,
                        int sampleRate) override;
    void mp4CodecConfig(quint32 boxType, QByteArrayView config) override;
    void mp4TrackExtends(quint32 trackId, quint32 duration, quint32 size, quint32 flags) override;
    void mp4FragmentSequence(quint32 sequence) override;
    void mp4TrackFragmentHeader(const Mp4TrackFragmentHeader& tfhd) override;
    void mp4DecodeTime(quint64 baseMediaDecodeTime) override;
    void mp4TableStart(const Mp4TableHeader& table) override;
    void mp4TableEntry(const Mp4TableHeader& table, const quint64* values) override;

private:
    struct Track {
        TrackInfo info;
        quint32 id = 0;
        quint32 timescale = 0;
        bool reported = false;
        bool haveSampleEntry = false;
        // trex defaults
        quint32 defaultDuration = 0;
        quint32 defaultSize = 0;
        quint32 defaultFlags = 0;
        // progressive sample tables (released once the frames are reported)
        std::vector<quint32> sizes;
        quint32 constantSize = 0;
        quint32 sampleCount = 0;
        std::vector<quint64> chunkOffsets;
        std::vector<std::pair<quint32, quint32>> stsc; // first chunk, samples per chunk
        std::vector<std::pair<quint32, quint32>> stts; // count, delta
        std::vector<std::pair<quint32, qint64>> ctts;  // count, offset
        std::vector<quint32> stss;
        bool hasStss = false;
        // edit list
        bool editSeen = false;
        qint64 emptyEditMovieTicks = 0;
        std::optional<qint64> firstMediaTime;
        qint64 shift = 0; // subtracted from every timestamp
        // fragments
        qint64 nextDts = 0;
    };

    Track* trackById(quint32 id, bool create);
    void trakDone();
    void reportTrack(Track& track);
    void reportProgressiveFrames(Track& track);
    void emitFrame(const Track& track, const FrameInfo& frame);

    InspectSink& m_sink;
    std::vector<Track> m_tracks;
    int m_trak = -1; // index of the trak being read
    quint32 m_movieTimescale = 0;
    quint32 m_path[40] = {};
    bool m_fragmented = false;
    bool m_keyTrackSet = false;

    // Movie fragment state.
    quint64 m_moofOffset = 0;
    Mp4TrackFragmentHeader m_tfhd;
    int m_trafTrack = -1;
    bool m_firstTraf = true;
    bool m_firstTrun = true;
    std::optional<quint64> m_tfdt;
    quint64 m_dataCursor = 0; // where the next sample's data is
    quint64 m_prevTrafEnd = 0;
    qint64 m_dts = 0;
    quint32 m_trunIndex = 0;
    FragmentBuilder m_fragments;
};

} // namespace kinescope
