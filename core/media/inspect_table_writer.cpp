#include "core/media/inspect_table_writer.h"

#include "core/media/container_inspector.h"
#include "core/media/element_format.h"

#include <QDateTime>

namespace kinescope {

namespace {

QByteArray msText(const std::optional<qint64>& ms) {
    if (!ms)
        return "-";
    return QByteArray::number(*ms);
}

QByteArray utcText(const std::optional<qint64>& ms) {
    if (!ms)
        return "-";
    return QDateTime::fromMSecsSinceEpoch(*ms, Qt::UTC).toString(Qt::ISODateWithMs).toUtf8();
}

} // namespace

InspectTableWriter::InspectTableWriter(OutputBuffer& out, bool includeFrames)
    : m_out(out)
    , m_includeFrames(includeFrames) {
}

void InspectTableWriter::formatDetected(MediaContainer format) {
    m_format = format;
}

void InspectTableWriter::writeLine(const ElementHeader& h, const ElementValue* value) {
    for (int i = 0; i < h.depth; ++i)
        m_out.append('|');
    m_out.append(QByteArrayView("+ "));
    m_out.append(QByteArrayView(h.name));
    m_out.append(QByteArrayView(" ["));
    appendElementId(m_out, m_format, h.id, false);
    m_out.append(QByteArrayView("] at "));
    m_out.appendUInt(h.offset);
    m_out.append(QByteArrayView(" header "));
    m_out.appendUInt(h.headerSize);
    if (h.unknownSize && h.master) {
        m_out.append(QByteArrayView(" size unknown"));
    } else {
        m_out.append(QByteArrayView(" size "));
        m_out.appendUInt(h.dataSize);
    }
    if (value && value->kind != ValueKind::None) {
        m_out.append(QByteArrayView(": "));
        appendValueText(m_out, *value);
    }
    if (h.incomplete)
        m_out.append(QByteArrayView(" (incomplete)"));
    m_out.append('\n');
}

void InspectTableWriter::elementStart(const ElementHeader& header) {
    if (header.master)
        writeLine(header, nullptr);
}

void InspectTableWriter::elementEnd(const ElementHeader& header, const ElementValue& value) {
    if (!header.master)
        writeLine(header, &value);
}

void InspectTableWriter::track(const TrackInfo& track) {
    m_tracks.append(track);
}

void InspectTableWriter::frame(const FrameInfo& frame) {
    if (m_includeFrames)
        m_frames.push_back(frame);
}

void InspectTableWriter::fragment(const FragmentSummary& fragment) {
    if (m_fragments.size() < kMaxStoredFragments)
        m_fragments.append(fragment);
    else
        ++m_droppedFragments;
}

void InspectTableWriter::finish(const ContainerInspector& inspector) {
    OutputBuffer& o = m_out;
    o.append(QByteArrayView("\nFormat: "));
    o.append(containerFormatName(inspector.format()).toLatin1());
    if (inspector.format() == MediaContainer::Matroska) {
        o.append(QByteArrayView(", "));
        o.appendInt(inspector.documentCount());
        o.append(inspector.documentCount() == 1 ? QByteArrayView(" document")
                                                : QByteArrayView(" documents"));
        if (inspector.isKvsStream())
            o.append(QByteArrayView(" (KVS stream)"));
    }
    o.append(QByteArrayView(", "));
    o.appendUInt(inspector.bytesRead());
    o.append(QByteArrayView(" bytes\n"));

    o.append(QByteArrayView("\nTracks:\n"));
    o.appendPadded("NUMBER", 8);
    o.appendPadded("TYPE", 10);
    o.appendPadded("CODEC ID", 20);
    o.appendPadded("TIME BASE", 14);
    o.append(QByteArrayView("DETAILS\n"));
    for (const TrackInfo& t : std::as_const(m_tracks)) {
        o.appendPadded(QByteArray::number(t.number), 8);
        o.appendPadded(t.type.toUtf8(), 10);
        o.appendPadded(t.codecId.toUtf8(), 20);
        o.appendPadded(t.timeBaseDen > 0 ? QByteArray::number(t.timeBaseNum) + '/' +
                                               QByteArray::number(t.timeBaseDen)
                                         : QByteArray("-"),
                       14);
        QString details = t.codec.summary();
        if (details.isEmpty() && t.width > 0)
            details = QStringLiteral("%1x%2").arg(t.width).arg(t.height);
        if (details.isEmpty() && t.sampleRate > 0)
            details = QStringLiteral("%1 Hz %2 ch").arg(t.sampleRate).arg(t.channels);
        o.append(details.toUtf8());
        o.append('\n');
    }

    const bool showFragments = inspector.isKvsStream() || inspector.isFragmentedMp4();
    if (showFragments) {
        o.append(QByteArrayView("\nFragments:\n"));
        o.appendPadded("#", 6);
        o.appendPadded("FRAGMENT NUMBER", 50);
        o.appendPadded("SERVER TIMESTAMP", 26);
        o.appendPadded("PRODUCER TIMESTAMP", 26);
        o.appendPadded("DURATION MS", 12, true);
        o.appendPadded("FRAMES", 8, true);
        o.appendPadded("KEYFRAME", 10, true);
        o.appendPadded("BYTES", 12, true);
        o.append(QByteArrayView("  TAGS\n"));
        for (const FragmentSummary& f : std::as_const(m_fragments)) {
            o.appendPadded(QByteArray::number(f.index), 6);
            QByteArray number = f.fragmentNumber.toUtf8();
            if (number.isEmpty() && f.sequenceNumber)
                number = "seq " + QByteArray::number(*f.sequenceNumber);
            o.appendPadded(number.isEmpty() ? QByteArray("-") : number, 50);
            o.appendPadded(utcText(f.serverTimestampMs), 26);
            o.appendPadded(utcText(f.producerTimestampMs), 26);
            o.appendPadded(msText(f.durationMs), 12, true);
            o.appendPadded(QByteArray::number(f.frameCount), 8, true);
            o.appendPadded(f.firstKeyframeIndex >= 0 ? QByteArray::number(f.firstKeyframeIndex)
                                                     : QByteArray("-"),
                           10, true);
            o.appendPadded(QByteArray::number(f.bytes), 12, true);
            o.append(QByteArrayView("  "));
            o.appendUInt(quint64(f.tags.size()));
            if (!f.errorCode.isEmpty() || !f.errorMessage.isEmpty()) {
                o.append(QByteArrayView("  error "));
                o.append(f.errorCode.toUtf8());
                o.append(' ');
                o.append(f.errorMessage.toUtf8());
            }
            o.append('\n');
        }
    }

    if (showFragments && m_droppedFragments > 0) {
        o.append(QByteArrayView("  ... "));
        o.appendInt(m_droppedFragments);
        o.append(QByteArrayView(" more fragments not listed\n"));
    }
    if (m_includeFrames) {
        o.append(QByteArrayView("\nFrames:\n"));
        o.appendPadded("TRACK", 6);
        o.appendPadded("PTS", 16, true);
        o.appendPadded("DTS", 16, true);
        o.appendPadded("KEY", 5, true);
        o.appendPadded("SIZE", 10, true);
        o.appendPadded("OFFSET", 14, true);
        o.append('\n');
        for (const FrameInfo& f : m_frames) {
            o.appendPaddedInt(f.track, 6, false);
            o.appendPaddedInt(f.pts, 16);
            if (f.hasDts)
                o.appendPaddedInt(f.dts, 16);
            else
                o.appendPadded("-", 16, true);
            o.appendPadded(f.keyframe ? "K" : "-", 5, true);
            o.appendPaddedInt(f.size, 10);
            o.appendPaddedInt(qint64(f.offset), 14);
            o.append('\n');
        }
    }
    if (inspector.failed()) {
        o.append(QByteArrayView("\nError "));
        o.append(inspector.error().toString().toUtf8());
        o.append('\n');
    }
    o.flush();
}

} // namespace kinescope
