#include "core/media/matroska_analyzer.h"

#include <numeric>

namespace kinescope {

namespace {

QString trackTypeName(quint64 type) {
    switch (type) {
    case 1:
        return QStringLiteral("video");
    case 2:
        return QStringLiteral("audio");
    case 3:
        return QStringLiteral("complex");
    case 0x10:
        return QStringLiteral("logo");
    case 0x11:
        return QStringLiteral("subtitle");
    case 0x12:
        return QStringLiteral("buttons");
    case 0x20:
        return QStringLiteral("control");
    case 0x21:
        return QStringLiteral("metadata");
    default:
        return QStringLiteral("type %1").arg(type);
    }
}

QString valueText(const ElementValue& value) {
    if (value.kind == ValueKind::String)
        return QString::fromUtf8(value.bytes);
    if (value.kind == ValueKind::Binary)
        return QString::fromLatin1(value.bytes.toByteArray().toHex());
    return {};
}

bool sameTrack(const TrackInfo& a, const TrackInfo& b) {
    return a.number == b.number && a.uid == b.uid && a.codecId == b.codecId &&
           a.codecPrivate == b.codecPrivate && a.width == b.width && a.height == b.height &&
           a.type == b.type && a.timeBaseNum == b.timeBaseNum && a.timeBaseDen == b.timeBaseDen;
}

} // namespace

MatroskaAnalyzer::MatroskaAnalyzer(InspectSink& sink)
    : m_sink(sink) {
}

void MatroskaAnalyzer::setTimestampScale(quint64 scale) {
    m_timestampScale = std::max<quint64>(1, std::min<quint64>(scale, quint64(1) << 40));
    const qint64 g = std::gcd(qint64(m_timestampScale), qint64(1000000000));
    m_timeBaseNum = qint64(m_timestampScale) / g;
    m_timeBaseDen = 1000000000 / g;
}

void MatroskaAnalyzer::ebmlStart(const ElementHeader& header, const EbmlElementInfo* info) {
    Q_UNUSED(info)
    switch (header.id) {
    case ebml_id::EBML:
        if (header.depth == 0) {
            if (m_fragments.active())
                finishFragment(header.offset);
            m_fragments.begin(header.offset);
            m_fragmentHasCluster = false;
            ++m_documents;
            setTimestampScale(1000000);
            m_clusterTimestamp = 0;
        }
        break;
    case ebml_id::Cluster:
        if (m_fragments.active() && m_fragmentHasCluster)
            finishFragment(header.offset);
        if (!m_fragments.active())
            m_fragments.begin(header.offset);
        m_fragmentHasCluster = true;
        m_clusterTimestamp = 0;
        break;
    case ebml_id::TrackEntry:
        m_track = TrackInfo{};
        m_track.offset = header.offset;
        m_inTrackEntry = true;
        break;
    case ebml_id::BlockGroup:
        m_inBlockGroup = true;
        m_groupHasReference = false;
        m_groupDuration = -1;
        m_hasPending = false;
        break;
    case ebml_id::Tags:
        m_tagsElement.clear();
        m_tagsOffset = header.offset;
        break;
    case ebml_id::SimpleTag:
        if (m_openTags.size() < EbmlReader::kMaxDepth)
            m_openTags.append(OpenTag{});
        break;
    default:
        break;
    }
    m_sink.elementStart(header);
}

void MatroskaAnalyzer::ebmlEnd(const ElementHeader& header, const EbmlElementInfo* info,
                               const ElementValue& value) {
    Q_UNUSED(info)
    if (!header.master) {
        if (!header.incomplete)
            leafValue(header.id, value);
    } else {
        switch (header.id) {
        case ebml_id::TrackEntry:
            if (m_inTrackEntry && !header.incomplete)
                trackEntryDone();
            m_inTrackEntry = false;
            break;
        case ebml_id::BlockGroup:
            if (m_inBlockGroup && m_hasPending) {
                m_pending.keyframe = !m_groupHasReference;
                emitBlock(m_pending, m_groupDuration);
            }
            m_inBlockGroup = false;
            m_hasPending = false;
            break;
        case ebml_id::SimpleTag:
            if (!m_openTags.isEmpty()) {
                OpenTag tag = m_openTags.takeLast();
                if (!tag.name.isEmpty() &&
                    m_tagsElement.size() < FragmentBuilder::kMaxTagsPerFragment)
                    m_tagsElement.append({tag.name, tag.value});
            }
            break;
        case ebml_id::Tags: {
            bool hasNumber = false;
            for (const auto& tag : std::as_const(m_tagsElement))
                hasNumber = hasNumber || tag.first == QLatin1String(kvs_tag::FragmentNumber);
            if (m_fragments.active() && m_fragmentHasCluster && hasNumber &&
                !m_fragments.current().fragmentNumber.isEmpty()) {
                finishFragment(m_tagsOffset);
                m_fragments.begin(m_tagsOffset);
                m_fragmentHasCluster = false;
            }
            for (const auto& tag : std::as_const(m_tagsElement))
                m_fragments.addTag(tag.first, tag.second);
            m_tagsElement.clear();
            break;
        }
        default:
            break;
        }
    }
    m_sink.elementEnd(header, value);
}

void MatroskaAnalyzer::leafValue(quint32 id, const ElementValue& value) {
    switch (id) {
    case ebml_id::TimestampScale:
        if (value.u > 0)
            setTimestampScale(value.u);
        return;
    case ebml_id::Timestamp:
        m_clusterTimestamp = value.u;
        return;
    case ebml_id::ReferenceBlock:
        m_groupHasReference = true;
        return;
    case ebml_id::BlockDuration:
        m_groupDuration = qint64(std::min<quint64>(value.u, quint64(1) << 62));
        return;
    case ebml_id::TagName:
        if (!m_openTags.isEmpty())
            m_openTags.last().name = QString::fromUtf8(value.bytes);
        return;
    case ebml_id::TagString:
    case ebml_id::TagBinary:
        if (!m_openTags.isEmpty())
            m_openTags.last().value = valueText(value);
        return;
    default:
        break;
    }
    if (!m_inTrackEntry)
        return;
    switch (id) {
    case ebml_id::TrackNumber:
        m_track.number = value.u;
        break;
    case ebml_id::TrackUID:
        m_track.uid = value.u;
        break;
    case ebml_id::TrackType:
        m_track.type = trackTypeName(value.u);
        break;
    case ebml_id::CodecID:
        m_track.codecId = QString::fromUtf8(value.bytes);
        break;
    case ebml_id::CodecPrivate:
        m_track.codecPrivate = value.bytes.toByteArray();
        break;
    case ebml_id::Name:
        m_track.name = QString::fromUtf8(value.bytes);
        break;
    case ebml_id::Language:
        m_track.language = QString::fromUtf8(value.bytes);
        break;
    case ebml_id::DefaultDuration:
        m_track.defaultDurationNs = value.u;
        break;
    case ebml_id::CodecDelay:
        m_track.codecDelayNs = value.u;
        break;
    case ebml_id::PixelWidth:
        m_track.width = int(std::min<quint64>(value.u, 1 << 30));
        break;
    case ebml_id::PixelHeight:
        m_track.height = int(std::min<quint64>(value.u, 1 << 30));
        break;
    case ebml_id::SamplingFrequency:
        m_track.sampleRate = value.f;
        break;
    case ebml_id::Channels:
        m_track.channels = int(std::min<quint64>(value.u, 1 << 16));
        break;
    case ebml_id::BitDepth:
        m_track.bitDepth = int(std::min<quint64>(value.u, 1 << 16));
        break;
    default:
        break;
    }
}

void MatroskaAnalyzer::trackEntryDone() {
    // Matroska defaults for elements a muxer leaves out.
    if (m_track.language.isEmpty())
        m_track.language = QStringLiteral("eng");
    if (m_track.type == QLatin1String("audio")) {
        if (m_track.channels == 0)
            m_track.channels = 1;
        if (m_track.sampleRate == 0)
            m_track.sampleRate = 8000;
    }
    m_track.timeBaseNum = m_timeBaseNum;
    m_track.timeBaseDen = m_timeBaseDen;
    m_track.codec = describeCodecPrivate(m_track.codecId, m_track.codecPrivate);

    TrackTiming t;
    t.number = m_track.number;
    t.defaultDurationNs = m_track.defaultDurationNs;
    // Rounded to the nearest tick, like players do.
    const quint64 delay = std::min<quint64>(m_track.codecDelayNs, quint64(1) << 50);
    t.codecDelayTicks = qint64((delay + m_timestampScale / 2) / m_timestampScale);
    bool replaced = false;
    for (TrackTiming& existing : m_timings) {
        if (existing.number == t.number) {
            existing = t;
            replaced = true;
        }
    }
    if (!replaced && m_timings.size() < kMaxTracks)
        m_timings.append(t);
    m_lastTiming = -1;

    for (const TrackInfo& known : std::as_const(m_tracks)) {
        if (sameTrack(known, m_track))
            return; // repeated in every KVS chunk
    }
    if (m_tracks.size() >= kMaxTracks)
        return;
    if (m_track.type == QLatin1String("video") && !m_keyTrackSet) {
        m_keyTrackSet = true;
        m_fragments.setKeyTrack(quint32(std::min<quint64>(m_track.number, 0xFFFFFFFFu)));
    }
    m_tracks.append(m_track);
    m_sink.track(m_track);
}

const MatroskaAnalyzer::TrackTiming* MatroskaAnalyzer::timing(quint64 track) {
    if (m_lastTiming >= 0 && m_lastTiming < m_timings.size() &&
        m_timings[m_lastTiming].number == track)
        return &m_timings[m_lastTiming];
    for (int i = 0; i < m_timings.size(); ++i) {
        if (m_timings[i].number == track) {
            m_lastTiming = i;
            return &m_timings[i];
        }
    }
    return nullptr;
}

void MatroskaAnalyzer::ebmlBlock(const ElementHeader& header, const BlockSummary& block,
                                 const quint32* frameSizes, quint64 firstFrameOffset) {
    Q_UNUSED(header)
    PendingBlock& p = m_pending;
    p.track = block.track;
    p.base = qint64(m_clusterTimestamp) + block.timecode;
    p.firstOffset = firstFrameOffset;
    p.count = block.frameCount;
    p.simple = block.simple;
    p.keyframe = (block.flags & 0x80) != 0;
    std::copy(frameSizes, frameSizes + block.frameCount, p.sizes);
    if (!block.simple && m_inBlockGroup)
        m_hasPending = true; // wait for ReferenceBlock / BlockDuration
    else
        emitBlock(p, -1); // SimpleBlock (or a Block outside a BlockGroup: keep its frames)
}

// Frames of a block. Laced frames share the block duration (BlockDuration, else the track's
// DefaultDuration times the number of frames), split the way FFmpeg's demuxer splits it.
void MatroskaAnalyzer::emitBlock(const PendingBlock& block, qint64 blockDuration) {
    const TrackTiming* t = timing(block.track);
    const int laces = std::max(1, block.count);
    if (blockDuration < 0 && t && t->defaultDurationNs > 0)
        blockDuration = qint64(std::min<quint64>(t->defaultDurationNs, quint64(1) << 40) *
                               quint64(laces) / m_timestampScale);
    const qint64 delay = t ? t->codecDelayTicks : 0;
    quint64 offset = block.firstOffset;
    for (int n = 0; n < block.count; ++n) {
        FrameInfo frame;
        frame.offset = offset;
        frame.size = block.sizes[n];
        frame.track = quint32(std::min<quint64>(block.track, 0xFFFFFFFFu));
        frame.keyframe = block.keyframe;
        if (blockDuration >= 0) {
            frame.pts = block.base + blockDuration * n / laces - delay;
            frame.duration = blockDuration * (n + 1) / laces - blockDuration * n / laces;
        } else {
            frame.pts = block.base - delay;
        }
        offset += block.sizes[n];
        m_fragments.addFrame(frame, m_timeBaseNum, m_timeBaseDen);
        m_sink.frame(frame);
    }
}

void MatroskaAnalyzer::finishFragment(quint64 endOffset) {
    m_sink.fragment(m_fragments.finish(endOffset));
}

void MatroskaAnalyzer::finish(quint64 endOffset) {
    if (m_fragments.active())
        finishFragment(endOffset);
}

} // namespace kinescope
