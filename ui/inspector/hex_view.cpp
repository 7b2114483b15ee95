#include "ui/inspector/hex_view.h"

#include <QFontDatabase>
#include <QLabel>
#include <QPlainTextEdit>
#include <QTextBlock>
#include <QTextCursor>
#include <QVBoxLayout>

namespace kinescope {

namespace {
constexpr int kBytesPerLine = 16;
constexpr int kOffsetWidth = 10; // "0000001a2b" + two spaces
} // namespace

HexView::HexView(QWidget* parent)
    : QWidget(parent)
    , m_note(new QLabel(this))
    , m_text(new QPlainTextEdit(this)) {
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_note);
    layout->addWidget(m_text, 1);
    m_note->setWordWrap(true);
    m_note->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_text->setReadOnly(true);
    m_text->setLineWrapMode(QPlainTextEdit::NoWrap);
    m_text->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_text->setObjectName(QStringLiteral("hexText"));
    clear();
}

QString HexView::formatLine(const QByteArray& bytes, qsizetype start, quint64 offset) {
    QString line =
        QStringLiteral("%1  ").arg(offset + quint64(start), kOffsetWidth, 16, QLatin1Char('0'));
    QString ascii;
    for (int i = 0; i < kBytesPerLine; ++i) {
        const qsizetype pos = start + i;
        if (pos < bytes.size()) {
            const auto b = quint8(bytes[pos]);
            line += QStringLiteral("%1 ").arg(b, 2, 16, QLatin1Char('0'));
            ascii += (b >= 0x20 && b < 0x7f) ? QChar(b) : QChar(u'.');
        } else {
            line += QStringLiteral("   ");
        }
        if (i == 7)
            line += QLatin1Char(' ');
    }
    return line + QLatin1Char(' ') + ascii;
}

void HexView::setBytes(const QByteArray& bytes, quint64 offset, int headerSize, quint64 totalSize) {
    m_bytes = bytes;
    m_offset = offset;
    QStringList lines;
    lines.reserve(bytes.size() / kBytesPerLine + 1);
    for (qsizetype pos = 0; pos < bytes.size(); pos += kBytesPerLine)
        lines << formatLine(bytes, pos, offset);
    m_text->setPlainText(lines.join(QLatin1Char('\n')));

    // Highlight the header bytes (hex and ASCII columns).
    QTextCharFormat header;
    header.setBackground(QColor(255, 226, 153));
    header.setFontWeight(QFont::Bold);
    QTextDocument* doc = m_text->document();
    const int hexStart = kOffsetWidth + 2;
    const int asciiStart = hexStart + kBytesPerLine * 3 + 2;
    for (int i = 0; i < std::min<qsizetype>(headerSize, bytes.size()); ++i) {
        const QTextBlock block = doc->findBlockByNumber(i / kBytesPerLine);
        const int col = i % kBytesPerLine;
        const int hexCol = hexStart + col * 3 + (col >= 8 ? 1 : 0);
        QTextCursor cursor(block);
        cursor.setPosition(block.position() + hexCol);
        cursor.setPosition(block.position() + hexCol + 2, QTextCursor::KeepAnchor);
        cursor.mergeCharFormat(header);
        cursor.setPosition(block.position() + asciiStart + col);
        cursor.setPosition(block.position() + asciiStart + col + 1, QTextCursor::KeepAnchor);
        cursor.mergeCharFormat(header);
    }

    QString note = tr("%n byte(s) at offset %1 (0x%2), header %3 highlighted", nullptr,
                      int(std::min<quint64>(totalSize, quint64(INT_MAX))))
                       .arg(offset)
                       .arg(offset, 0, 16)
                       .arg(headerSize);
    if (totalSize > quint64(bytes.size()))
        note += QLatin1Char(' ') + tr("— showing the first %1 bytes").arg(bytes.size());
    m_note->setText(note);
}

void HexView::showMessage(const QString& message) {
    m_bytes.clear();
    m_offset = 0;
    m_text->clear();
    m_note->setText(message);
}

void HexView::clear() {
    showMessage(tr("Select an element to see its bytes."));
}

QSize HexView::sizeHint() const {
    // Room for one full line (offset, 16 bytes, ASCII) and the scroll bar.
    const QFontMetrics metrics(m_text->font());
    return {metrics.horizontalAdvance(QString(78, QLatin1Char('0'))) + 24, 300};
}

QString HexView::note() const {
    return m_note->text();
}

QString HexView::text() const {
    return m_text->toPlainText();
}

} // namespace kinescope
