// Codec private data decoders on arbitrary bytes. The first byte picks the decoder; the rest
// is its input (seeds are real avcC/hvcC/AudioSpecificConfig/esds payloads).
#include "tests/fuzz/fuzz_check.h"

#include "core/media/aac_config.h"
#include "core/media/h264_parameter_sets.h"
#include "core/media/hevc_parameter_sets.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
    using namespace kinescope;
    if (size < 1)
        return 0;
    const QByteArrayView bytes(reinterpret_cast<const char*>(data + 1), qsizetype(size - 1));
    switch (data[0] % 6) {
    case 0: {
        const CodecDetails d = describeAvcConfig(bytes);
        KINESCOPE_FUZZ_CHECK(d.decoded() != !d.error.isEmpty());
        KINESCOPE_FUZZ_CHECK(d.width >= 0 && d.height >= 0);
        (void)d.summary();
        break;
    }
    case 1: {
        const CodecDetails d = describeHevcConfig(bytes);
        KINESCOPE_FUZZ_CHECK(d.decoded() != !d.error.isEmpty());
        (void)d.summary();
        break;
    }
    case 2:
        (void)describeAudioSpecificConfig(bytes).summary();
        break;
    case 3:
        (void)decodeH264Sps(bytes);
        (void)decodeH264Pps(bytes);
        break;
    case 4:
        (void)decodeHevcVps(bytes);
        (void)decodeHevcSps(bytes);
        (void)decodeHevcPps(bytes);
        break;
    case 5:
        if (auto config = audioConfigFromEsds(bytes); config.ok())
            (void)describeAudioSpecificConfig(*config);
        break;
    }
    return 0;
}
