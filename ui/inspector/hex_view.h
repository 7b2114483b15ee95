#pragma once

#include <QByteArray>
#include <QWidget>

class QLabel;
class QPlainTextEdit;

namespace kinescope {

// A read-only hex dump (offset, 16 bytes in hex, ASCII) of one element's bytes, with the
// element's header bytes highlighted and a note when only the first part is shown.
class HexView : public QWidget {
    Q_OBJECT

public:
    // Elements larger than this are shown up to this many bytes.
    static constexpr qsizetype kMaxBytes = 64 * 1024;

    explicit HexView(QWidget* parent = nullptr);

    // bytes start at absolute stream offset `offset`; the first headerSize bytes are the
    // element header; totalSize is the element's full size (> bytes.size() when capped).
    void setBytes(const QByteArray& bytes, quint64 offset, int headerSize, quint64 totalSize);
    void showMessage(const QString& message);
    void clear();

    const QByteArray& bytes() const { return m_bytes; }
    quint64 offset() const { return m_offset; }
    QString note() const;
    QString text() const;

    QSize sizeHint() const override;

    static QString formatLine(const QByteArray& bytes, qsizetype start, quint64 offset);

private:
    QLabel* m_note;
    QPlainTextEdit* m_text;
    QByteArray m_bytes;
    quint64 m_offset = 0;
};

} // namespace kinescope
