#pragma once

// Helpers shared by the media fuzz targets: an event sink that checks the readers' promises
// and hashes what they report, so the same bytes fed in different chunkings can be compared.

#include "core/media/inspect_types.h"

#include <cstdio>
#include <cstdlib>
#include <vector>

namespace kinescope::fuzz {

[[noreturn]] inline void failCheck(const char* what) {
    std::fprintf(stderr, "fuzz check failed: %s\n", what);
    std::abort();
}

#define KINESCOPE_FUZZ_CHECK(cond)                                                                 \
    do {                                                                                           \
        if (!(cond))                                                                               \
            ::kinescope::fuzz::failCheck(#cond);                                                   \
    } while (false)

// Checks that starts and ends pair up, depths follow the nesting, complete elements lie inside
// the bytes fed, and hashes every event (FNV-1a over the numbers).
class CheckingSink : public InspectSink {
public:
    explicit CheckingSink(const quint64* fed)
        : m_fed(fed) {}

    void elementStart(const ElementHeader& h) override {
        KINESCOPE_FUZZ_CHECK(h.depth == m_open.size());
        KINESCOPE_FUZZ_CHECK(h.offset + h.headerSize <= *m_fed);
        if (!m_open.empty())
            KINESCOPE_FUZZ_CHECK(h.offset >= m_open.back());
        m_open.push_back(h.offset);
        mix(1, h.id, h.offset, h.headerSize, h.dataSize);
    }
    void elementEnd(const ElementHeader& h, const ElementValue& v) override {
        KINESCOPE_FUZZ_CHECK(!m_open.empty());
        KINESCOPE_FUZZ_CHECK(m_open.back() == h.offset);
        m_open.pop_back();
        if (!h.incomplete)
            KINESCOPE_FUZZ_CHECK(h.offset + h.headerSize + h.dataSize <= *m_fed);
        mix(2, h.id, h.dataSize, quint64(v.kind), v.u ^ quint64(v.i) ^ quint64(v.bytes.size()));
        for (qsizetype i = 0; i < v.bytes.size(); ++i)
            mix(3, quint8(v.bytes[i]), 0, 0, 0);
        for (int i = 0; i < v.fieldCount; ++i)
            mix(4, v.fields[i].u, quint64(v.fields[i].i), quint64(v.fields[i].bytes.size()), 0);
    }
    void track(const TrackInfo& t) override {
        mix(5, t.number, quint64(t.codecPrivate.size()), quint64(t.width), quint64(t.timeBaseDen));
    }
    void frame(const FrameInfo& f) override {
        mix(6, f.offset, quint64(f.pts), f.size, f.track + (f.keyframe ? 1u << 31 : 0u));
        ++frames;
    }
    void fragment(const FragmentSummary& f) override {
        KINESCOPE_FUZZ_CHECK(f.frameCount >= f.keyframeCount);
        mix(7, f.offset, f.bytes, f.frameCount, quint64(f.tags.size()));
    }

    bool balanced() const { return m_open.empty(); }
    quint64 digest = 1469598103934665603ULL;
    quint64 frames = 0;

private:
    void mix(quint64 a, quint64 b, quint64 c, quint64 d, quint64 e) {
        for (quint64 v : {a, b, c, d, e}) {
            digest ^= v;
            digest *= 1099511628211ULL;
        }
    }
    const quint64* m_fed;
    std::vector<quint64> m_open;
};

// Chunk sizes derived from the input itself, so a crash reproduces from the file alone.
inline size_t chunkSize(const uint8_t* data, size_t size, size_t position) {
    if (size == 0)
        return 1;
    const uint8_t b = data[(position * 7 + 3) % size];
    return 1 + (b % 4 == 0 ? b * 37u : b % 13u);
}

} // namespace kinescope::fuzz
