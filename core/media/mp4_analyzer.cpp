#include "core/media/mp4_analyzer.h"

#include <algorithm>

namespace kinescope {

namespace {
__extension__ using Int128 = __int128;
} // namespace

namespace {

QString handlerName(quint32 handlerType) {
    switch (handlerType) {
    case fourcc("vide"):
        return QStringLiteral("video");
    case fourcc("soun"):
        return QStringLiteral("audio");
    case fourcc("subt"):
    case fourcc("sbtl"):
    case fourcc("text"):
        return QStringLiteral("subtitle");
    case fourcc("meta"):
        return QStringLiteral("metadata");
    case fourcc("hint"):
        return QStringLiteral("hint");
    default:
        return fourccToString(handlerType);
    }
}

} // namespace

Mp4Analyzer::Mp4Analyzer(InspectSink& sink)
    : m_sink(sink) {
}

QList<TrackInfo> Mp4Analyzer::tracks() const {
    QList<TrackInfo> out;
    for (const Track& t : m_tracks)
        out.append(t.info);
    return out;
}

Mp4Analyzer::Track* Mp4Analyzer::trackById(quint32 id, bool create) {
    for (Track& t : m_tracks) {
        if (t.id == id)
            return &t;
    }
    if (!create || int(m_tracks.size()) >= kMaxTracks)
        return nullptr;
    Track t;
    t.id = id;
    t.info.number = id;
    t.info.timeBaseNum = 1;
    t.info.timeBaseDen = 0; // unknown until an mdhd says
    m_tracks.push_back(std::move(t));
    return &m_tracks.back();
}

void Mp4Analyzer::mp4BoxStart(const ElementHeader& header) {
    if (header.depth < 40)
        m_path[header.depth] = header.id;
    switch (header.id) {
    case fourcc("trak"):
        if (int(m_tracks.size()) < kMaxTracks) {
            m_tracks.push_back(Track{});
            m_tracks.back().info.offset = header.offset;
            m_tracks.back().info.timeBaseDen = 0;
            m_trak = int(m_tracks.size()) - 1;
        } else {
            m_trak = -1;
        }
        break;
    case fourcc("moof"):
        m_fragmented = true;
        if (m_fragments.active())
            m_sink.fragment(m_fragments.finish(header.offset));
        m_fragments.begin(header.offset);
        m_moofOffset = header.offset;
        m_firstTraf = true;
        m_prevTrafEnd = header.offset;
        break;
    case fourcc("traf"):
        m_tfhd = Mp4TrackFragmentHeader{};
        m_trafTrack = -1;
        m_tfdt.reset();
        m_firstTrun = true;
        break;
    default:
        break;
    }
    m_sink.elementStart(header);
}

void Mp4Analyzer::mp4BoxEnd(const ElementHeader& header, const ElementValue& value) {
    switch (header.id) {
    case fourcc("trak"):
        if (m_trak >= 0 && !header.incomplete)
            trakDone();
        m_trak = -1;
        break;
    case fourcc("traf"):
        if (m_trafTrack >= 0) {
            m_tracks[size_t(m_trafTrack)].nextDts = m_dts;
            m_prevTrafEnd = m_dataCursor;
        }
        m_firstTraf = false;
        break;
    default:
        break;
    }
    m_sink.elementEnd(header, value);
}

void Mp4Analyzer::mp4MovieHeader(quint32 timescale, quint64 duration) {
    Q_UNUSED(duration)
    m_movieTimescale = timescale;
}

void Mp4Analyzer::mp4TrackHeader(quint32 trackId, int width, int height) {
    if (m_trak < 0)
        return;
    Track& t = m_tracks[size_t(m_trak)];
    // A second trak with the same id replaces nothing: ids stay as the file says.
    t.id = trackId;
    t.info.number = trackId;
    if (t.info.width == 0) {
        t.info.width = width;
        t.info.height = height;
    }
}

void Mp4Analyzer::mp4MediaHeader(quint32 timescale, quint64 duration, const QString& language) {
    if (m_trak < 0)
        return;
    Track& t = m_tracks[size_t(m_trak)];
    t.timescale = timescale;
    t.info.timeBaseNum = 1;
    t.info.timeBaseDen = timescale;
    t.info.durationTicks = duration;
    t.info.language = language;
}

void Mp4Analyzer::mp4HandlerType(quint32 handlerType, const QString& name) {
    if (m_trak < 0)
        return;
    Track& t = m_tracks[size_t(m_trak)];
    t.info.type = handlerName(handlerType);
    if (!name.isEmpty())
        t.info.name = name;
}

void Mp4Analyzer::mp4SampleEntry(quint32 format, int width, int height, int channels,
                                 int sampleRate) {
    if (m_trak < 0)
        return;
    Track& t = m_tracks[size_t(m_trak)];
    if (t.haveSampleEntry)
        return; // the first sample description describes the track
    t.haveSampleEntry = true;
    t.info.codecId = fourccToString(format);
    if (width > 0 || height > 0) {
        t.info.width = width;
        t.info.height = height;
    }
    if (channels > 0)
        t.info.channels = channels;
    if (sampleRate > 0)
        t.info.sampleRate = sampleRate;
}

void Mp4Analyzer::mp4CodecConfig(quint32 boxType, QByteArrayView config) {
    if (m_trak < 0)
        return;
    Track& t = m_tracks[size_t(m_trak)];
    if (!t.info.codecPrivate.isEmpty())
        return;
    t.info.codecPrivate = config.toByteArray();
    const QString kind = boxType == fourcc("avcC")   ? QStringLiteral("avcC")
                         : boxType == fourcc("hvcC") ? QStringLiteral("hvcC")
                                                     : QStringLiteral("mp4a");
    t.info.codec = describeCodecPrivate(kind, config);
}

void Mp4Analyzer::mp4TrackExtends(quint32 trackId, quint32 duration, quint32 size, quint32 flags) {
    if (Track* t = trackById(trackId, false)) {
        t->defaultDuration = duration;
        t->defaultSize = size;
        t->defaultFlags = flags;
    }
}

void Mp4Analyzer::mp4FragmentSequence(quint32 sequence) {
    if (m_fragments.active() && !m_fragments.current().sequenceNumber)
        m_fragments.current().sequenceNumber = sequence;
}

void Mp4Analyzer::mp4TrackFragmentHeader(const Mp4TrackFragmentHeader& tfhd) {
    m_tfhd = tfhd;
    Track* t = trackById(tfhd.trackId, true);
    m_trafTrack = t ? int(t - m_tracks.data()) : -1;
    if (tfhd.baseDataOffset)
        m_dataCursor = *tfhd.baseDataOffset;
    else if ((tfhd.flags & 0x20000) || m_firstTraf)
        m_dataCursor = m_moofOffset; // default-base-is-moof, or the first traf
    else
        m_dataCursor = m_prevTrafEnd;
    if (t)
        m_dts = t->nextDts;
}

void Mp4Analyzer::mp4DecodeTime(quint64 baseMediaDecodeTime) {
    m_tfdt = baseMediaDecodeTime;
    m_dts = qint64(std::min<quint64>(baseMediaDecodeTime, quint64(1) << 62));
}

void Mp4Analyzer::mp4TableStart(const Mp4TableHeader& table) {
    if (table.type == fourcc("trun")) {
        if (table.flags & 0x1) {
            const quint64 base = m_tfhd.baseDataOffset.value_or(
                ((m_tfhd.flags & 0x20000) || m_firstTraf) ? m_moofOffset : m_prevTrafEnd);
            m_dataCursor = base + quint64(table.dataOffset);
        }
        m_firstTrun = false;
        m_trunIndex = 0;
        return;
    }
    if (m_trak < 0)
        return;
    Track& t = m_tracks[size_t(m_trak)];
    if (table.type == fourcc("stsz")) {
        t.constantSize = quint32(table.sampleSize);
        t.sampleCount = table.entryCount;
    } else if (table.type == fourcc("stss")) {
        t.hasStss = true;
    } else if (table.type == fourcc("elst")) {
        t.editSeen = true;
    }
}

void Mp4Analyzer::mp4TableEntry(const Mp4TableHeader& table, const quint64* v) {
    if (table.type == fourcc("trun")) {
        if (m_trafTrack < 0)
            return;
        const Track& t = m_tracks[size_t(m_trafTrack)];
        const quint32 duration = (table.flags & 0x100)
                                     ? quint32(v[0])
                                     : m_tfhd.defaultDuration.value_or(t.defaultDuration);
        const quint32 size =
            (table.flags & 0x200) ? quint32(v[1]) : m_tfhd.defaultSize.value_or(t.defaultSize);
        quint32 flags = m_tfhd.defaultFlags.value_or(t.defaultFlags);
        if (table.flags & 0x400)
            flags = quint32(v[2]);
        else if (m_trunIndex == 0 && (table.flags & 0x4))
            flags = table.firstSampleFlags;
        const qint64 cto = (table.flags & 0x800) ? qint64(v[3]) : 0;
        FrameInfo frame;
        frame.offset = m_dataCursor;
        frame.size = size;
        frame.track = t.id;
        frame.dts = m_dts - t.shift;
        frame.pts = m_dts + cto - t.shift;
        frame.hasDts = true;
        frame.duration = duration;
        frame.keyframe = (flags & 0x10000) == 0;
        m_dataCursor += size;
        m_dts += duration;
        ++m_trunIndex;
        emitFrame(t, frame);
        return;
    }
    if (m_trak < 0)
        return;
    Track& t = m_tracks[size_t(m_trak)];
    switch (table.type) {
    case fourcc("stsz"):
        t.sizes.push_back(quint32(v[0]));
        break;
    case fourcc("stco"):
    case fourcc("co64"):
        t.chunkOffsets.push_back(v[0]);
        break;
    case fourcc("stsc"):
        t.stsc.emplace_back(quint32(v[0]), quint32(v[1]));
        break;
    case fourcc("stts"):
        t.stts.emplace_back(quint32(v[0]), quint32(v[1]));
        break;
    case fourcc("ctts"):
        t.ctts.emplace_back(quint32(v[0]), qint64(v[1]));
        break;
    case fourcc("stss"):
        t.stss.push_back(quint32(v[0]));
        break;
    case fourcc("elst"): {
        const qint64 mediaTime = qint64(v[1]);
        if (t.firstMediaTime)
            break;
        if (mediaTime == -1)
            t.emptyEditMovieTicks += qint64(std::min<quint64>(v[0], quint64(1) << 40));
        else
            t.firstMediaTime = mediaTime;
        break;
    }
    default:
        break;
    }
}

void Mp4Analyzer::trakDone() {
    Track& t = m_tracks[size_t(m_trak)];
    if (t.firstMediaTime || t.emptyEditMovieTicks) {
        qint64 empty = 0;
        if (t.emptyEditMovieTicks && m_movieTimescale > 0 && t.timescale > 0)
            empty = qint64(Int128(t.emptyEditMovieTicks) * t.timescale / m_movieTimescale);
        t.shift = t.firstMediaTime.value_or(0) - empty;
    }
    reportTrack(t);
    reportProgressiveFrames(t);
}

void Mp4Analyzer::reportTrack(Track& t) {
    if (t.reported)
        return;
    t.reported = true;
    if (t.info.type == QLatin1String("video") && !m_keyTrackSet) {
        m_keyTrackSet = true;
        m_fragments.setKeyTrack(t.id);
    }
    if (t.info.codec.codec.isEmpty() && t.info.codec.error.isEmpty() &&
        !t.info.codecPrivate.isEmpty())
        t.info.codec = describeCodecPrivate(t.info.codecId, t.info.codecPrivate);
    // AudioSampleEntry's channelcount is fixed at 2 by ISO/IEC 14496-12; the decoder
    // configuration has the real layout and (for HE-AAC) the output sample rate.
    if (t.info.codec.channels > 0)
        t.info.channels = t.info.codec.channels;
    if (t.info.codec.sampleRate > 0)
        t.info.sampleRate = t.info.codec.sampleRate;
    m_sink.track(t.info);
}

void Mp4Analyzer::reportProgressiveFrames(Track& t) {
    const bool constant = t.constantSize != 0;
    quint64 count = constant ? std::min(t.sampleCount, kMaxConstantSizeSamples) : t.sizes.size();
    if (count == 0 || t.chunkOffsets.empty() || t.stsc.empty()) {
        count = 0;
    }
    size_t stscIndex = 0;
    size_t sttsIndex = 0;
    quint32 sttsLeft = t.stts.empty() ? 0 : t.stts[0].first;
    size_t cttsIndex = 0;
    quint32 cttsLeft = t.ctts.empty() ? 0 : t.ctts[0].first;
    size_t stssIndex = 0;
    qint64 dts = 0;
    quint64 sample = 0;
    for (size_t chunk = 0; chunk < t.chunkOffsets.size() && sample < count; ++chunk) {
        while (stscIndex + 1 < t.stsc.size() && t.stsc[stscIndex + 1].first <= chunk + 1)
            ++stscIndex;
        const quint32 perChunk = t.stsc[stscIndex].second;
        quint64 offset = t.chunkOffsets[chunk];
        for (quint32 s = 0; s < perChunk && sample < count; ++s, ++sample) {
            FrameInfo frame;
            frame.size = constant ? t.constantSize : t.sizes[sample];
            frame.offset = offset;
            offset += frame.size;
            frame.track = t.id;
            while (sttsLeft == 0 && sttsIndex + 1 < t.stts.size())
                sttsLeft = t.stts[++sttsIndex].first;
            const qint64 duration = t.stts.empty() ? 0 : t.stts[sttsIndex].second;
            if (sttsLeft > 0)
                --sttsLeft;
            while (cttsLeft == 0 && cttsIndex + 1 < t.ctts.size())
                cttsLeft = t.ctts[++cttsIndex].first;
            const qint64 cto = t.ctts.empty() || cttsLeft == 0 ? 0 : t.ctts[cttsIndex].second;
            if (cttsLeft > 0)
                --cttsLeft;
            frame.dts = dts - t.shift;
            frame.pts = dts + cto - t.shift;
            frame.hasDts = true;
            frame.duration = duration;
            dts += duration;
            if (t.hasStss) {
                while (stssIndex < t.stss.size() && t.stss[stssIndex] < sample + 1)
                    ++stssIndex;
                frame.keyframe = stssIndex < t.stss.size() && t.stss[stssIndex] == sample + 1;
            } else {
                frame.keyframe = true;
            }
            emitFrame(t, frame);
        }
    }
    // The tables are not needed any more.
    t.sizes = {};
    t.chunkOffsets = {};
    t.stsc = {};
    t.stts = {};
    t.ctts = {};
    t.stss = {};
}

void Mp4Analyzer::emitFrame(const Track& t, const FrameInfo& frame) {
    if (m_fragments.active())
        m_fragments.addFrame(frame, t.info.timeBaseNum, t.info.timeBaseDen);
    m_sink.frame(frame);
}

void Mp4Analyzer::finish(quint64 endOffset) {
    if (m_fragments.active())
        m_sink.fragment(m_fragments.finish(endOffset));
    for (Track& t : m_tracks)
        reportTrack(t); // tracks only seen in movie fragments (a segment without its init)
}

} // namespace kinescope
