#pragma once

#include <QtGlobal>

namespace kinescope {

enum class EbmlType : quint8 { Master, UInt, Int, Float, String, Utf8, Date, Binary, Block };

// One element of the Matroska schema (RFC 9559 and its EBML header, RFC 8794).
struct EbmlElementInfo {
    quint32 id; // with the length marker bits, as written ("0x1A45DFA3")
    const char* name;
    EbmlType type;
    quint32 parent;  // 0: top level; ebml_id::kAnyParent: global element (Void, CRC-32)
    quint32 parent2; // a second allowed parent (recursive SimpleTag/ChapterAtom), or 0
};

// The schema entry for an ID, or nullptr for IDs Matroska does not define.
const EbmlElementInfo* ebmlElementInfo(quint32 id);

// Whether an element with this schema entry may appear directly inside parentId
// (0 = at the top level).
inline bool ebmlMayBeChildOf(const EbmlElementInfo& info, quint32 parentId);

// IDs the readers and analyzers refer to by name.
namespace ebml_id {
constexpr quint32 kAnyParent = 0xFFFFFFFF;
constexpr quint32 EBML = 0x1A45DFA3;
constexpr quint32 DocType = 0x4282;
constexpr quint32 Void = 0xEC;
constexpr quint32 Crc32 = 0xBF;
constexpr quint32 Segment = 0x18538067;
constexpr quint32 SeekHead = 0x114D9B74;
constexpr quint32 Info = 0x1549A966;
constexpr quint32 TimestampScale = 0x2AD7B1;
constexpr quint32 Duration = 0x4489;
constexpr quint32 Cluster = 0x1F43B675;
constexpr quint32 Timestamp = 0xE7;
constexpr quint32 SimpleBlock = 0xA3;
constexpr quint32 BlockGroup = 0xA0;
constexpr quint32 Block = 0xA1;
constexpr quint32 BlockDuration = 0x9B;
constexpr quint32 ReferenceBlock = 0xFB;
constexpr quint32 Tracks = 0x1654AE6B;
constexpr quint32 TrackEntry = 0xAE;
constexpr quint32 TrackNumber = 0xD7;
constexpr quint32 TrackUID = 0x73C5;
constexpr quint32 TrackType = 0x83;
constexpr quint32 DefaultDuration = 0x23E383;
constexpr quint32 Name = 0x536E;
constexpr quint32 Language = 0x22B59C;
constexpr quint32 CodecID = 0x86;
constexpr quint32 CodecPrivate = 0x63A2;
constexpr quint32 CodecDelay = 0x56AA;
constexpr quint32 Video = 0xE0;
constexpr quint32 PixelWidth = 0xB0;
constexpr quint32 PixelHeight = 0xBA;
constexpr quint32 Audio = 0xE1;
constexpr quint32 SamplingFrequency = 0xB5;
constexpr quint32 Channels = 0x9F;
constexpr quint32 BitDepth = 0x6264;
constexpr quint32 Cues = 0x1C53BB6B;
constexpr quint32 Tags = 0x1254C367;
constexpr quint32 Tag = 0x7373;
constexpr quint32 SimpleTag = 0x67C8;
constexpr quint32 TagName = 0x45A3;
constexpr quint32 TagString = 0x4487;
constexpr quint32 TagBinary = 0x4485;
} // namespace ebml_id

inline bool ebmlMayBeChildOf(const EbmlElementInfo& info, quint32 parentId) {
    return info.parent == parentId || info.parent == ebml_id::kAnyParent ||
           (info.parent2 != 0 && info.parent2 == parentId);
}

} // namespace kinescope
