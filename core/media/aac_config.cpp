#include "core/media/aac_config.h"

#include "core/media/bit_reader.h"

namespace kinescope {

namespace {

AwsError parseError(const QString& message) {
    return AwsError::make(AwsError::Kind::Parse, QStringLiteral("InvalidCodecPrivate"), message);
}

constexpr int kSampleRates[] = {96000, 88200, 64000, 48000, 44100, 32000, 24000,
                                22050, 16000, 12000, 11025, 8000,  7350};

int readObjectType(BitReader& r) {
    const int type = int(r.bits(5));
    return type == 31 ? 32 + int(r.bits(6)) : type;
}

int readSampleRate(BitReader& r) {
    const int index = int(r.bits(4));
    if (index == 15)
        return int(r.bits(24));
    return index < 13 ? kSampleRates[index] : -1;
}

// An MPEG-4 descriptor header: tag byte and an expandable size of up to four bytes.
bool readDescriptor(QByteArrayView data, qsizetype& pos, int& tag, qsizetype& size) {
    if (pos >= data.size())
        return false;
    tag = quint8(data[pos++]);
    size = 0;
    for (int i = 0; i < 4; ++i) {
        if (pos >= data.size())
            return false;
        const auto byte = quint8(data[pos++]);
        size = (size << 7) | (byte & 0x7f);
        if (!(byte & 0x80))
            return size <= data.size() - pos;
    }
    return false;
}

} // namespace

int AacConfig::channels() const {
    if (channelConfig >= 1 && channelConfig <= 6)
        return channelConfig;
    if (channelConfig == 7)
        return 8;
    if (channelConfig == 11)
        return 7;
    if (channelConfig == 12 || channelConfig == 14)
        return 8;
    if (channelConfig == 13)
        return 24;
    return 0;
}

Result<AacConfig> decodeAudioSpecificConfig(QByteArrayView data) {
    if (data.size() < 2)
        return parseError(
            QStringLiteral("AudioSpecificConfig of %1 bytes is too short").arg(data.size()));
    BitReader r(data);
    AacConfig config;
    config.objectType = readObjectType(r);
    config.sampleRate = readSampleRate(r);
    config.channelConfig = int(r.bits(4));
    if (config.objectType == 5 || config.objectType == 29) {
        config.extensionSampleRate = readSampleRate(r);
        config.extensionObjectType = readObjectType(r);
    }
    if (r.overrun())
        return parseError(QStringLiteral("AudioSpecificConfig ends at byte %1").arg(data.size()));
    if (config.objectType == 0)
        return parseError(QStringLiteral("audio object type 0 at byte 0 is invalid"));
    if (config.sampleRate <= 0)
        return parseError(QStringLiteral("reserved sampling frequency index at byte 0"));
    if (config.extensionSampleRate < 0)
        return parseError(QStringLiteral("reserved extension sampling frequency index"));
    return config;
}

Result<QByteArray> audioConfigFromEsds(QByteArrayView data) {
    qsizetype pos = 0;
    int tag = 0;
    qsizetype size = 0;
    if (!readDescriptor(data, pos, tag, size) || tag != 0x03)
        return parseError(QStringLiteral("esds does not start with an ES_Descriptor"));
    if (pos + 3 > data.size())
        return parseError(QStringLiteral("ES_Descriptor ends at byte %1").arg(data.size()));
    const auto flags = quint8(data[pos + 2]);
    pos += 3;
    if (flags & 0x80)
        pos += 2;
    if (flags & 0x40) {
        if (pos >= data.size())
            return parseError(QStringLiteral("ES_Descriptor URL runs past byte %1").arg(pos));
        pos += 1 + quint8(data[pos]);
    }
    if (flags & 0x20)
        pos += 2;
    if (pos > data.size() || !readDescriptor(data, pos, tag, size) || tag != 0x04)
        return parseError(QStringLiteral("no DecoderConfigDescriptor at byte %1").arg(pos));
    const qsizetype configEnd = pos + size;
    pos += 13; // objectTypeIndication, streamType, bufferSizeDB, maxBitrate, avgBitrate
    if (pos > configEnd)
        return parseError(QStringLiteral("DecoderConfigDescriptor ends at byte %1").arg(configEnd));
    if (!readDescriptor(data, pos, tag, size) || tag != 0x05)
        return parseError(QStringLiteral("no DecoderSpecificInfo at byte %1").arg(pos));
    return data.sliced(pos, size).toByteArray();
}

QString aacObjectTypeName(int objectType) {
    switch (objectType) {
    case 1:
        return QStringLiteral("AAC Main");
    case 2:
        return QStringLiteral("AAC LC");
    case 3:
        return QStringLiteral("AAC SSR");
    case 4:
        return QStringLiteral("AAC LTP");
    case 5:
        return QStringLiteral("HE-AAC");
    case 29:
        return QStringLiteral("HE-AAC v2");
    case 23:
        return QStringLiteral("AAC LD");
    case 39:
        return QStringLiteral("AAC ELD");
    case 42:
        return QStringLiteral("USAC");
    default:
        return QStringLiteral("object type %1").arg(objectType);
    }
}

CodecDetails describeAudioSpecificConfig(QByteArrayView data) {
    CodecDetails details;
    auto config = decodeAudioSpecificConfig(data);
    if (!config) {
        details.error = config.error().message;
        return details;
    }
    details.codec = QStringLiteral("aac");
    details.profileIdc = config->objectType;
    details.profile = aacObjectTypeName(config->objectType);
    details.sampleRate =
        config->extensionSampleRate > 0 ? config->extensionSampleRate : config->sampleRate;
    details.channels = config->channels();
    if (config->objectType == 29 && details.channels == 1)
        details.channels = 2; // parametric stereo
    return details;
}

} // namespace kinescope
