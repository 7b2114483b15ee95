#pragma once

#include "emulator/media/encoded_fragment.h"

#include <QImage>
#include <QList>
#include <QString>

namespace kinescope::test {

// Decodes an EncodedFragment with libavcodec's H.264 decoder (independent of the emulator's
// encoder) into grayscale pictures of the luma plane, one per sample, in presentation order.
QList<QImage> decodeLuma(const emu::EncodedFragment& fragment, QString* error);

// Mean absolute difference of two same-sized grayscale images inside `rect`.
double meanDifference(const QImage& a, const QImage& b, const QRect& rect);

} // namespace kinescope::test
