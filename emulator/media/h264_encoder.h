#pragma once

#include "emulator/media/encoded_fragment.h"

#include <QList>
#include <QString>

#include <functional>
#include <memory>

namespace kinescope::emu {

struct YuvPicture;

// Encodes one fragment's pictures as a closed GOP of H.264 with libx264 (ultrafast, single
// thread for determinism, no B-frames, global header → avcC, samples as AVCC).
class H264Encoder {
public:
    using Painter = std::function<void(const YuvPicture& picture, int frameIndex, qint64 ptsMs)>;

    // Frame i is presented at i * 1000 / fps ms; `durationMs` fixes the count
    // (max(1, durationMs * fps / 1000)) and the last frame's duration.
    static std::shared_ptr<EncodedFragment>
    encode(int width, int height, int fps, qint64 durationMs, const Painter& paint, QString* error);

    // Annex B ("00 00 01" / "00 00 00 01" start codes) → NAL units without start codes.
    static QList<QByteArray> splitAnnexB(const QByteArray& data);
    // AVCDecoderConfigurationRecord from one SPS and one PPS.
    static QByteArray makeAvcC(const QByteArray& sps, const QByteArray& pps);
};

} // namespace kinescope::emu
