#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QtGlobal>

#include <algorithm>

namespace kinescope {

// MSB-first bit reader over a byte buffer with Exp-Golomb codes (H.264/H.265 syntax).
// Reading past the end never touches memory outside the buffer: it sets overrun() and returns 0,
// so a decoder can read a whole structure and check once at the end.
class BitReader {
public:
    explicit BitReader(QByteArrayView data)
        : m_data(data) {}

    quint32 bits(int count) // count <= 32
    {
        quint32 value = 0;
        for (int i = 0; i < count; ++i)
            value = (value << 1) | bit();
        return value;
    }
    quint64 bits64(int count) // count <= 64
    {
        quint64 value = 0;
        for (int i = 0; i < count; ++i)
            value = (value << 1) | bit();
        return value;
    }
    quint32 bit() {
        if (m_pos >= quint64(m_data.size()) * 8) {
            m_overrun = true;
            return 0;
        }
        const auto byte = quint8(m_data[qsizetype(m_pos >> 3)]);
        const quint32 value = (byte >> (7 - (m_pos & 7))) & 1u;
        ++m_pos;
        return value;
    }
    bool flag() { return bit() != 0; }
    void skip(quint64 count) {
        m_pos += count;
        if (m_pos > quint64(m_data.size()) * 8) {
            m_pos = quint64(m_data.size()) * 8;
            m_overrun = true;
        }
    }
    // ue(v). Codes longer than 32 bits are invalid in every syntax we read.
    quint32 ue() {
        int zeros = 0;
        while (bit() == 0) {
            if (m_overrun || ++zeros > 31) {
                m_overrun = true;
                return 0;
            }
        }
        if (zeros == 0)
            return 0;
        return quint32((quint64(1) << zeros) - 1 + bits(zeros));
    }
    // ue(v) capped at 2^24, as an int: values decoders range-check (ids, sizes, depths) without
    // any risk of overflow or sign surprises.
    int ueSmall() { return int(std::min<quint32>(ue(), 1u << 24)); }
    // se(v)
    qint32 se() {
        const quint32 code = ue();
        return (code & 1) ? qint32((code + 1) / 2) : -qint32(code / 2);
    }

    bool overrun() const { return m_overrun; }
    quint64 bitPosition() const { return m_pos; }
    quint64 bytePosition() const { return m_pos / 8; }
    quint64 bitsLeft() const {
        const quint64 total = quint64(m_data.size()) * 8;
        return m_pos >= total ? 0 : total - m_pos;
    }

private:
    QByteArrayView m_data;
    quint64 m_pos = 0;
    bool m_overrun = false;
};

// NAL unit payload → RBSP: drops the emulation prevention byte of every 0x000003 sequence.
inline QByteArray nalToRbsp(QByteArrayView nal) {
    QByteArray out;
    out.reserve(nal.size());
    int zeros = 0;
    for (qsizetype i = 0; i < nal.size(); ++i) {
        const auto byte = quint8(nal[i]);
        if (zeros >= 2 && byte == 3) {
            zeros = 0;
            continue;
        }
        zeros = byte == 0 ? zeros + 1 : 0;
        out.append(char(byte));
    }
    return out;
}

} // namespace kinescope
