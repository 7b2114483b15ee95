#pragma once

#include "core/media/inspect_types.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QList>

#include <memory>

namespace kinescope {

class EbmlReader;
class MatroskaAnalyzer;
class Mp4Analyzer;
class Mp4Reader;

// Inspects a Matroska/WebM stream (one or more EBML documents, as KVS GetMedia returns) or an
// MP4/fMP4 stream, incrementally: push bytes as they arrive (from a file or the network, in
// any chunking) and the sink receives elements, tracks, frames and fragments as soon as they
// are complete. CPU only, no I/O, no Qt event loop: callable from any one thread at a time.
// The format is detected from the first bytes (EBML magic, or an MP4 top-level box type).
class ContainerInspector {
public:
    explicit ContainerInspector(InspectSink& sink);
    ~ContainerInspector();
    ContainerInspector(const ContainerInspector&) = delete;
    ContainerInspector& operator=(const ContainerInspector&) = delete;

    // Returns false once the stream has failed (error() tells where and why).
    bool feed(QByteArrayView data);
    // End of input. Returns false when the stream failed or ended inside an element.
    bool finish();

    MediaContainer format() const { return m_format; }
    bool failed() const { return m_failed; }
    const ParseError& error() const { return m_error; }
    // Bytes read: all of them, or up to the error when the stream failed (so the figure does
    // not depend on how the input was chunked).
    quint64 bytesRead() const { return m_failed ? std::min(m_fed, m_error.offset) : m_fed; }

    // Matroska: number of EBML documents (KVS chunks) seen.
    int documentCount() const;
    // A KVS-style stream: Matroska with AWS_KINESISVIDEO_* tags or with several documents.
    bool isKvsStream() const;
    // MP4 with movie fragments.
    bool isFragmentedMp4() const;
    QList<TrackInfo> tracks() const;

private:
    bool detect(QByteArrayView data);
    bool pushToReader(QByteArrayView data);
    void takeReaderError();

    InspectSink& m_sink;
    MediaContainer m_format = MediaContainer::Unknown;
    QByteArray m_probe;
    quint64 m_fed = 0;
    bool m_failed = false;
    bool m_finished = false;
    ParseError m_error;
    std::unique_ptr<MatroskaAnalyzer> m_mkv;
    std::unique_ptr<EbmlReader> m_ebml;
    std::unique_ptr<Mp4Analyzer> m_mp4;
    std::unique_ptr<Mp4Reader> m_boxes;
};

} // namespace kinescope
