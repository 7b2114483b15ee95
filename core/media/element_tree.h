#pragma once

#include "core/media/inspect_types.h"

#include <QList>
#include <QString>
#include <QStringList>

#include <memory>
#include <vector>

namespace kinescope {

class ContainerInspector;

// Every element/box of an inspected stream, compactly (about 60 bytes per element; strings
// only for leaves that have text), plus the tracks, fragments and frames found. Immutable once
// built: models and views share it across threads through a shared_ptr<const ElementTree>.
class ElementTree {
public:
    enum NodeFlag : quint8 { Master = 1, UnknownSize = 2, Incomplete = 4 };

    struct Node {
        quint64 offset = 0;
        quint64 dataSize = 0;
        quint64 raw = 0; // UInt/Int/Date value, Float bits, packed block header
        const char* name = "";
        quint32 id = 0;
        quint32 headerSize = 0;
        qint32 parent = -1;
        qint32 row = 0;   // position among its parent's children
        qint32 text = -1; // index of its value text (strings, binary, MP4 members)
        quint16 depth = 0;
        ValueKind kind = ValueKind::None;
        quint8 flags = 0;

        quint64 totalSize() const { return headerSize + dataSize; }
    };

    MediaContainer format() const { return m_format; }
    int size() const { return int(m_nodes.size()); }
    const Node& node(int index) const { return m_nodes[size_t(index)]; }
    // Children of a node; parent -1 means the top level.
    int childCount(int parent) const;
    int child(int parent, int row) const;

    QString idText(int index) const;
    QString valueText(int index) const;
    // Nodes whose name, ID or value contains text (case-insensitive), in stream order.
    QList<int> find(const QString& text, int limit = 10000) const;
    // True when the stream had more elements than the tree keeps (see maxNodes).
    bool truncated() const { return m_truncated; }

    // What the inspection found besides the tree.
    QList<TrackInfo> tracks;
    QList<FragmentSummary> fragments; // KVS chunks or fMP4 fragments (empty otherwise)
    std::vector<FrameInfo> frames;
    bool kvs = false;
    int documents = 0;
    quint64 bytes = 0;
    bool failed = false;
    ParseError error;

private:
    friend class ElementTreeBuilder;
    MediaContainer m_format = MediaContainer::Unknown;
    std::vector<Node> m_nodes;
    std::vector<qint32>
        m_childStart; // CSR: children of node i are m_children[start[i]..start[i+1])
    std::vector<qint32> m_children;
    std::vector<qint32> m_topLevel;
    QStringList m_texts;
    bool m_truncated = false;
};

// Builds an ElementTree from inspection events (use it as the ContainerInspector's sink, or
// forward to it). Keeps at most maxNodes elements so a hostile stream cannot exhaust memory.
class ElementTreeBuilder : public InspectSink {
public:
    explicit ElementTreeBuilder(int maxNodes = 5'000'000, bool keepFrames = true);

    void formatDetected(MediaContainer format) override;
    void elementStart(const ElementHeader& header) override;
    void elementEnd(const ElementHeader& header, const ElementValue& value) override;
    void track(const TrackInfo& track) override;
    void frame(const FrameInfo& frame) override;
    void fragment(const FragmentSummary& fragment) override;

    // Completes the tree with the inspector's verdict and hands it over.
    std::shared_ptr<ElementTree> finish(const ContainerInspector& inspector);

private:
    std::shared_ptr<ElementTree> m_tree;
    std::vector<qint32> m_open; // node indices of open elements (-1 when not kept)
    std::vector<qint32> m_rows; // next row per open element
    qint32 m_topRows = 0;
    int m_maxNodes;
    bool m_keepFrames;
};

} // namespace kinescope
