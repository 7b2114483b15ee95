#pragma once

#include "core/media/ebml_writer.h"

#include <QByteArray>
#include <QtGlobal>

// Short names over core/media/ebml_writer.h for hand-built test streams, plus small fixtures.
namespace kinescope::test::ebml {

using kinescope::ebml::id;
// size(value, length = 0): a size VINT of the given length (0: shortest).
using kinescope::ebml::size;
using kinescope::ebml::unknownSize;

inline QByteArray el(quint32 elementId, const QByteArray& payload) {
    return kinescope::ebml::element(elementId, payload);
}

inline QByteArray open(quint32 elementId) // master of unknown size
{
    return kinescope::ebml::openElement(elementId);
}

inline QByteArray uel(quint32 elementId, quint64 value) {
    return kinescope::ebml::uintElement(elementId, value);
}

inline QByteArray sel(quint32 elementId, const char* text) {
    return el(elementId, QByteArray(text));
}

inline QByteArray header() {
    return kinescope::ebml::matroskaHeader();
}

inline QByteArray tracks(int count) {
    QByteArray entries;
    for (int i = 1; i <= count; ++i)
        entries += el(0xAE, uel(0xD7, quint64(i)) + uel(0x73C5, quint64(100 + i)) +
                                uel(0x83, i == 1 ? 1 : 2) +
                                sel(0x86, i == 1 ? "V_UNCOMPRESSED" : "A_PCM/INT/LIT") +
                                (i == 1 ? uel(0x23E383, 40000000) : uel(0x23E383, 10000000)));
    return el(0x1654AE6B, entries);
}

// Block payload: track, timecode, flags, then the lacing header and data given.
inline QByteArray blockPayload(int track, qint16 timecode, quint8 flags, const QByteArray& rest) {
    QByteArray out;
    out.append(char(0x80 | track));
    out.append(char(quint8(quint16(timecode) >> 8)));
    out.append(char(quint8(timecode)));
    out.append(char(flags));
    return out + rest;
}

inline QByteArray simpleBlock(int track, qint16 timecode, bool key, int bytes) {
    return el(0xA3, blockPayload(track, timecode, key ? 0x80 : 0, QByteArray(bytes, 'x')));
}

inline QByteArray simpleTag(const char* name, const char* value) {
    return kinescope::ebml::simpleTagElement(QByteArray(name), QByteArray(value));
}

inline QByteArray tags(const QByteArray& simpleTags) {
    return kinescope::ebml::tagsElement(simpleTags);
}

} // namespace kinescope::test::ebml
