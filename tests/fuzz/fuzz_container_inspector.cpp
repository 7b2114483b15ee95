// The whole inspection pipeline (format detection, EBML or MP4 reader, analyzers, tree builder,
// JSON writer) on arbitrary bytes, fed whole and in input-derived chunks: no crash, no
// sanitizer report, paired events, and exactly the same result for both chunkings.
#include "tests/fuzz/fuzz_check.h"

#include "core/media/container_inspector.h"
#include "core/media/element_tree.h"
#include "core/media/inspect_json_writer.h"
#include "core/media/inspect_table_writer.h"

#include <QHash>

namespace {

using namespace kinescope;
using namespace kinescope::fuzz;

// Forwards every event to several sinks.
class Tee : public InspectSink {
public:
    explicit Tee(std::initializer_list<InspectSink*> sinks)
        : m_sinks(sinks) {}
    void formatDetected(MediaContainer f) override {
        for (InspectSink* s : m_sinks)
            s->formatDetected(f);
    }
    void elementStart(const ElementHeader& h) override {
        for (InspectSink* s : m_sinks)
            s->elementStart(h);
    }
    void elementEnd(const ElementHeader& h, const ElementValue& v) override {
        for (InspectSink* s : m_sinks)
            s->elementEnd(h, v);
    }
    void track(const TrackInfo& t) override {
        for (InspectSink* s : m_sinks)
            s->track(t);
    }
    void frame(const FrameInfo& f) override {
        for (InspectSink* s : m_sinks)
            s->frame(f);
    }
    void fragment(const FragmentSummary& f) override {
        for (InspectSink* s : m_sinks)
            s->fragment(f);
    }

private:
    std::vector<InspectSink*> m_sinks;
};

struct Outcome {
    quint64 digest = 0;
    bool ok = false;
    quint64 errorOffset = 0;
    size_t jsonHash = 0;
};

Outcome inspect(const uint8_t* data, size_t size, bool chunked) {
    quint64 fed = 0;
    CheckingSink check(&fed);
    ElementTreeBuilder tree(100000);
    QByteArray json;
    OutputBuffer out([&json](const char* d, qsizetype n) { json.append(d, n); }, 4096);
    InspectJsonWriter writer(out, true);
    Tee tee{&check, &tree, &writer};
    ContainerInspector inspector(tee);
    size_t pos = 0;
    bool going = true;
    while (pos < size && going) {
        const size_t n = chunked ? std::min(chunkSize(data, size, pos), size - pos) : size;
        fed += n;
        going =
            inspector.feed(QByteArrayView(reinterpret_cast<const char*>(data + pos), qsizetype(n)));
        pos += n;
    }
    Outcome o;
    o.ok = going && inspector.finish();
    KINESCOPE_FUZZ_CHECK(check.balanced());
    if (!o.ok) {
        KINESCOPE_FUZZ_CHECK(inspector.failed());
        KINESCOPE_FUZZ_CHECK(inspector.error().offset <= size);
        KINESCOPE_FUZZ_CHECK(!inspector.error().message.isEmpty());
    }
    writer.finish(inspector);
    const auto built = tree.finish(inspector);
    for (int i = 0; i < built->size(); ++i)
        KINESCOPE_FUZZ_CHECK(built->node(i).parent < i);
    o.digest = check.digest;
    o.errorOffset = o.ok ? 0 : inspector.error().offset;
    o.jsonHash = qHash(json);
    return o;
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
    const Outcome whole = inspect(data, size, false);
    const Outcome chunked = inspect(data, size, true);
    KINESCOPE_FUZZ_CHECK(whole.digest == chunked.digest);
    KINESCOPE_FUZZ_CHECK(whole.ok == chunked.ok);
    KINESCOPE_FUZZ_CHECK(whole.errorOffset == chunked.errorOffset);
    KINESCOPE_FUZZ_CHECK(whole.jsonHash == chunked.jsonHash);
    return 0;
}
