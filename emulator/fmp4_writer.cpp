#include "emulator/fmp4_writer.h"

#include <QtEndian>

#include <algorithm>

namespace kinescope::emu {

namespace {

// A tiny big-endian box builder.
class Box {
public:
    explicit Box(const char type[5]) {
        u32(0); // size, patched by finish()
        m_data.append(type, 4);
    }
    Box(const char type[5], quint8 version, quint32 flags)
        : Box(type) {
        u32((quint32(version) << 24) | (flags & 0xffffff));
    }
    Box& u8(quint8 v) {
        m_data.append(char(v));
        return *this;
    }
    Box& u16(quint16 v) {
        char b[2];
        qToBigEndian(v, b);
        m_data.append(b, 2);
        return *this;
    }
    Box& u32(quint32 v) {
        char b[4];
        qToBigEndian(v, b);
        m_data.append(b, 4);
        return *this;
    }
    Box& u64(quint64 v) {
        char b[8];
        qToBigEndian(v, b);
        m_data.append(b, 8);
        return *this;
    }
    Box& zeros(int n) {
        m_data.append(QByteArray(n, '\0'));
        return *this;
    }
    Box& bytes(const QByteArray& b) {
        m_data.append(b);
        return *this;
    }
    Box& fourcc(const char c[5]) {
        m_data.append(c, 4);
        return *this;
    }
    Box& child(const QByteArray& box) { return bytes(box); }
    int size() const { return int(m_data.size()); }
    QByteArray finish() {
        qToBigEndian(quint32(m_data.size()), m_data.data());
        return m_data;
    }

private:
    QByteArray m_data;
};

Box& matrix(Box& b) {
    const quint32 m[9] = {0x00010000, 0, 0, 0, 0x00010000, 0, 0, 0, 0x40000000};
    for (quint32 v : m)
        b.u32(v);
    return b;
}

QByteArray ftyp() {
    return Box("ftyp")
        .fourcc("iso5")
        .u32(512)
        .fourcc("iso5")
        .fourcc("iso6")
        .fourcc("mp41")
        .finish();
}

QByteArray avc1(const EncodedFragment& m) {
    Box b("avc1");
    b.zeros(6).u16(1);         // reserved, data_reference_index
    b.u16(0).u16(0).zeros(12); // pre_defined, reserved, pre_defined
    b.u16(quint16(m.width)).u16(quint16(m.height));
    b.u32(0x00480000).u32(0x00480000); // 72 dpi
    b.u32(0).u16(1);                   // reserved, frame_count
    QByteArray name(32, '\0');
    const QByteArray label("Kinescope emulator");
    name[0] = char(label.size());
    std::copy(label.begin(), label.end(), name.begin() + 1);
    b.bytes(name).u16(0x0018).u16(0xffff); // depth, pre_defined = -1
    b.child(Box("avcC").bytes(m.avcC).finish());
    return b.finish();
}

QByteArray trak(const EncodedFragment& m) {
    Box tkhd("tkhd", 0, 0x000003);                              // enabled, in movie
    tkhd.u32(0).u32(0).u32(Fmp4Writer::kTrackId).u32(0).u32(0); // times, id, reserved, duration
    tkhd.zeros(8).u16(0).u16(0).u16(0).u16(0);                  // layer, group, volume
    matrix(tkhd).u32(quint32(m.width) << 16).u32(quint32(m.height) << 16);

    Box mdhd("mdhd", 0, 0);
    mdhd.u32(0).u32(0).u32(Fmp4Writer::kTimescale).u32(0).u16(0x55c4).u16(0); // "und"
    Box hdlr("hdlr", 0, 0);
    hdlr.u32(0).fourcc("vide").zeros(12).bytes(QByteArray("VideoHandler", 13));

    Box vmhd("vmhd", 0, 1);
    vmhd.u16(0).zeros(6);
    Box dref("dref", 0, 0);
    dref.u32(1).child(Box("url ", 0, 1).finish());
    Box dinf("dinf");
    dinf.child(dref.finish());
    Box stsd("stsd", 0, 0);
    stsd.u32(1).child(avc1(m));
    Box stbl("stbl");
    stbl.child(stsd.finish())
        .child(Box("stts", 0, 0).u32(0).finish())
        .child(Box("stsc", 0, 0).u32(0).finish())
        .child(Box("stsz", 0, 0).u32(0).u32(0).finish())
        .child(Box("stco", 0, 0).u32(0).finish());
    Box minf("minf");
    minf.child(vmhd.finish()).child(dinf.finish()).child(stbl.finish());
    Box mdia("mdia");
    mdia.child(mdhd.finish()).child(hdlr.finish()).child(minf.finish());
    Box t("trak");
    t.child(tkhd.finish()).child(mdia.finish());
    return t.finish();
}

} // namespace

QByteArray Fmp4Writer::initSegment(const EncodedFragment& media) {
    Box mvhd("mvhd", 0, 0);
    mvhd.u32(0).u32(0).u32(kTimescale).u32(0);  // times, timescale, duration (fragmented)
    mvhd.u32(0x00010000).u16(0x0100).zeros(10); // rate, volume, reserved
    matrix(mvhd).zeros(24).u32(kTrackId + 1);   // pre_defined, next_track_ID
    Box trex("trex", 0, 0);
    trex.u32(kTrackId).u32(1).u32(0).u32(0).u32(0);
    Box mvex("mvex");
    mvex.child(trex.finish());
    Box moov("moov");
    moov.child(mvhd.finish()).child(trak(media)).child(mvex.finish());
    return ftyp() + moov.finish();
}

QByteArray Fmp4Writer::mediaSegment(const EncodedFragment& media, quint32 sequenceNumber,
                                    qint64 mediaTimeMs) {
    const auto& samples = media.samples;
    const qint64 firstDts = samples.empty() ? 0 : samples.front().dtsMs;
    // trun: data offset, duration, size, flags, composition offset (signed, version 1).
    const quint32 trunFlags = 0x000001 | 0x000100 | 0x000200 | 0x000400 | 0x000800;
    auto buildMoof = [&](qint32 dataOffset) {
        Box trun("trun", 1, trunFlags);
        trun.u32(quint32(samples.size())).u32(quint32(dataOffset));
        for (const VideoSample& s : samples) {
            trun.u32(quint32(std::max<qint64>(0, s.durationMs)));
            trun.u32(quint32(s.data.size()));
            trun.u32(s.keyframe ? 0x02000000u : 0x01010000u);
            trun.u32(quint32(qint32(s.ptsMs - s.dtsMs)));
        }
        Box tfhd("tfhd", 0, 0x020000); // default-base-is-moof
        tfhd.u32(kTrackId);
        Box tfdt("tfdt", 1, 0);
        tfdt.u64(quint64(std::max<qint64>(0, mediaTimeMs + firstDts)));
        Box traf("traf");
        traf.child(tfhd.finish()).child(tfdt.finish()).child(trun.finish());
        Box mfhd("mfhd", 0, 0);
        mfhd.u32(sequenceNumber);
        Box moof("moof");
        moof.child(mfhd.finish()).child(traf.finish());
        return moof.finish();
    };
    const QByteArray probe = buildMoof(0);
    const QByteArray moof = buildMoof(qint32(probe.size() + 8));
    Box mdat("mdat");
    for (const VideoSample& s : samples)
        mdat.bytes(s.data);
    return moof + mdat.finish();
}

QString Fmp4Writer::codecString(const EncodedFragment& media) {
    if (media.sps.size() < 4)
        return QStringLiteral("avc1.42e01e");
    return QStringLiteral("avc1.%1%2%3")
        .arg(quint8(media.sps[1]), 2, 16, QLatin1Char('0'))
        .arg(quint8(media.sps[2]), 2, 16, QLatin1Char('0'))
        .arg(quint8(media.sps[3]), 2, 16, QLatin1Char('0'));
}

} // namespace kinescope::emu
