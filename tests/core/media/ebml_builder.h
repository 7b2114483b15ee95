#pragma once

#include <QByteArray>
#include <QtGlobal>

#include <cstring>

// Tiny EBML writer for hand-built test streams.
namespace kinescope::test::ebml {

inline QByteArray id(quint32 value) {
    QByteArray out;
    for (int shift = value > 0xFFFFFF ? 24
                     : value > 0xFFFF ? 16
                     : value > 0xFF   ? 8
                                      : 0;
         shift >= 0; shift -= 8)
        out.append(char(quint8(value >> shift)));
    return out;
}

// A size VINT of the given length (0: shortest).
inline QByteArray size(quint64 value, int length = 0) {
    if (length == 0) {
        length = 1;
        while (length < 8 && value >= (quint64(1) << (7 * length)) - 1)
            ++length;
    }
    const quint64 v = value | (quint64(1) << (7 * length));
    QByteArray out;
    for (int i = length - 1; i >= 0; --i)
        out.append(char(quint8(v >> (8 * i))));
    return out;
}

inline QByteArray unknownSize() {
    return QByteArray("\x01\xFF\xFF\xFF\xFF\xFF\xFF\xFF", 8);
}

inline QByteArray el(quint32 elementId, const QByteArray& payload) {
    return id(elementId) + size(quint64(payload.size())) + payload;
}

inline QByteArray open(quint32 elementId) // master of unknown size
{
    return id(elementId) + unknownSize();
}

inline QByteArray uel(quint32 elementId, quint64 value) {
    QByteArray payload;
    int bytes = 1;
    while (bytes < 8 && (value >> (8 * bytes)) != 0)
        ++bytes;
    for (int i = bytes - 1; i >= 0; --i)
        payload.append(char(quint8(value >> (8 * i))));
    return el(elementId, payload);
}

inline QByteArray sel(quint32 elementId, const char* text) {
    return el(elementId, QByteArray(text));
}

inline QByteArray header() {
    return el(0x1A45DFA3, uel(0x4286, 1) + uel(0x42F7, 1) + uel(0x42F2, 4) + uel(0x42F3, 8) +
                              sel(0x4282, "matroska") + uel(0x4287, 4) + uel(0x4285, 2));
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
    return el(0x67C8, sel(0x45A3, name) + sel(0x4487, value));
}

inline QByteArray tags(const QByteArray& simpleTags) {
    return el(0x1254C367, el(0x7373, el(0x63C0, {}) + simpleTags));
}

} // namespace kinescope::test::ebml
