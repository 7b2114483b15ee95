#pragma once

#include "core/media/codec_details.h"
#include "core/util/result.h"

#include <QByteArrayView>

namespace kinescope {

// MPEG-4 AudioSpecificConfig (ISO/IEC 14496-3 1.6.2.1), the members Kinescope shows.
struct AacConfig {
    int objectType = 0;          // 2 = AAC LC, 5 = SBR (HE-AAC), 29 = PS (HE-AAC v2), ...
    int sampleRate = 0;          // core sampling frequency
    int channelConfig = 0;       // 0: defined by a program_config_element
    int extensionObjectType = 0; // SBR/PS: the underlying object type
    int extensionSampleRate = 0; // SBR/PS: output sampling frequency

    int channels() const; // 0 when channelConfig is 0
};

Result<AacConfig> decodeAudioSpecificConfig(QByteArrayView data);

// The AudioSpecificConfig inside an MP4 'esds' payload (after the box's version and flags):
// ES_Descriptor → DecoderConfigDescriptor → DecoderSpecificInfo.
Result<QByteArray> audioConfigFromEsds(QByteArrayView esdsPayload);

QString aacObjectTypeName(int objectType);

CodecDetails describeAudioSpecificConfig(QByteArrayView data);

} // namespace kinescope
