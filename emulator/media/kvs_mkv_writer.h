#pragma once

#include "emulator/media/encoded_fragment.h"

#include <QByteArray>
#include <QString>

namespace kinescope::emu {

// Matroska as Kinesis Video Streams returns it from GetMediaForFragmentList: one EBML
// document per fragment — EBML header, Segment and Cluster of unknown size, Info, one video
// track (CodecPrivate = avcC), a Tags element with the fragment's AWS_KINESISVIDEO_* tags
// before the Cluster, the Cluster timecode = the producer timestamp in ms (TimecodeScale 1 ms)
// and one SimpleBlock per sample. Timestamps in tags are "<seconds>.<millis>" like KVS.
class KvsMkvWriter {
public:
    struct FragmentInfo {
        QString fragmentNumber;
        qint64 serverMs = 0;
        qint64 producerMs = 0;
    };

    static QByteArray fragmentDocument(const EncodedFragment& fragment, const FragmentInfo& info);
    // A chunk that only carries the exception tags for a fragment that could not be served
    // (AWS_KINESISVIDEO_FRAGMENT_NUMBER, _EXCEPTION_ERROR_CODE, _EXCEPTION_MESSAGE).
    static QByteArray errorDocument(const QString& fragmentNumber, int errorCode,
                                    const QString& message);
    // "1700000000.123" for 1700000000123.
    static QString timestampText(qint64 ms);
};

} // namespace kinescope::emu
