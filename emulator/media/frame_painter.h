#pragma once

#include <QString>
#include <QtGlobal>

namespace kinescope::emu {

// A planar 8-bit YUV 4:2:0 picture the painter draws into (the planes belong to the caller).
struct YuvPicture {
    quint8* y = nullptr;
    quint8* u = nullptr;
    quint8* v = nullptr;
    int yStride = 0;
    int uStride = 0;
    int vStride = 0;
    int width = 0;
    int height = 0;
};

// Draws the synthetic camera picture: a moving pattern tinted per stream, a bouncing block,
// and a caption (stream name, producer time in UTC to the millisecond) in a small built-in
// 5x7 bitmap font, directly into the YUV planes. Deterministic for the same arguments.
class FramePainter {
public:
    // `seed` tints the picture (derive it from the stream name); `timeMs` moves the pattern.
    static void paint(const YuvPicture& picture, quint64 seed, qint64 timeMs,
                      const QString& streamName);

    // Text in the bitmap font (letters are drawn upper-case; unknown characters as '?'),
    // white on a dark box, `scale` pixels per font dot, top-left at (x, y).
    static void drawText(const YuvPicture& picture, int x, int y, int scale, const QString& text);
    // Width in pixels of `text` drawn at `scale`.
    static int textWidth(int length, int scale) { return length * 6 * scale; }
    // "2026-11-21 13:05:07.042Z"
    static QString utcText(qint64 epochMs);
};

} // namespace kinescope::emu
