#pragma once

#include "core/media/inspect_types.h"
#include "core/media/output_buffer.h"

#include <QList>

#include <deque>

namespace kinescope {

class ContainerInspector;

// Writes what an inspection finds as one JSON object, streaming: the element tree is written
// while the stream is read (so a multi-gigabyte file never has its tree in memory); tracks,
// fragments and (optionally) frames are kept compactly and written by finish():
//   {"format": "matroska"|"mp4"|"unknown", "tree": [{id, name, offset, headerSize, dataSize,
//    value | children, ...}], "tracks": [...], "fragments": [...], "frames": [...],
//    "documents": n, "kvs": bool, "bytes": n, "error": {"offset": n, "message": "..."}}
class InspectJsonWriter : public InspectSink {
public:
    InspectJsonWriter(OutputBuffer& out, bool includeFrames);

    void formatDetected(MediaContainer format) override;
    void elementStart(const ElementHeader& header) override;
    void elementEnd(const ElementHeader& header, const ElementValue& value) override;
    void track(const TrackInfo& track) override;
    void frame(const FrameInfo& frame) override;
    void fragment(const FragmentSummary& fragment) override;

    // Writes everything after the tree and closes the object.
    void finish(const ContainerInspector& inspector);

private:
    void begin();

    OutputBuffer& m_out;
    bool m_includeFrames;
    MediaContainer m_format = MediaContainer::Unknown;
    bool m_begun = false;
    bool m_first = true;
    QList<TrackInfo> m_tracks;
    QList<FragmentSummary> m_fragments;
    qint64 m_droppedFragments = 0;
    std::deque<FrameInfo> m_frames; // grows without copying
};

// Writes one track / fragment / frame as a JSON object (shared with other JSON producers).
void writeTrackJson(OutputBuffer& out, const TrackInfo& track);
void writeFragmentJson(OutputBuffer& out, const FragmentSummary& fragment);
void writeFrameJson(OutputBuffer& out, const FrameInfo& frame);

} // namespace kinescope
