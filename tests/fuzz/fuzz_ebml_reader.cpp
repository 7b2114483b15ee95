// The EBML reader alone (with the Matroska schema) on arbitrary bytes after an EBML magic,
// fed in input-derived chunks: paired events, bounded depth, complete elements inside the
// input, errors with an offset inside the input.
#include "tests/fuzz/fuzz_check.h"

#include "core/media/ebml_reader.h"

namespace {

using namespace kinescope;
using namespace kinescope::fuzz;

class Handler : public EbmlHandler {
public:
    explicit Handler(const quint64* fed)
        : m_check(fed) {}
    void ebmlStart(const ElementHeader& h, const EbmlElementInfo* info) override {
        KINESCOPE_FUZZ_CHECK(h.depth < EbmlReader::kMaxDepth);
        KINESCOPE_FUZZ_CHECK(!info || info->id == h.id);
        m_check.elementStart(h);
    }
    void ebmlEnd(const ElementHeader& h, const EbmlElementInfo*, const ElementValue& v) override {
        KINESCOPE_FUZZ_CHECK(v.bytes.size() <= EbmlReader::kMaxValueSize);
        m_check.elementEnd(h, v);
    }
    void ebmlBlock(const ElementHeader& h, const BlockSummary& b, const quint32* sizes,
                   quint64 first) override {
        KINESCOPE_FUZZ_CHECK(b.frameCount >= 1 && b.frameCount <= 256);
        quint64 total = 0;
        for (int i = 0; i < b.frameCount; ++i)
            total += sizes[i];
        KINESCOPE_FUZZ_CHECK(first + total == h.offset + h.headerSize + h.dataSize);
    }
    CheckingSink m_check;
};

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
    quint64 fed = 0;
    Handler handler(&fed);
    EbmlReader reader(handler);
    size_t pos = 0;
    bool going = true;
    while (pos < size && going) {
        const size_t n = std::min(chunkSize(data, size, pos), size - pos);
        fed += n;
        going =
            reader.feed(QByteArrayView(reinterpret_cast<const char*>(data + pos), qsizetype(n)));
        pos += n;
    }
    if (going)
        reader.finish();
    KINESCOPE_FUZZ_CHECK(handler.m_check.balanced());
    if (reader.failed())
        KINESCOPE_FUZZ_CHECK(reader.error().offset <= size);
    return 0;
}
