#pragma once

#include "core/media/inspect_types.h"
#include "core/media/output_buffer.h"

#include <QList>

#include <deque>

namespace kinescope {

class ContainerInspector;

// Writes what an inspection finds as text for people: the element tree while it is read (one
// line per element, indented like mkvinfo), then tables of tracks, fragments and (optionally)
// frames.
class InspectTableWriter : public InspectSink {
public:
    InspectTableWriter(OutputBuffer& out, bool includeFrames);

    void formatDetected(MediaContainer format) override;
    void elementStart(const ElementHeader& header) override;
    void elementEnd(const ElementHeader& header, const ElementValue& value) override;
    void track(const TrackInfo& track) override;
    void frame(const FrameInfo& frame) override;
    void fragment(const FragmentSummary& fragment) override;

    void finish(const ContainerInspector& inspector);

private:
    void writeLine(const ElementHeader& header, const ElementValue* value);

    OutputBuffer& m_out;
    bool m_includeFrames;
    MediaContainer m_format = MediaContainer::Unknown;
    QList<TrackInfo> m_tracks;
    QList<FragmentSummary> m_fragments;
    qint64 m_droppedFragments = 0;
    std::deque<FrameInfo> m_frames; // grows without copying
};

} // namespace kinescope
