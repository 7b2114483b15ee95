// The AWS response readers on arbitrary bytes: Kinesis Video JSON responses and AWS error
// documents (JSON, XML, headers). The first byte picks the reader; the rest is the response
// body (seeds in tests/fuzz/seeds/aws_json are real response shapes with that prefix).
#include "core/aws/error_parser.h"
#include "core/kvs/kvs_json.h"

#include <cstdio>
#include <cstdlib>

namespace {

void check(bool condition, const char* what) {
    if (!condition) {
        std::fprintf(stderr, "fuzz check failed: %s\n", what);
        std::abort();
    }
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
    using namespace kinescope;
    if (size < 1)
        return 0;
    const QByteArray body(reinterpret_cast<const char*>(data + 1), qsizetype(size - 1));
    switch (data[0] % 9) {
    case 0: {
        const auto page = parseListFragmentsResponse(body);
        if (page)
            for (const Fragment& f : page->items)
                check(!f.fragmentNumber.isEmpty(), "fragment without number accepted");
        else
            check(page.error().kind == AwsError::Kind::Parse, "ListFragments error kind");
        break;
    }
    case 1: {
        const auto page = parseListStreamsResponse(body);
        if (!page)
            check(page.error().kind == AwsError::Kind::Parse, "ListStreams error kind");
        break;
    }
    case 2:
        (void)parseDescribeStreamResponse(body);
        break;
    case 3: {
        const auto url = parseDataEndpointResponse(body);
        if (url)
            check(!url->host().isEmpty(), "endpoint without host accepted");
        break;
    }
    case 4: {
        const AwsError e = parseErrorResponse(400, {}, body);
        check(!e.type.isEmpty(), "error without type");
        (void)e.userMessage();
        (void)e.toString();
        break;
    }
    case 5: {
        const AwsError e =
            parseErrorResponse(503,
                               {{QByteArrayLiteral("x-amzn-ErrorType"), body.left(200)},
                                {QByteArrayLiteral("Date"), body.mid(200, 40)}},
                               body.mid(240));
        check(!e.type.isEmpty(), "error without type");
        (void)e.userMessage();
        break;
    }
    case 6: {
        const auto page = parseGetImagesResponse(body);
        if (page) {
            for (const KvsImage& image : page->items)
                check(!image.error.isEmpty() || !image.content.isEmpty(),
                      "image without content or error accepted");
        } else {
            check(page.error().kind == AwsError::Kind::Parse, "GetImages error kind");
        }
        break;
    }
    case 7: {
        const auto url =
            parseStreamingSessionUrlResponse(QStringLiteral("GetHLSStreamingSessionURL"), body);
        if (url)
            check(!url->host().isEmpty(), "session URL without host accepted");
        break;
    }
    case 8:
        (void)parseImageGenerationConfigurationResponse(body);
        break;
    }
    return 0;
}
