#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QString>

#include <cstring>
#include <functional>

namespace kinescope {

// A large byte buffer that formats numbers and JSON strings without allocating per call and
// hands full blocks to a writer function (stdout, a QIODevice, a QByteArray in tests).
class OutputBuffer {
public:
    using Writer = std::function<void(const char* data, qsizetype size)>;

    explicit OutputBuffer(Writer writer, qsizetype capacity = 1 << 20);
    ~OutputBuffer();
    OutputBuffer(const OutputBuffer&) = delete;
    OutputBuffer& operator=(const OutputBuffer&) = delete;

    void append(QByteArrayView bytes) {
        if (bytes.size() > m_capacity - m_used)
            appendSlow(bytes);
        else {
            std::memcpy(m_data + m_used, bytes.data(), size_t(bytes.size()));
            m_used += bytes.size();
        }
    }
    void append(char c) {
        if (m_used == m_capacity)
            flush();
        m_data[m_used++] = c;
    }
    void appendUInt(quint64 value);
    void appendInt(qint64 value);
    void appendDouble(double value); // shortest round-trip form; "null" for NaN/infinity
    // A JSON string literal (quotes included) from UTF-8 bytes; invalid UTF-8 becomes U+FFFD.
    void appendJsonString(QByteArrayView utf8);
    void appendJsonString(const QByteArray& utf8) { appendJsonString(QByteArrayView(utf8)); }
    void appendJsonString(const QString& text) {
        const QByteArray utf8 = text.toUtf8();
        appendJsonString(QByteArrayView(utf8));
    }
    // Padding to a column width (for tables).
    void appendPadded(QByteArrayView text, int width, bool rightAlign = false);
    void appendPaddedInt(qint64 value, int width, bool rightAlign = true);

    void flush();

private:
    void appendSlow(QByteArrayView bytes);
    void reserve(qsizetype n) {
        if (n > m_capacity - m_used)
            flush();
    }

    Writer m_writer;
    char* m_data;
    qsizetype m_capacity;
    qsizetype m_used = 0;
};

} // namespace kinescope
