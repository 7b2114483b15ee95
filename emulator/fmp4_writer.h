#pragma once

#include "emulator/media/encoded_fragment.h"

#include <QByteArray>

namespace kinescope::emu {

// Fragmented MP4 (ISO/IEC 14496-12, CMAF-style) for one H.264 video track, as KVS's
// GetMP4InitFragment / GetMP4MediaFragment serve it: an init segment (ftyp + moov with avcC and
// mvex/trex, no samples) and one media segment per fragment (moof with mfhd, tfhd
// default-base-is-moof, tfdt, trun; then mdat). Timescale: milliseconds.
class Fmp4Writer {
public:
    static constexpr quint32 kTrackId = 1;
    static constexpr quint32 kTimescale = 1000;

    static QByteArray initSegment(const EncodedFragment& media);
    // `sequenceNumber` goes into mfhd (1-based, increasing); `mediaTimeMs` is the fragment's
    // start on the session's media timeline (tfdt).
    static QByteArray mediaSegment(const EncodedFragment& media, quint32 sequenceNumber,
                                   qint64 mediaTimeMs);
    // RFC 6381 codec string from the SPS: "avc1.PPCCLL".
    static QString codecString(const EncodedFragment& media);
};

} // namespace kinescope::emu
