#include "core/media/container_inspector.h"

#include "core/media/ebml_reader.h"
#include "core/media/matroska_analyzer.h"
#include "core/media/mp4_analyzer.h"
#include "core/media/mp4_reader.h"

namespace kinescope {

namespace {

constexpr qsizetype kProbeSize = 8;

QString hexBytes(QByteArrayView bytes) {
    return QString::fromLatin1(bytes.toByteArray().toHex(' '));
}

} // namespace

ContainerInspector::ContainerInspector(InspectSink& sink)
    : m_sink(sink) {
}

ContainerInspector::~ContainerInspector() = default;

bool ContainerInspector::feed(QByteArrayView data) {
    if (m_failed || m_finished)
        return false;
    m_fed += quint64(data.size());
    if (m_format != MediaContainer::Unknown)
        return pushToReader(data);
    const qsizetype take = std::min(kProbeSize - m_probe.size(), data.size());
    m_probe.append(data.first(take));
    if (m_probe.size() < kProbeSize &&
        !(m_probe.size() >= 4 && m_probe.startsWith("\x1a\x45\xdf\xa3")))
        return true;
    if (!detect(m_probe))
        return false;
    const QByteArray probe = std::exchange(m_probe, QByteArray());
    return pushToReader(probe) && pushToReader(data.sliced(take));
}

bool ContainerInspector::detect(QByteArrayView head) {
    if (head.size() >= 4 && head.startsWith("\x1a\x45\xdf\xa3")) {
        m_format = MediaContainer::Matroska;
        m_mkv = std::make_unique<MatroskaAnalyzer>(m_sink);
        m_ebml = std::make_unique<EbmlReader>(*m_mkv);
    } else if (head.size() >= 8) {
        const quint32 type = (quint32(quint8(head[4])) << 24) | (quint32(quint8(head[5])) << 16) |
                             (quint32(quint8(head[6])) << 8) | quint32(quint8(head[7]));
        if (!isMp4TopLevelBox(type)) {
            m_failed = true;
            m_error.offset = 0;
            m_error.message = QStringLiteral("not a Matroska (EBML) or MP4 (ISO BMFF) stream: it "
                                             "starts with %1")
                                  .arg(hexBytes(head));
            return false;
        }
        m_format = MediaContainer::Mp4;
        m_mp4 = std::make_unique<Mp4Analyzer>(m_sink);
        m_boxes = std::make_unique<Mp4Reader>(*m_mp4);
    } else {
        return true;
    }
    m_sink.formatDetected(m_format);
    return true;
}

bool ContainerInspector::pushToReader(QByteArrayView data) {
    if (data.isEmpty())
        return true;
    const bool ok = m_ebml ? m_ebml->feed(data) : m_boxes->feed(data);
    if (!ok)
        takeReaderError();
    return ok;
}

void ContainerInspector::takeReaderError() {
    m_failed = true;
    m_error = m_ebml ? m_ebml->error() : m_boxes->error();
    // Report what was complete before the failure.
    if (m_mkv)
        m_mkv->finish(m_error.offset);
    if (m_mp4)
        m_mp4->finish(m_error.offset);
}

bool ContainerInspector::finish() {
    if (m_failed)
        return false;
    if (m_finished)
        return true;
    if (m_format == MediaContainer::Unknown) {
        m_failed = true;
        m_error.offset = quint64(m_probe.size());
        m_error.message = m_probe.isEmpty()
                              ? QStringLiteral("the input is empty")
                              : QStringLiteral("the input ends after %1 bytes (%2), too short "
                                               "for a Matroska or MP4 stream")
                                    .arg(m_probe.size())
                                    .arg(hexBytes(m_probe));
        return false;
    }
    const bool ok = m_ebml ? m_ebml->finish() : m_boxes->finish();
    if (!ok) {
        takeReaderError();
        return false;
    }
    m_finished = true;
    if (m_mkv)
        m_mkv->finish(m_fed);
    if (m_mp4)
        m_mp4->finish(m_fed);
    return true;
}

int ContainerInspector::documentCount() const {
    return m_mkv ? m_mkv->documentCount() : 0;
}

bool ContainerInspector::isKvsStream() const {
    return m_mkv && (m_mkv->sawKvsTags() || m_mkv->documentCount() > 1);
}

bool ContainerInspector::isFragmentedMp4() const {
    return m_mp4 && m_mp4->fragmented();
}

QList<TrackInfo> ContainerInspector::tracks() const {
    if (m_mkv)
        return m_mkv->tracks();
    if (m_mp4)
        return m_mp4->tracks();
    return {};
}

} // namespace kinescope
