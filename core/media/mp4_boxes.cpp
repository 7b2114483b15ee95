#include "core/media/mp4_boxes.h"

#include "core/media/aac_config.h"

#include <algorithm>
#include <cstring>

namespace kinescope {

namespace {

using K = Mp4BoxKind;

const Mp4BoxType kBoxes[] = {
    {fourcc("ftyp"), "FileType", K::Leaf},
    {fourcc("styp"), "SegmentType", K::Leaf},
    {fourcc("moov"), "Movie", K::Container},
    {fourcc("mvhd"), "MovieHeader", K::Leaf},
    {fourcc("trak"), "Track", K::Container},
    {fourcc("tkhd"), "TrackHeader", K::Leaf},
    {fourcc("tref"), "TrackReference", K::Container},
    {fourcc("edts"), "Edit", K::Container},
    {fourcc("elst"), "EditList", K::Table},
    {fourcc("mdia"), "Media", K::Container},
    {fourcc("mdhd"), "MediaHeader", K::Leaf},
    {fourcc("hdlr"), "Handler", K::Leaf},
    {fourcc("minf"), "MediaInformation", K::Container},
    {fourcc("vmhd"), "VideoMediaHeader", K::Opaque},
    {fourcc("smhd"), "SoundMediaHeader", K::Opaque},
    {fourcc("nmhd"), "NullMediaHeader", K::Opaque},
    {fourcc("sthd"), "SubtitleMediaHeader", K::Opaque},
    {fourcc("dinf"), "DataInformation", K::Container},
    {fourcc("dref"), "DataReference", K::Opaque},
    {fourcc("stbl"), "SampleTable", K::Container},
    {fourcc("stsd"), "SampleDescription", K::SampleDescription},
    {fourcc("stts"), "TimeToSample", K::Table},
    {fourcc("ctts"), "CompositionOffset", K::Table},
    {fourcc("stss"), "SyncSample", K::Table},
    {fourcc("stsz"), "SampleSize", K::Table},
    {fourcc("stz2"), "CompactSampleSize", K::Opaque},
    {fourcc("stsc"), "SampleToChunk", K::Table},
    {fourcc("stco"), "ChunkOffset", K::Table},
    {fourcc("co64"), "ChunkLargeOffset", K::Table},
    {fourcc("sdtp"), "SampleDependencyType", K::Opaque},
    {fourcc("sgpd"), "SampleGroupDescription", K::Opaque},
    {fourcc("sbgp"), "SampleToGroup", K::Opaque},
    {fourcc("mvex"), "MovieExtends", K::Container},
    {fourcc("mehd"), "MovieExtendsHeader", K::Leaf},
    {fourcc("trex"), "TrackExtends", K::Leaf},
    {fourcc("moof"), "MovieFragment", K::Container},
    {fourcc("mfhd"), "MovieFragmentHeader", K::Leaf},
    {fourcc("traf"), "TrackFragment", K::Container},
    {fourcc("tfhd"), "TrackFragmentHeader", K::Leaf},
    {fourcc("tfdt"), "TrackFragmentDecodeTime", K::Leaf},
    {fourcc("trun"), "TrackRun", K::Table},
    {fourcc("mfra"), "MovieFragmentRandomAccess", K::Container},
    {fourcc("tfra"), "TrackFragmentRandomAccess", K::Opaque},
    {fourcc("mfro"), "MovieFragmentRandomAccessOffset", K::Opaque},
    {fourcc("sidx"), "SegmentIndex", K::Table},
    {fourcc("ssix"), "SubsegmentIndex", K::Opaque},
    {fourcc("emsg"), "EventMessage", K::Leaf},
    {fourcc("prft"), "ProducerReferenceTime", K::Leaf},
    {fourcc("mdat"), "MediaData", K::Opaque},
    {fourcc("free"), "FreeSpace", K::Opaque},
    {fourcc("skip"), "FreeSpace", K::Opaque},
    {fourcc("wide"), "Wide", K::Opaque},
    {fourcc("pdin"), "ProgressiveDownloadInfo", K::Opaque},
    {fourcc("udta"), "UserData", K::Container},
    {fourcc("meta"), "Meta", K::FullContainer},
    {fourcc("ilst"), "ItemList", K::Opaque},
    {fourcc("uuid"), "UserExtension", K::Opaque},
    {fourcc("avc1"), "AVCSampleEntry", K::VisualEntry},
    {fourcc("avc3"), "AVCSampleEntry", K::VisualEntry},
    {fourcc("hvc1"), "HEVCSampleEntry", K::VisualEntry},
    {fourcc("hev1"), "HEVCSampleEntry", K::VisualEntry},
    {fourcc("encv"), "EncryptedVideoSampleEntry", K::VisualEntry},
    {fourcc("mp4v"), "MPEG4VisualSampleEntry", K::VisualEntry},
    {fourcc("vp09"), "VP9SampleEntry", K::VisualEntry},
    {fourcc("av01"), "AV1SampleEntry", K::VisualEntry},
    {fourcc("mp4a"), "MPEG4AudioSampleEntry", K::AudioEntry},
    {fourcc("enca"), "EncryptedAudioSampleEntry", K::AudioEntry},
    {fourcc("Opus"), "OpusSampleEntry", K::AudioEntry},
    {fourcc("fLaC"), "FLACSampleEntry", K::AudioEntry},
    {fourcc("ac-3"), "AC3SampleEntry", K::AudioEntry},
    {fourcc("ec-3"), "EAC3SampleEntry", K::AudioEntry},
    {fourcc("avcC"), "AVCConfiguration", K::Leaf},
    {fourcc("hvcC"), "HEVCConfiguration", K::Leaf},
    {fourcc("esds"), "ElementaryStreamDescriptor", K::Leaf},
    {fourcc("pasp"), "PixelAspectRatio", K::Leaf},
    {fourcc("btrt"), "BitRate", K::Leaf},
    {fourcc("colr"), "Colour", K::Leaf},
    {fourcc("sinf"), "ProtectionSchemeInfo", K::Container},
    {fourcc("schi"), "SchemeInformation", K::Container},
    {fourcc("frma"), "OriginalFormat", K::Opaque},
    {fourcc("schm"), "SchemeType", K::Opaque},
    {fourcc("tenc"), "TrackEncryption", K::Opaque},
    {fourcc("pssh"), "ProtectionSystemSpecificHeader", K::Opaque},
    {fourcc("senc"), "SampleEncryption", K::Opaque},
    {fourcc("saiz"), "SampleAuxiliaryInformationSizes", K::Opaque},
    {fourcc("saio"), "SampleAuxiliaryInformationOffsets", K::Opaque},
};

quint32 be32(const uchar* p) {
    return (quint32(p[0]) << 24) | (quint32(p[1]) << 16) | (quint32(p[2]) << 8) | quint32(p[3]);
}

quint64 be64(const uchar* p) {
    return (quint64(be32(p)) << 32) | be32(p + 4);
}

quint16 be16(const uchar* p) {
    return quint16((p[0] << 8) | p[1]);
}

const uchar* bytesOf(QByteArrayView v) {
    return reinterpret_cast<const uchar*>(v.data());
}

// Reads sequential big-endian members from a buffered payload; past the end it reads zeros and
// remembers that it ran short.
class PayloadReader {
public:
    explicit PayloadReader(QByteArrayView data)
        : m_data(data) {}
    bool has(qsizetype n) const { return m_pos + n <= m_data.size(); }
    quint64 read(int n) {
        if (!has(n)) {
            m_short = true;
            m_pos = m_data.size();
            return 0;
        }
        quint64 v = 0;
        for (int i = 0; i < n; ++i)
            v = (v << 8) | quint8(m_data[m_pos + i]);
        m_pos += n;
        return v;
    }
    void skip(qsizetype n) {
        if (!has(n)) {
            m_short = true;
            m_pos = m_data.size();
            return;
        }
        m_pos += n;
    }
    QByteArrayView cString() {
        const qsizetype start = m_pos;
        while (m_pos < m_data.size() && m_data[m_pos] != '\0')
            ++m_pos;
        const QByteArrayView s = m_data.sliced(start, m_pos - start);
        if (m_pos < m_data.size())
            ++m_pos;
        else
            m_short = true;
        return s;
    }
    QByteArrayView rest() const { return m_data.sliced(m_pos); }
    bool ranShort() const { return m_short; }

private:
    QByteArrayView m_data;
    qsizetype m_pos = 0;
    bool m_short = false;
};

QString mdhdLanguage(quint16 packed) {
    QString lang;
    for (int shift = 10; shift >= 0; shift -= 5) {
        const int c = (packed >> shift) & 0x1f;
        lang.append(QChar(c == 0 ? u'?' : char16_t(0x60 + c)));
    }
    return lang;
}

} // namespace

QString fourccToString(quint32 type) {
    QString s;
    for (int shift = 24; shift >= 0; shift -= 8) {
        const auto c = quint8(type >> shift);
        if (c >= 0x20 && c < 0x7f && c != '\\' && c != '"')
            s.append(QLatin1Char(char(c)));
        else
            s.append(QStringLiteral("\\x%1").arg(c, 2, 16, QLatin1Char('0')));
    }
    return s;
}

Mp4BoxType mp4BoxType(quint32 type) {
    for (const Mp4BoxType& box : kBoxes) {
        if (box.type == type)
            return box;
    }
    return {type, "Unknown", K::Opaque};
}

bool isMp4TopLevelBox(quint32 type) {
    switch (type) {
    case fourcc("ftyp"):
    case fourcc("styp"):
    case fourcc("moov"):
    case fourcc("moof"):
    case fourcc("mdat"):
    case fourcc("free"):
    case fourcc("skip"):
    case fourcc("wide"):
    case fourcc("sidx"):
    case fourcc("ssix"):
    case fourcc("emsg"):
    case fourcc("prft"):
    case fourcc("pdin"):
    case fourcc("meta"):
    case fourcc("uuid"):
    case fourcc("mfra"):
        return true;
    default:
        return false;
    }
}

int mp4TableHeaderSize(quint32 type, QByteArrayView readSoFar) {
    const quint8 version = readSoFar.size() >= 1 ? quint8(readSoFar[0]) : 0;
    const quint32 flags = readSoFar.size() >= 4 ? (be32(bytesOf(readSoFar)) & 0xFFFFFF) : 0;
    switch (type) {
    case fourcc("stts"):
    case fourcc("ctts"):
    case fourcc("stss"):
    case fourcc("stsc"):
    case fourcc("stco"):
    case fourcc("co64"):
    case fourcc("elst"):
        return 8;
    case fourcc("stsz"):
        return 12;
    case fourcc("trun"):
        return 8 + ((flags & 0x1) ? 4 : 0) + ((flags & 0x4) ? 4 : 0);
    case fourcc("sidx"):
        return version == 0 ? 24 : 32;
    default:
        return 0;
    }
}

bool parseMp4TableHeader(quint32 type, QByteArrayView bytes, Mp4TableHeader& t, QString* error) {
    const uchar* p = bytesOf(bytes);
    t.type = type;
    t.version = p[0];
    t.flags = be32(p) & 0xFFFFFF;
    switch (type) {
    case fourcc("stts"):
    case fourcc("ctts"):
        t.entryCount = be32(p + 4);
        t.entrySize = 8;
        break;
    case fourcc("stss"):
    case fourcc("stco"):
        t.entryCount = be32(p + 4);
        t.entrySize = 4;
        break;
    case fourcc("co64"):
        t.entryCount = be32(p + 4);
        t.entrySize = 8;
        break;
    case fourcc("stsc"):
        t.entryCount = be32(p + 4);
        t.entrySize = 12;
        break;
    case fourcc("elst"):
        t.entryCount = be32(p + 4);
        t.entrySize = t.version == 1 ? 20 : 12;
        break;
    case fourcc("stsz"):
        t.sampleSize = be32(p + 4);
        t.entryCount = be32(p + 8);
        t.entrySize = t.sampleSize == 0 ? 4 : 0;
        break;
    case fourcc("trun"): {
        t.entryCount = be32(p + 4);
        int pos = 8;
        if (t.flags & 0x1) {
            t.dataOffset = qint32(be32(p + pos));
            pos += 4;
        }
        if (t.flags & 0x4)
            t.firstSampleFlags = be32(p + pos);
        t.entrySize = 4 * quint32(((t.flags >> 8) & 1) + ((t.flags >> 9) & 1) +
                                  ((t.flags >> 10) & 1) + ((t.flags >> 11) & 1));
        if (t.entrySize == 0 && t.entryCount > 4096) {
            if (error)
                *error = QStringLiteral("trun declares %1 samples without per-sample data")
                             .arg(t.entryCount);
            return false;
        }
        break;
    }
    case fourcc("sidx"):
        t.referenceId = be32(p + 4);
        t.timescale = be32(p + 8);
        if (t.version == 0) {
            t.earliestPresentationTime = be32(p + 12);
            t.firstOffset = be32(p + 16);
            t.entryCount = be16(p + 22);
        } else {
            t.earliestPresentationTime = be64(p + 12);
            t.firstOffset = be64(p + 20);
            t.entryCount = be16(p + 30);
        }
        t.entrySize = 12;
        break;
    default:
        if (error)
            *error = QStringLiteral("not a table box");
        return false;
    }
    return true;
}

void parseMp4TableEntry(const Mp4TableHeader& t, const uchar* e, quint64* v) {
    v[0] = v[1] = v[2] = v[3] = 0;
    switch (t.type) {
    case fourcc("stts"):
        v[0] = be32(e);
        v[1] = be32(e + 4);
        break;
    case fourcc("ctts"):
        v[0] = be32(e);
        v[1] = t.version == 0 ? quint64(be32(e + 4)) : quint64(qint64(qint32(be32(e + 4))));
        break;
    case fourcc("stss"):
    case fourcc("stsz"):
    case fourcc("stco"):
        v[0] = be32(e);
        break;
    case fourcc("co64"):
        v[0] = be64(e);
        break;
    case fourcc("stsc"):
        v[0] = be32(e);
        v[1] = be32(e + 4);
        v[2] = be32(e + 8);
        break;
    case fourcc("elst"):
        if (t.version == 1) {
            v[0] = be64(e);
            v[1] = be64(e + 8);
            v[2] = be32(e + 16);
        } else {
            v[0] = be32(e);
            v[1] = quint64(qint64(qint32(be32(e + 4))));
            v[2] = be32(e + 8);
        }
        break;
    case fourcc("trun"): {
        int pos = 0;
        if (t.flags & 0x100) {
            v[0] = be32(e + pos);
            pos += 4;
        }
        if (t.flags & 0x200) {
            v[1] = be32(e + pos);
            pos += 4;
        }
        if (t.flags & 0x400) {
            v[2] = be32(e + pos);
            pos += 4;
        }
        if (t.flags & 0x800)
            v[3] = t.version == 0 ? quint64(be32(e + pos)) : quint64(qint64(qint32(be32(e + pos))));
        break;
    }
    case fourcc("sidx"):
        v[0] = be32(e);
        v[1] = be32(e + 4);
        v[2] = be32(e + 8);
        break;
    default:
        break;
    }
}

Field* Mp4FieldList::next() {
    if (m_count >= kMax)
        return nullptr;
    Field* f = &m_fields[m_count++];
    *f = Field{};
    return f;
}

void Mp4FieldList::addUInt(const char* name, quint64 value) {
    if (Field* f = next()) {
        f->name = name;
        f->kind = ValueKind::UInt;
        f->u = value;
    }
}

void Mp4FieldList::addInt(const char* name, qint64 value) {
    if (Field* f = next()) {
        f->name = name;
        f->kind = ValueKind::Int;
        f->i = value;
    }
}

void Mp4FieldList::addFloat(const char* name, double value) {
    if (Field* f = next()) {
        f->name = name;
        f->kind = ValueKind::Float;
        f->f = value;
    }
}

void Mp4FieldList::addText(const char* name, QByteArrayView text) {
    const int room = int(sizeof(m_text)) - m_textUsed;
    const int n = int(std::min<qsizetype>(text.size(), room));
    Field* f = next();
    if (!f)
        return;
    if (n > 0)
        std::memcpy(m_text + m_textUsed, text.data(), size_t(n));
    f->name = name;
    f->kind = ValueKind::String;
    f->bytes = QByteArrayView(m_text + m_textUsed, n);
    m_textUsed += n;
}

void Mp4FieldList::addBinary(const char* name, QByteArrayView bytes) {
    if (Field* f = next()) {
        f->name = name;
        f->kind = ValueKind::Binary;
        f->bytes = bytes;
    }
}

void decodeMp4LeafBox(quint32 type, QByteArrayView payload, bool complete, Mp4FieldList& fields,
                      Mp4Handler& handler) {
    PayloadReader r(payload);
    switch (type) {
    case fourcc("ftyp"):
    case fourcc("styp"): {
        const quint32 major = quint32(r.read(4));
        fields.addText("majorBrand", fourccToString(major).toLatin1());
        fields.addUInt("minorVersion", r.read(4));
        QByteArray brands;
        for (int i = 0; i < 64 && r.has(4); ++i) {
            if (!brands.isEmpty())
                brands.append(',');
            brands.append(fourccToString(quint32(r.read(4))).toLatin1());
        }
        fields.addText("compatibleBrands", brands);
        return;
    }
    case fourcc("mvhd"): {
        const auto version = r.read(1);
        r.skip(3);
        r.skip(version == 1 ? 16 : 8);
        const auto timescale = quint32(r.read(4));
        const auto duration = r.read(version == 1 ? 8 : 4);
        r.skip(4 + 2 + 10 + 36 + 24);
        const auto nextTrack = r.read(4);
        fields.addUInt("timescale", timescale);
        fields.addUInt("duration", duration);
        if (!r.ranShort())
            fields.addUInt("nextTrackId", nextTrack);
        if (timescale > 0)
            handler.mp4MovieHeader(timescale, duration);
        return;
    }
    case fourcc("tkhd"): {
        const auto version = r.read(1);
        const auto flags = r.read(3);
        r.skip(version == 1 ? 16 : 8);
        const auto trackId = quint32(r.read(4));
        r.skip(4);
        const auto duration = r.read(version == 1 ? 8 : 4);
        r.skip(8 + 2 + 2 + 2 + 2 + 36);
        const auto width = quint32(r.read(4));
        const auto height = quint32(r.read(4));
        fields.addUInt("trackId", trackId);
        fields.addUInt("flags", flags);
        fields.addUInt("duration", duration);
        fields.addFloat("width", width / 65536.0);
        fields.addFloat("height", height / 65536.0);
        if (!r.ranShort())
            handler.mp4TrackHeader(trackId, int(width >> 16), int(height >> 16));
        return;
    }
    case fourcc("mdhd"): {
        const auto version = r.read(1);
        r.skip(3);
        r.skip(version == 1 ? 16 : 8);
        const auto timescale = quint32(r.read(4));
        const auto duration = r.read(version == 1 ? 8 : 4);
        const QString language = mdhdLanguage(quint16(r.read(2)));
        fields.addUInt("timescale", timescale);
        fields.addUInt("duration", duration);
        fields.addText("language", language.toLatin1());
        if (!r.ranShort())
            handler.mp4MediaHeader(timescale, duration, language);
        return;
    }
    case fourcc("hdlr"): {
        r.skip(4 + 4);
        const auto handlerType = quint32(r.read(4));
        r.skip(12);
        const QByteArrayView name = r.cString();
        fields.addText("handlerType", fourccToString(handlerType).toLatin1());
        fields.addText("name", name);
        handler.mp4HandlerType(handlerType, QString::fromUtf8(name));
        return;
    }
    case fourcc("mehd"): {
        const auto version = r.read(1);
        r.skip(3);
        fields.addUInt("fragmentDuration", r.read(version == 1 ? 8 : 4));
        return;
    }
    case fourcc("trex"): {
        r.skip(4);
        const auto trackId = quint32(r.read(4));
        const auto sdi = r.read(4);
        const auto duration = quint32(r.read(4));
        const auto size = quint32(r.read(4));
        const auto flags = quint32(r.read(4));
        fields.addUInt("trackId", trackId);
        fields.addUInt("defaultSampleDescriptionIndex", sdi);
        fields.addUInt("defaultSampleDuration", duration);
        fields.addUInt("defaultSampleSize", size);
        fields.addUInt("defaultSampleFlags", flags);
        if (!r.ranShort())
            handler.mp4TrackExtends(trackId, duration, size, flags);
        return;
    }
    case fourcc("mfhd"): {
        r.skip(4);
        const auto sequence = quint32(r.read(4));
        fields.addUInt("sequenceNumber", sequence);
        if (!r.ranShort())
            handler.mp4FragmentSequence(sequence);
        return;
    }
    case fourcc("tfhd"): {
        Mp4TrackFragmentHeader h;
        h.flags = quint32(r.read(4)) & 0xFFFFFF;
        h.trackId = quint32(r.read(4));
        if (h.flags & 0x1)
            h.baseDataOffset = r.read(8);
        if (h.flags & 0x2)
            h.sampleDescriptionIndex = quint32(r.read(4));
        if (h.flags & 0x8)
            h.defaultDuration = quint32(r.read(4));
        if (h.flags & 0x10)
            h.defaultSize = quint32(r.read(4));
        if (h.flags & 0x20)
            h.defaultFlags = quint32(r.read(4));
        fields.addUInt("trackId", h.trackId);
        fields.addUInt("flags", h.flags);
        if (h.baseDataOffset)
            fields.addUInt("baseDataOffset", *h.baseDataOffset);
        if (h.defaultDuration)
            fields.addUInt("defaultSampleDuration", *h.defaultDuration);
        if (h.defaultSize)
            fields.addUInt("defaultSampleSize", *h.defaultSize);
        if (h.defaultFlags)
            fields.addUInt("defaultSampleFlags", *h.defaultFlags);
        if (!r.ranShort())
            handler.mp4TrackFragmentHeader(h);
        return;
    }
    case fourcc("tfdt"): {
        const auto version = r.read(1);
        r.skip(3);
        const auto time = r.read(version == 1 ? 8 : 4);
        fields.addUInt("baseMediaDecodeTime", time);
        if (!r.ranShort())
            handler.mp4DecodeTime(time);
        return;
    }
    case fourcc("avcC"):
    case fourcc("hvcC"): {
        const CodecDetails details = describeCodecPrivate(
            type == fourcc("avcC") ? QStringLiteral("avcC") : QStringLiteral("hvcC"), payload);
        fields.addText("decoded", (details.decoded() ? details.summary() : details.error).toUtf8());
        if (complete)
            handler.mp4CodecConfig(type, payload);
        return;
    }
    case fourcc("esds"): {
        if (payload.size() < 4)
            return;
        auto config = audioConfigFromEsds(payload.sliced(4));
        if (!config) {
            fields.addText("error", config.error().message.toUtf8());
            return;
        }
        fields.addText("audioSpecificConfig", config->toHex());
        fields.addText("decoded", describeAudioSpecificConfig(*config).summary().toUtf8());
        handler.mp4CodecConfig(type, *config);
        return;
    }
    case fourcc("emsg"): {
        const auto version = r.read(1);
        r.skip(3);
        if (version == 0) {
            fields.addText("schemeIdUri", r.cString());
            fields.addText("value", r.cString());
            fields.addUInt("timescale", r.read(4));
            fields.addUInt("presentationTimeDelta", r.read(4));
            fields.addUInt("eventDuration", r.read(4));
            fields.addUInt("id", r.read(4));
        } else {
            fields.addUInt("timescale", r.read(4));
            fields.addUInt("presentationTime", r.read(8));
            fields.addUInt("eventDuration", r.read(4));
            fields.addUInt("id", r.read(4));
            fields.addText("schemeIdUri", r.cString());
            fields.addText("value", r.cString());
        }
        fields.addUInt("messageSize", quint64(r.rest().size()));
        fields.addText("messageData", r.rest().first(std::min<qsizetype>(r.rest().size(), 256)));
        return;
    }
    case fourcc("prft"): {
        const auto version = r.read(1);
        r.skip(3);
        fields.addUInt("referenceTrackId", r.read(4));
        fields.addUInt("ntpTimestamp", r.read(8));
        fields.addUInt("mediaTime", r.read(version == 0 ? 4 : 8));
        return;
    }
    case fourcc("pasp"):
        fields.addUInt("hSpacing", r.read(4));
        fields.addUInt("vSpacing", r.read(4));
        return;
    case fourcc("btrt"):
        fields.addUInt("bufferSizeDB", r.read(4));
        fields.addUInt("maxBitrate", r.read(4));
        fields.addUInt("avgBitrate", r.read(4));
        return;
    case fourcc("colr"): {
        const auto colourType = quint32(r.read(4));
        fields.addText("colourType", fourccToString(colourType).toLatin1());
        if (colourType == fourcc("nclx") || colourType == fourcc("nclc")) {
            fields.addUInt("primaries", r.read(2));
            fields.addUInt("transfer", r.read(2));
            fields.addUInt("matrix", r.read(2));
            if (colourType == fourcc("nclx"))
                fields.addUInt("fullRange", r.read(1) >> 7);
        }
        return;
    }
    default:
        return;
    }
}

} // namespace kinescope
