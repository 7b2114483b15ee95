#include "emulator/media/frame_painter.h"

#include <QDateTime>

#include <algorithm>
#include <array>
#include <cstring>
#include <vector>

namespace kinescope::emu {

namespace {

// 5x7 glyphs, one byte per row (bit 4 = leftmost dot), in the classic HD44780 style.
struct Glyph {
    char c;
    std::array<quint8, 7> rows;
};

constexpr Glyph kGlyphs[] = {
    {' ', {0, 0, 0, 0, 0, 0, 0}},
    {'0', {0x0E, 0x11, 0x13, 0x15, 0x19, 0x11, 0x0E}},
    {'1', {0x04, 0x0C, 0x04, 0x04, 0x04, 0x04, 0x0E}},
    {'2', {0x0E, 0x11, 0x01, 0x02, 0x04, 0x08, 0x1F}},
    {'3', {0x1F, 0x02, 0x04, 0x02, 0x01, 0x11, 0x0E}},
    {'4', {0x02, 0x06, 0x0A, 0x12, 0x1F, 0x02, 0x02}},
    {'5', {0x1F, 0x10, 0x1E, 0x01, 0x01, 0x11, 0x0E}},
    {'6', {0x06, 0x08, 0x10, 0x1E, 0x11, 0x11, 0x0E}},
    {'7', {0x1F, 0x01, 0x02, 0x04, 0x08, 0x08, 0x08}},
    {'8', {0x0E, 0x11, 0x11, 0x0E, 0x11, 0x11, 0x0E}},
    {'9', {0x0E, 0x11, 0x11, 0x0F, 0x01, 0x02, 0x0C}},
    {'A', {0x0E, 0x11, 0x11, 0x11, 0x1F, 0x11, 0x11}},
    {'B', {0x1E, 0x11, 0x11, 0x1E, 0x11, 0x11, 0x1E}},
    {'C', {0x0E, 0x11, 0x10, 0x10, 0x10, 0x11, 0x0E}},
    {'D', {0x1C, 0x12, 0x11, 0x11, 0x11, 0x12, 0x1C}},
    {'E', {0x1F, 0x10, 0x10, 0x1E, 0x10, 0x10, 0x1F}},
    {'F', {0x1F, 0x10, 0x10, 0x1E, 0x10, 0x10, 0x10}},
    {'G', {0x0E, 0x11, 0x10, 0x17, 0x11, 0x11, 0x0F}},
    {'H', {0x11, 0x11, 0x11, 0x1F, 0x11, 0x11, 0x11}},
    {'I', {0x0E, 0x04, 0x04, 0x04, 0x04, 0x04, 0x0E}},
    {'J', {0x07, 0x02, 0x02, 0x02, 0x02, 0x12, 0x0C}},
    {'K', {0x11, 0x12, 0x14, 0x18, 0x14, 0x12, 0x11}},
    {'L', {0x10, 0x10, 0x10, 0x10, 0x10, 0x10, 0x1F}},
    {'M', {0x11, 0x1B, 0x15, 0x15, 0x11, 0x11, 0x11}},
    {'N', {0x11, 0x11, 0x19, 0x15, 0x13, 0x11, 0x11}},
    {'O', {0x0E, 0x11, 0x11, 0x11, 0x11, 0x11, 0x0E}},
    {'P', {0x1E, 0x11, 0x11, 0x1E, 0x10, 0x10, 0x10}},
    {'Q', {0x0E, 0x11, 0x11, 0x11, 0x15, 0x12, 0x0D}},
    {'R', {0x1E, 0x11, 0x11, 0x1E, 0x14, 0x12, 0x11}},
    {'S', {0x0F, 0x10, 0x10, 0x0E, 0x01, 0x01, 0x1E}},
    {'T', {0x1F, 0x04, 0x04, 0x04, 0x04, 0x04, 0x04}},
    {'U', {0x11, 0x11, 0x11, 0x11, 0x11, 0x11, 0x0E}},
    {'V', {0x11, 0x11, 0x11, 0x11, 0x11, 0x0A, 0x04}},
    {'W', {0x11, 0x11, 0x11, 0x15, 0x15, 0x15, 0x0A}},
    {'X', {0x11, 0x11, 0x0A, 0x04, 0x0A, 0x11, 0x11}},
    {'Y', {0x11, 0x11, 0x11, 0x0A, 0x04, 0x04, 0x04}},
    {'Z', {0x1F, 0x01, 0x02, 0x04, 0x08, 0x10, 0x1F}},
    {'-', {0, 0, 0, 0x1F, 0, 0, 0}},
    {'.', {0, 0, 0, 0, 0, 0x0C, 0x0C}},
    {':', {0, 0x0C, 0x0C, 0, 0x0C, 0x0C, 0}},
    {'_', {0, 0, 0, 0, 0, 0, 0x1F}},
    {'/', {0, 0x01, 0x02, 0x04, 0x08, 0x10, 0}},
    {'#', {0x0A, 0x0A, 0x1F, 0x0A, 0x1F, 0x0A, 0x0A}},
    {'+', {0, 0x04, 0x04, 0x1F, 0x04, 0x04, 0}},
    {'?', {0x0E, 0x11, 0x01, 0x02, 0x04, 0, 0x04}},
};

const std::array<quint8, 7>& glyph(QChar ch) {
    const char c = ch.toUpper().toLatin1();
    for (const Glyph& g : kGlyphs)
        if (g.c == c)
            return g.rows;
    return kGlyphs[std::size(kGlyphs) - 1].rows; // '?'
}

void fillY(const YuvPicture& p, int x0, int y0, int w, int h, quint8 value) {
    const int x1 = std::min(p.width, x0 + w);
    const int y1 = std::min(p.height, y0 + h);
    for (int y = std::max(0, y0); y < y1; ++y)
        std::fill(p.y + y * p.yStride + std::max(0, x0), p.y + y * p.yStride + x1, value);
}

void fillChroma(const YuvPicture& p, int x0, int y0, int w, int h, quint8 u, quint8 v) {
    const int cx0 = std::max(0, x0 / 2), cy0 = std::max(0, y0 / 2);
    const int cx1 = std::min((p.width + 1) / 2, (x0 + w + 1) / 2);
    const int cy1 = std::min((p.height + 1) / 2, (y0 + h + 1) / 2);
    for (int y = cy0; y < cy1; ++y) {
        std::fill(p.u + y * p.uStride + cx0, p.u + y * p.uStride + cx1, u);
        std::fill(p.v + y * p.vStride + cx0, p.v + y * p.vStride + cx1, v);
    }
}

} // namespace

QString FramePainter::utcText(qint64 epochMs) {
    return QDateTime::fromMSecsSinceEpoch(epochMs, Qt::UTC)
               .toString(QStringLiteral("yyyy-MM-dd HH:mm:ss.zzz")) +
           QLatin1Char('Z');
}

void FramePainter::drawText(const YuvPicture& p, int x, int y, int scale, const QString& text) {
    const int pad = scale * 2;
    fillY(p, x - pad, y - pad, textWidth(int(text.size()), scale) + pad * 2 - scale,
          7 * scale + pad * 2, 16);
    fillChroma(p, x - pad, y - pad, textWidth(int(text.size()), scale) + pad * 2 - scale,
               7 * scale + pad * 2, 128, 128);
    for (int i = 0; i < text.size(); ++i) {
        const auto& rows = glyph(text.at(i));
        const int gx = x + i * 6 * scale;
        for (int r = 0; r < 7; ++r)
            for (int c = 0; c < 5; ++c)
                if (rows[size_t(r)] & (0x10 >> c))
                    fillY(p, gx + c * scale, y + r * scale, scale, scale, 235);
    }
}

void FramePainter::paint(const YuvPicture& p, quint64 seed, qint64 timeMs,
                         const QString& streamName) {
    // Diagonal stripes drifting right with time (one stripe period per second): every row is
    // a window into one precomputed stripe row, so a picture costs a memcpy per row.
    const int shift = int(((timeMs % 1000) + 1000) % 1000 * 64 / 1000);
    std::vector<quint8> stripes(size_t(p.width + 64));
    for (size_t x = 0; x < stripes.size(); ++x) {
        const int phase = int(x % 64);
        stripes[x] = quint8(60 + (phase < 32 ? phase : 63 - phase) * 3);
    }
    for (int y = 0; y < p.height; ++y) {
        const int offset = ((y / 2 - shift) % 64 + 64) % 64;
        memcpy(p.y + y * p.yStride, stripes.data() + offset, size_t(p.width));
    }
    // A tint per stream: chroma from the seed, slow gradients over it.
    const int baseU = 128 + int(seed % 61) - 30;
    const int baseV = 128 + int((seed >> 8) % 61) - 30;
    const int chromaWidth = (p.width + 1) / 2;
    std::vector<quint8> uRow(static_cast<size_t>(chromaWidth));
    for (int x = 0; x < chromaWidth; ++x)
        uRow[size_t(x)] = quint8(baseU + (x * 20) / std::max(1, chromaWidth) - 10);
    for (int y = 0; y < (p.height + 1) / 2; ++y) {
        memcpy(p.u + y * p.uStride, uRow.data(), size_t(chromaWidth));
        memset(p.v + y * p.vStride, baseV + (y * 20) / std::max(1, p.height / 2) - 10,
               size_t(chromaWidth));
    }
    // A block bouncing across the picture: motion a viewer can follow frame by frame.
    const int block = std::max(8, p.height / 6) & ~1;
    const int spanX = std::max(1, p.width - block), spanY = std::max(1, p.height - block);
    const qint64 t = timeMs / 10; // one pixel per 10 ms
    auto bounce = [](qint64 pos, int span) {
        const qint64 m = ((pos % (2 * span)) + 2 * span) % (2 * span);
        return int(m < span ? m : 2 * span - m);
    };
    const int bx = bounce(t, spanX), by = bounce(t * 2 / 3 + qint64(seed % 97), spanY);
    fillY(p, bx, by, block, block, 200);
    fillChroma(p, bx, by, block, block, 90, 200);

    // The caption: stream name and the frame's producer time.
    const QString time = utcText(timeMs);
    const int scale = std::clamp(p.width / (int(time.size()) * 6 + 4), 1, 4);
    const int margin = 3 * scale;
    drawText(p, margin, margin, scale, streamName);
    drawText(p, margin, margin + 10 * scale, scale, time);
}

} // namespace kinescope::emu
