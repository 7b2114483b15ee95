#pragma once

#include "emulator/media/encoded_fragment.h"

#include <QByteArray>
#include <QString>

namespace kinescope::emu {

// One fragment as a self-contained MPEG-2 transport stream segment (GetTSFragment): PAT/PMT,
// then the H.264 pictures as Annex B access units (AUD; SPS and PPS before every IDR picture)
// in PES packets, muxed by libavformat's mpegts muxer into memory. PTS/DTS are the fragment's
// place on the session's media timeline (90 kHz; the muxer adds its usual constant delay).
class TsWriter {
public:
    static QByteArray segment(const EncodedFragment& media, qint64 mediaTimeMs,
                              QString* error = nullptr);
    // AVCC (4-byte length prefixes) to Annex B start codes.
    static QByteArray annexB(const QByteArray& avcc);
};

} // namespace kinescope::emu
