#pragma once

#include "emulator/media/encoded_fragment.h"

#include <QByteArray>
#include <QString>

#include <functional>
#include <memory>

namespace kinescope::emu {

// GetClip's answer: a plain (non-fragmented) MP4 of consecutive fragments, muxed with
// libavformat into memory. Like KVS, it holds at most the first 200 fragments or 100 MB.
class ClipWriter {
public:
    static constexpr qsizetype kMaxFragments = 200;
    static constexpr qint64 kMaxBytes = 100LL * 1024 * 1024;

    struct Piece {
        std::shared_ptr<const EncodedFragment> fragment;
        qint64 startMs = 0; // the fragment's start on the clip's clock (epoch ms)
    };
    // Pieces 0..count-1, asked for in order. Empty result (and `error`) on failure.
    static QByteArray write(qsizetype count, const std::function<Piece(qsizetype)>& piece,
                            QString* error);
};

} // namespace kinescope::emu
