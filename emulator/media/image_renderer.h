#pragma once

#include "emulator/media/encoded_fragment.h"

#include <QByteArray>
#include <QList>
#include <QString>

#include <optional>

namespace kinescope::emu {

// Still images from a fragment's H.264: decoded with libavcodec, scaled with swscale and
// encoded with FFmpeg's mjpeg or png encoder (what GetImages returns).
class ImageRenderer {
public:
    enum class Format { Jpeg, Png };
    struct Options {
        Format format = Format::Jpeg;
        int jpegQuality = 80; // 1 (smallest) .. 100 (best)
        int width = 0;        // 0 = the picture's own size
        int height = 0;
    };

    // One image per offset (ms from the fragment start, ascending): the picture presented at
    // or last before that offset. nullopt entries (and `error`) when the media gives no image.
    static QList<std::optional<QByteArray>> render(const EncodedFragment& fragment,
                                                   const QList<qint64>& offsetsMs,
                                                   const Options& options, QString* error);
};

} // namespace kinescope::emu
