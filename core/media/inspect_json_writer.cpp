#include "core/media/inspect_json_writer.h"

#include "core/media/container_inspector.h"
#include "core/media/element_format.h"

#include <QSet>

namespace kinescope {

namespace {

void key(OutputBuffer& out, const char* name, bool comma = true) {
    if (comma)
        out.append(',');
    out.append('"');
    out.append(QByteArrayView(name));
    out.append(QByteArrayView("\":"));
}

void writeCodecJson(OutputBuffer& out, const CodecDetails& c) {
    out.append('{');
    key(out, "codec", false);
    out.appendJsonString(c.codec);
    if (!c.profile.isEmpty()) {
        key(out, "profile");
        out.appendJsonString(c.profile);
        key(out, c.codec == QLatin1String("aac") ? "objectType" : "profileIdc");
        out.appendInt(c.profileIdc);
    }
    if (!c.level.isEmpty()) {
        key(out, "level");
        out.appendJsonString(c.level);
        key(out, "levelIdc");
        out.appendInt(c.levelIdc);
    }
    if (!c.tier.isEmpty()) {
        key(out, "tier");
        out.appendJsonString(c.tier);
    }
    if (c.width > 0) {
        key(out, "width");
        out.appendInt(c.width);
        key(out, "height");
        out.appendInt(c.height);
    }
    if (c.frameRate > 0) {
        key(out, "frameRate");
        out.appendDouble(c.frameRate);
    }
    if (!c.chromaFormat.isEmpty()) {
        key(out, "chromaFormat");
        out.appendJsonString(c.chromaFormat);
        key(out, "bitDepthLuma");
        out.appendInt(c.bitDepthLuma);
        key(out, "bitDepthChroma");
        out.appendInt(c.bitDepthChroma);
    }
    if (c.nalLengthSize > 0) {
        key(out, "nalLengthSize");
        out.appendInt(c.nalLengthSize);
    }
    if (c.sampleRate > 0) {
        key(out, "sampleRate");
        out.appendInt(c.sampleRate);
    }
    if (c.codec == QLatin1String("aac")) {
        key(out, "channels");
        out.appendInt(c.channels);
    }
    if (!c.parameterSets.isEmpty()) {
        key(out, "parameterSets");
        out.append('[');
        bool first = true;
        for (const ParameterSetInfo& ps : c.parameterSets) {
            if (!first)
                out.append(',');
            first = false;
            out.append('{');
            key(out, "type", false);
            out.appendJsonString(ps.kind);
            key(out, "id");
            out.appendInt(ps.id);
            if (ps.referencedId >= 0) {
                key(out, ps.kind == QLatin1String("PPS") ? "spsId" : "vpsId");
                out.appendInt(ps.referencedId);
            }
            key(out, "size");
            out.appendInt(ps.size);
            if (!ps.error.isEmpty()) {
                key(out, "error");
                out.appendJsonString(ps.error);
            }
            out.append('}');
        }
        out.append(']');
    }
    if (!c.error.isEmpty()) {
        key(out, "error");
        out.appendJsonString(c.error);
    }
    out.append('}');
}

} // namespace

void writeTrackJson(OutputBuffer& out, const TrackInfo& t) {
    out.append('{');
    key(out, "number", false);
    out.appendUInt(t.number);
    if (t.uid) {
        key(out, "uid");
        out.appendUInt(t.uid);
    }
    key(out, "type");
    out.appendJsonString(t.type);
    key(out, "codecId");
    out.appendJsonString(t.codecId);
    if (!t.name.isEmpty()) {
        key(out, "name");
        out.appendJsonString(t.name);
    }
    if (!t.language.isEmpty()) {
        key(out, "language");
        out.appendJsonString(t.language);
    }
    key(out, "timeBase");
    if (t.timeBaseDen > 0) {
        out.append('"');
        out.appendInt(t.timeBaseNum);
        out.append('/');
        out.appendInt(t.timeBaseDen);
        out.append('"');
    } else {
        out.append(QByteArrayView("null"));
    }
    if (t.defaultDurationNs) {
        key(out, "defaultDurationNs");
        out.appendUInt(t.defaultDurationNs);
    }
    if (t.codecDelayNs) {
        key(out, "codecDelayNs");
        out.appendUInt(t.codecDelayNs);
    }
    if (t.durationTicks) {
        key(out, "duration");
        out.appendUInt(t.durationTicks);
    }
    if (t.width > 0 || t.height > 0) {
        key(out, "width");
        out.appendInt(t.width);
        key(out, "height");
        out.appendInt(t.height);
    }
    if (t.sampleRate > 0) {
        key(out, "sampleRate");
        out.appendDouble(t.sampleRate);
    }
    if (t.channels > 0) {
        key(out, "channels");
        out.appendInt(t.channels);
    }
    if (t.bitDepth > 0) {
        key(out, "bitDepth");
        out.appendInt(t.bitDepth);
    }
    key(out, "offset");
    out.appendUInt(t.offset);
    if (!t.codecPrivate.isEmpty()) {
        key(out, "codecPrivate");
        out.appendJsonString(t.codecPrivate.left(1024).toHex());
        key(out, "codecPrivateSize");
        out.appendInt(t.codecPrivate.size());
    }
    if (t.codec.decoded() || !t.codec.error.isEmpty()) {
        key(out, "codecPrivateDecoded");
        writeCodecJson(out, t.codec);
    }
    out.append('}');
}

void writeFragmentJson(OutputBuffer& out, const FragmentSummary& f) {
    out.append('{');
    key(out, "index", false);
    out.appendInt(f.index);
    key(out, "offset");
    out.appendUInt(f.offset);
    key(out, "bytes");
    out.appendUInt(f.bytes);
    if (!f.fragmentNumber.isEmpty()) {
        key(out, "fragmentNumber");
        out.appendJsonString(f.fragmentNumber);
    }
    if (f.sequenceNumber) {
        key(out, "sequenceNumber");
        out.appendUInt(*f.sequenceNumber);
    }
    key(out, "serverTimestampMs");
    if (f.serverTimestampMs)
        out.appendInt(*f.serverTimestampMs);
    else
        out.append(QByteArrayView("null"));
    key(out, "producerTimestampMs");
    if (f.producerTimestampMs)
        out.appendInt(*f.producerTimestampMs);
    else
        out.append(QByteArrayView("null"));
    key(out, "startMs");
    if (f.startMs)
        out.appendInt(*f.startMs);
    else
        out.append(QByteArrayView("null"));
    key(out, "durationMs");
    if (f.durationMs)
        out.appendInt(*f.durationMs);
    else
        out.append(QByteArrayView("null"));
    key(out, "frameCount");
    out.appendUInt(f.frameCount);
    key(out, "keyframeCount");
    out.appendUInt(f.keyframeCount);
    key(out, "keyframeIndex");
    out.appendInt(f.firstKeyframeIndex);
    if (f.firstKeyframeOffset) {
        key(out, "keyframeOffset");
        out.appendUInt(*f.firstKeyframeOffset);
    }
    if (!f.errorCode.isEmpty() || !f.errorMessage.isEmpty()) {
        key(out, "errorCode");
        out.appendJsonString(f.errorCode);
        key(out, "errorMessage");
        out.appendJsonString(f.errorMessage);
    }
    key(out, "tags");
    out.append('{');
    QSet<QString> seen;
    bool repeated = false;
    for (const auto& tag : f.tags) {
        if (seen.contains(tag.first)) {
            repeated = true;
            continue;
        }
        if (!seen.isEmpty())
            out.append(',');
        seen.insert(tag.first);
        out.appendJsonString(tag.first);
        out.append(':');
        out.appendJsonString(tag.second);
    }
    out.append('}');
    if (repeated) { // every tag in order, when a name repeats
        key(out, "tagList");
        out.append('[');
        for (qsizetype i = 0; i < f.tags.size(); ++i) {
            if (i > 0)
                out.append(',');
            out.append('[');
            out.appendJsonString(f.tags[i].first);
            out.append(',');
            out.appendJsonString(f.tags[i].second);
            out.append(']');
        }
        out.append(']');
    }
    if (f.droppedTags > 0) {
        key(out, "droppedTags");
        out.appendInt(f.droppedTags);
    }
    out.append('}');
}

void writeFrameJson(OutputBuffer& out, const FrameInfo& f) {
    out.append(QByteArrayView("{\"track\":"));
    out.appendUInt(f.track);
    out.append(QByteArrayView(",\"pts\":"));
    out.appendInt(f.pts);
    out.append(QByteArrayView(",\"dts\":"));
    if (f.hasDts)
        out.appendInt(f.dts);
    else
        out.append(QByteArrayView("null"));
    out.append(f.keyframe ? QByteArrayView(",\"keyframe\":true,\"size\":")
                          : QByteArrayView(",\"keyframe\":false,\"size\":"));
    out.appendUInt(f.size);
    out.append(QByteArrayView(",\"offset\":"));
    out.appendUInt(f.offset);
    out.append('}');
}

InspectJsonWriter::InspectJsonWriter(OutputBuffer& out, bool includeFrames)
    : m_out(out)
    , m_includeFrames(includeFrames) {
}

void InspectJsonWriter::begin() {
    if (m_begun)
        return;
    m_begun = true;
    m_out.append(QByteArrayView("{\"format\":"));
    m_out.appendJsonString(containerFormatName(m_format));
    m_out.append(QByteArrayView(",\"tree\":["));
}

void InspectJsonWriter::formatDetected(MediaContainer format) {
    m_format = format;
    begin();
}

void InspectJsonWriter::elementStart(const ElementHeader& h) {
    if (!m_first)
        m_out.append(',');
    m_first = false;
    m_out.append(QByteArrayView("\n{\"id\":"));
    appendElementId(m_out, m_format, h.id);
    m_out.append(QByteArrayView(",\"name\":\""));
    m_out.append(QByteArrayView(h.name));
    m_out.append(QByteArrayView("\",\"offset\":"));
    m_out.appendUInt(h.offset);
    m_out.append(QByteArrayView(",\"headerSize\":"));
    m_out.appendUInt(h.headerSize);
    if (h.unknownSize) {
        m_out.append(QByteArrayView(",\"unknownSize\":true"));
    } else {
        m_out.append(QByteArrayView(",\"dataSize\":"));
        m_out.appendUInt(h.dataSize);
    }
    if (h.master) {
        m_out.append(QByteArrayView(",\"children\":["));
        m_first = true;
    }
}

void InspectJsonWriter::elementEnd(const ElementHeader& h, const ElementValue& value) {
    if (h.master) {
        m_out.append(']');
        m_first = false;
        if (value.kind != ValueKind::None) { // MP4 boxes with members and children (stsd, avc1)
            m_out.append(QByteArrayView(",\"value\":"));
            appendJsonValue(m_out, value);
        }
    } else if (value.kind != ValueKind::None) {
        m_out.append(QByteArrayView(",\"value\":"));
        appendJsonValue(m_out, value);
        if ((value.kind == ValueKind::Binary && value.fullSize > quint64(kMaxJsonBinary)) ||
            (value.kind == ValueKind::String && value.fullSize > quint64(1) << 20))
            m_out.append(QByteArrayView(",\"valueTruncated\":true"));
    }
    if (h.unknownSize) {
        m_out.append(QByteArrayView(",\"dataSize\":"));
        m_out.appendUInt(h.dataSize);
    }
    if (h.incomplete)
        m_out.append(QByteArrayView(",\"incomplete\":true"));
    m_out.append('}');
}

void InspectJsonWriter::track(const TrackInfo& track) {
    m_tracks.append(track);
}

void InspectJsonWriter::frame(const FrameInfo& frame) {
    if (m_includeFrames)
        m_frames.push_back(frame);
}

void InspectJsonWriter::fragment(const FragmentSummary& fragment) {
    if (m_fragments.size() < kMaxStoredFragments)
        m_fragments.append(fragment);
    else
        ++m_droppedFragments;
}

void InspectJsonWriter::finish(const ContainerInspector& inspector) {
    m_format = inspector.format();
    begin();
    m_out.append(QByteArrayView("],\n\"tracks\":["));
    for (qsizetype i = 0; i < m_tracks.size(); ++i) {
        m_out.append(i ? QByteArrayView(",\n") : QByteArrayView("\n"));
        writeTrackJson(m_out, m_tracks[i]);
    }
    m_out.append(QByteArrayView("],\n\"fragments\":["));
    if (inspector.isKvsStream() || inspector.isFragmentedMp4()) {
        for (qsizetype i = 0; i < m_fragments.size(); ++i) {
            m_out.append(i ? QByteArrayView(",\n") : QByteArrayView("\n"));
            writeFragmentJson(m_out, m_fragments[i]);
        }
    }
    m_out.append(']');
    if (m_droppedFragments > 0) {
        m_out.append(QByteArrayView(",\n\"droppedFragments\":"));
        m_out.appendInt(m_droppedFragments);
    }
    if (m_includeFrames) {
        m_out.append(QByteArrayView(",\n\"frames\":["));
        for (size_t i = 0; i < m_frames.size(); ++i) {
            m_out.append(i ? QByteArrayView(",\n") : QByteArrayView("\n"));
            writeFrameJson(m_out, m_frames[i]);
        }
        m_out.append(']');
    }
    if (inspector.format() == MediaContainer::Matroska) {
        m_out.append(QByteArrayView(",\n\"documents\":"));
        m_out.appendInt(inspector.documentCount());
    }
    m_out.append(inspector.isKvsStream() ? QByteArrayView(",\n\"kvs\":true")
                                         : QByteArrayView(",\n\"kvs\":false"));
    m_out.append(QByteArrayView(",\n\"bytes\":"));
    m_out.appendUInt(inspector.bytesRead());
    if (inspector.failed()) {
        m_out.append(QByteArrayView(",\n\"error\":{\"offset\":"));
        m_out.appendUInt(inspector.error().offset);
        m_out.append(QByteArrayView(",\"message\":"));
        m_out.appendJsonString(inspector.error().message);
        m_out.append('}');
    }
    m_out.append(QByteArrayView("}\n"));
    m_out.flush();
}

} // namespace kinescope
