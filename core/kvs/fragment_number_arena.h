#pragma once

#include <QByteArray>
#include <QString>
#include <QtGlobal>

#include <limits>
#include <vector>

namespace kinescope {

// Fragment numbers packed into one byte arena, addressed by 32-bit offsets (FragmentIndex's
// "shared strings"). Encoding, header byte h first:
//   h < 0x80: h decimal digits follow, two per byte, high nibble first (odd count: low nibble 0);
//   h == 0x80: anything else (non-digits, > 127 chars): 2-byte big-endian length + UTF-8.
// 48-digit AWS fragment numbers take 25 bytes. The order of encodings is their byte order:
// digit strings by length, then digits (numeric order without leading zeros), all before raw
// strings. Equality is exact string equality (leading zeros are kept).
class FragmentNumberArena {
public:
    using Offset = quint32;
    static constexpr Offset kFull = std::numeric_limits<Offset>::max();

    static void encode(const QString& number, QByteArray& out);
    static qsizetype encodedSize(const quint8* p);
    static int compareEncoded(const quint8* a, const quint8* b);
    // Up to 8 bytes of an encoding from byte `from` on, big-endian, zero-padded: comparing these
    // compares the encodings from `from` on (ties need compareEncoded()).
    static quint64 sortPrefix(const quint8* p, qsizetype from);
    // 64-bit hash of an encoding (deterministic; for in-process hash tables only).
    static quint64 hash(const quint8* p);

    // Appends an encoding; kFull when the arena would pass 4 GiB. Grows by 1.5x.
    Offset append(const QByteArray& encoded);
    QString decode(Offset offset) const;
    const quint8* at(Offset offset) const { return m_bytes.data() + offset; }
    int compare(Offset a, Offset b) const { return compareEncoded(at(a), at(b)); }
    int compare(Offset a, const QByteArray& encoded) const {
        return compareEncoded(at(a), reinterpret_cast<const quint8*>(encoded.constData()));
    }

    void squeeze() { m_bytes.shrink_to_fit(); }
    qsizetype capacityBytes() const { return qsizetype(m_bytes.capacity()); }

private:
    std::vector<quint8> m_bytes;
};

} // namespace kinescope
