// The MP4 box reader and analyzer on arbitrary bytes, fed in input-derived chunks: paired box
// events, bounded depth, complete boxes inside the input, bounded frame counts.
#include "tests/fuzz/fuzz_check.h"

#include "core/media/mp4_analyzer.h"
#include "core/media/mp4_reader.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
    using namespace kinescope;
    using namespace kinescope::fuzz;
    quint64 fed = 0;
    CheckingSink check(&fed);
    Mp4Analyzer analyzer(check);
    Mp4Reader reader(analyzer);
    size_t pos = 0;
    bool going = true;
    while (pos < size && going) {
        const size_t n = std::min(chunkSize(data, size, pos), size - pos);
        fed += n;
        going =
            reader.feed(QByteArrayView(reinterpret_cast<const char*>(data + pos), qsizetype(n)));
        pos += n;
    }
    if (going && reader.finish())
        analyzer.finish(fed);
    KINESCOPE_FUZZ_CHECK(check.balanced());
    if (reader.failed())
        KINESCOPE_FUZZ_CHECK(reader.error().offset <= size);
    // Frames come from entries read (or a capped count): never far more than the input allows.
    KINESCOPE_FUZZ_CHECK(check.frames <=
                         quint64(size) * 4096 + Mp4Analyzer::kMaxConstantSizeSamples * 8);
    return 0;
}
