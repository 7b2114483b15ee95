#include "core/media/element_tree.h"

#include "core/media/container_inspector.h"
#include "core/media/element_format.h"

#include <cstring>

namespace kinescope {

namespace {

quint64 packBlock(const BlockSummary& b) {
    return quint64(b.frameCount) | (quint64(b.flags) << 16) | (quint64(quint16(b.timecode)) << 24) |
           (std::min<quint64>(b.track, 0xFFFFFF) << 40);
}

BlockSummary unpackBlock(quint64 raw, bool simple) {
    BlockSummary b;
    b.frameCount = quint16(raw & 0xFFFF);
    b.flags = quint8((raw >> 16) & 0xFF);
    b.timecode = qint16(quint16((raw >> 24) & 0xFFFF));
    b.track = raw >> 40;
    b.simple = simple;
    return b;
}

} // namespace

int ElementTree::childCount(int parent) const {
    if (parent < 0)
        return int(m_topLevel.size());
    if (parent >= size())
        return 0;
    return m_childStart[size_t(parent) + 1] - m_childStart[size_t(parent)];
}

int ElementTree::child(int parent, int row) const {
    if (row < 0 || row >= childCount(parent))
        return -1;
    if (parent < 0)
        return m_topLevel[size_t(row)];
    return m_children[size_t(m_childStart[size_t(parent)] + row)];
}

QString ElementTree::idText(int index) const {
    return elementIdText(m_format, node(index).id);
}

QString ElementTree::valueText(int index) const {
    const Node& n = node(index);
    if (n.text >= 0)
        return m_texts[n.text];
    ElementValue v;
    v.kind = n.kind;
    switch (n.kind) {
    case ValueKind::UInt:
        v.u = n.raw;
        break;
    case ValueKind::Int:
    case ValueKind::Date:
        v.i = qint64(n.raw);
        break;
    case ValueKind::Float:
        std::memcpy(&v.f, &n.raw, sizeof(double));
        break;
    case ValueKind::Block:
        v.block = unpackBlock(n.raw, n.id == 0xA3);
        break;
    default:
        return {};
    }
    return elementValueText(v);
}

QList<int> ElementTree::find(const QString& text, int limit) const {
    QList<int> found;
    if (text.isEmpty())
        return found;
    for (int i = 0; i < size() && found.size() < limit; ++i) {
        const Node& n = node(i);
        if (QLatin1String(n.name).contains(text, Qt::CaseInsensitive) ||
            idText(i).compare(text, Qt::CaseInsensitive) == 0 ||
            (n.text >= 0 && m_texts[n.text].contains(text, Qt::CaseInsensitive)))
            found.append(i);
    }
    return found;
}

ElementTreeBuilder::ElementTreeBuilder(int maxNodes, bool keepFrames)
    : m_tree(std::make_shared<ElementTree>())
    , m_maxNodes(maxNodes)
    , m_keepFrames(keepFrames) {
}

void ElementTreeBuilder::formatDetected(MediaContainer format) {
    m_tree->m_format = format;
}

void ElementTreeBuilder::elementStart(const ElementHeader& h) {
    const qint32 parent = m_open.empty() ? -1 : m_open.back();
    const bool parentKept = m_open.empty() || parent >= 0;
    if (!parentKept || m_tree->size() >= m_maxNodes) {
        m_tree->m_truncated = true;
        m_open.push_back(-1);
        m_rows.push_back(0);
        return;
    }
    ElementTree::Node n;
    n.offset = h.offset;
    n.dataSize = h.dataSize;
    n.name = h.name;
    n.id = h.id;
    n.headerSize = h.headerSize;
    n.parent = parent;
    n.row = m_open.empty() ? m_topRows++ : m_rows.back()++;
    n.depth = h.depth;
    n.flags = quint8((h.master ? ElementTree::Master : 0) |
                     (h.unknownSize ? ElementTree::UnknownSize : 0));
    const qint32 index = qint32(m_tree->m_nodes.size());
    m_tree->m_nodes.push_back(n);
    if (parent < 0)
        m_tree->m_topLevel.push_back(index);
    m_open.push_back(index);
    m_rows.push_back(0);
}

void ElementTreeBuilder::elementEnd(const ElementHeader& h, const ElementValue& value) {
    if (m_open.empty())
        return;
    const qint32 index = m_open.back();
    m_open.pop_back();
    m_rows.pop_back();
    if (index < 0)
        return;
    ElementTree::Node& n = m_tree->m_nodes[size_t(index)];
    n.dataSize = h.dataSize;
    if (h.incomplete)
        n.flags |= ElementTree::Incomplete;
    n.kind = value.kind;
    switch (value.kind) {
    case ValueKind::UInt:
        n.raw = value.u;
        break;
    case ValueKind::Int:
    case ValueKind::Date:
        n.raw = quint64(value.i);
        break;
    case ValueKind::Float:
        std::memcpy(&n.raw, &value.f, sizeof(double));
        break;
    case ValueKind::Block:
        n.raw = packBlock(value.block);
        break;
    case ValueKind::String:
    case ValueKind::Binary:
    case ValueKind::Fields:
        n.text = qint32(m_tree->m_texts.size());
        m_tree->m_texts.append(elementValueText(value));
        break;
    case ValueKind::None:
        break;
    }
}

void ElementTreeBuilder::track(const TrackInfo& track) {
    m_tree->tracks.append(track);
}

void ElementTreeBuilder::frame(const FrameInfo& frame) {
    if (m_keepFrames)
        m_tree->frames.push_back(frame);
}

void ElementTreeBuilder::fragment(const FragmentSummary& fragment) {
    if (m_tree->fragments.size() < kMaxStoredFragments)
        m_tree->fragments.append(fragment);
}

std::shared_ptr<ElementTree> ElementTreeBuilder::finish(const ContainerInspector& inspector) {
    ElementTree& t = *m_tree;
    t.m_format = inspector.format();
    t.kvs = inspector.isKvsStream();
    t.documents = inspector.documentCount();
    t.bytes = inspector.bytesRead();
    t.failed = inspector.failed();
    t.error = inspector.error();
    if (!t.kvs && !inspector.isFragmentedMp4())
        t.fragments.clear();
    // Child index (CSR): count, prefix sums, fill in stream order.
    const size_t n = t.m_nodes.size();
    t.m_childStart.assign(n + 1, 0);
    for (const ElementTree::Node& node : t.m_nodes) {
        if (node.parent >= 0)
            ++t.m_childStart[size_t(node.parent) + 1];
    }
    for (size_t i = 0; i < n; ++i)
        t.m_childStart[i + 1] += t.m_childStart[i];
    t.m_children.assign(size_t(t.m_childStart[n]), -1);
    for (size_t i = 0; i < n; ++i) {
        const ElementTree::Node& node = t.m_nodes[i];
        if (node.parent >= 0)
            t.m_children[size_t(t.m_childStart[size_t(node.parent)] + node.row)] = qint32(i);
    }
    std::shared_ptr<ElementTree> out = std::move(m_tree);
    m_tree = std::make_shared<ElementTree>();
    m_open.clear();
    m_rows.clear();
    m_topRows = 0;
    return out;
}

} // namespace kinescope
