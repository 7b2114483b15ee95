#include "core/media/output_buffer.h"

#include <charconv>
#include <cmath>

namespace kinescope {

OutputBuffer::OutputBuffer(Writer writer, qsizetype capacity)
    : m_writer(std::move(writer))
    , m_data(new char[size_t(std::max<qsizetype>(capacity, 256))])
    , m_capacity(std::max<qsizetype>(capacity, 256)) {
}

OutputBuffer::~OutputBuffer() {
    flush();
    delete[] m_data;
}

void OutputBuffer::flush() {
    if (m_used > 0 && m_writer)
        m_writer(m_data, m_used);
    m_used = 0;
}

void OutputBuffer::appendSlow(QByteArrayView bytes) {
    flush();
    if (bytes.size() >= m_capacity) {
        if (m_writer)
            m_writer(bytes.data(), bytes.size());
        return;
    }
    std::memcpy(m_data, bytes.data(), size_t(bytes.size()));
    m_used = bytes.size();
}

void OutputBuffer::appendUInt(quint64 value) {
    reserve(24);
    const auto result = std::to_chars(m_data + m_used, m_data + m_capacity, value);
    m_used = result.ptr - m_data;
}

void OutputBuffer::appendInt(qint64 value) {
    reserve(24);
    const auto result = std::to_chars(m_data + m_used, m_data + m_capacity, value);
    m_used = result.ptr - m_data;
}

void OutputBuffer::appendDouble(double value) {
    if (!std::isfinite(value)) {
        append(QByteArrayView("null"));
        return;
    }
    reserve(32);
    const auto result = std::to_chars(m_data + m_used, m_data + m_capacity, value);
    m_used = result.ptr - m_data;
}

void OutputBuffer::appendJsonString(QByteArrayView utf8) {
    static const char kHex[] = "0123456789abcdef";
    append('"');
    const auto* p = reinterpret_cast<const uchar*>(utf8.data());
    const qsizetype n = utf8.size();
    qsizetype i = 0;
    while (i < n) {
        // Copy runs of plain ASCII at once.
        qsizetype run = i;
        while (run < n && p[run] >= 0x20 && p[run] < 0x80 && p[run] != '"' && p[run] != '\\')
            ++run;
        if (run > i) {
            append(QByteArrayView(utf8.data() + i, run - i));
            i = run;
            continue;
        }
        const uchar c = p[i];
        if (c == '"' || c == '\\') {
            reserve(2);
            m_data[m_used++] = '\\';
            m_data[m_used++] = char(c);
            ++i;
        } else if (c < 0x20) {
            reserve(6);
            const char* esc = nullptr;
            switch (c) {
            case '\n':
                esc = "\\n";
                break;
            case '\r':
                esc = "\\r";
                break;
            case '\t':
                esc = "\\t";
                break;
            default:
                break;
            }
            if (esc) {
                append(QByteArrayView(esc, 2));
            } else {
                const char u[6] = {'\\', 'u', '0', '0', kHex[c >> 4], kHex[c & 15]};
                append(QByteArrayView(u, 6));
            }
            ++i;
        } else {
            // A UTF-8 sequence: validate it (overlongs, surrogates and >U+10FFFF are invalid).
            int length = 0;
            quint32 cp = 0;
            if (c >= 0xC2 && c <= 0xDF) {
                length = 2;
                cp = c & 0x1F;
            } else if (c >= 0xE0 && c <= 0xEF) {
                length = 3;
                cp = c & 0x0F;
            } else if (c >= 0xF0 && c <= 0xF4) {
                length = 4;
                cp = c & 0x07;
            }
            bool valid = length > 0 && i + length <= n;
            for (int k = 1; valid && k < length; ++k) {
                if ((p[i + k] & 0xC0) != 0x80)
                    valid = false;
                else
                    cp = (cp << 6) | (p[i + k] & 0x3F);
            }
            if (valid) {
                valid = !(length == 3 && (cp < 0x800 || (cp >= 0xD800 && cp <= 0xDFFF))) &&
                        !(length == 4 && (cp < 0x10000 || cp > 0x10FFFF));
            }
            if (valid) {
                append(QByteArrayView(utf8.data() + i, length));
                i += length;
            } else {
                append(QByteArrayView("\xEF\xBF\xBD")); // U+FFFD
                ++i;
            }
        }
    }
    append('"');
}

void OutputBuffer::appendPadded(QByteArrayView text, int width, bool rightAlign) {
    const int pad = std::max(0, width - int(text.size()));
    if (rightAlign)
        for (int i = 0; i < pad; ++i)
            append(' ');
    append(text);
    if (!rightAlign)
        for (int i = 0; i < pad; ++i)
            append(' ');
}

} // namespace kinescope

namespace kinescope {

void OutputBuffer::appendPaddedInt(qint64 value, int width, bool rightAlign) {
    char text[24];
    const auto result = std::to_chars(text, text + sizeof(text), value);
    appendPadded(QByteArrayView(text, result.ptr - text), width, rightAlign);
}

} // namespace kinescope
