#include "tests/core/media/media_test_support.h"

#include "core/media/element_format.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRandomGenerator>
#include <QRegularExpression>

namespace kinescope::test {

ToolResult runTool(const QString& program, const QStringList& args, int timeoutMs) {
    ToolResult result;
    QProcess process;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("LC_ALL"), QStringLiteral("C"));
    env.insert(QStringLiteral("LANG"), QStringLiteral("C"));
    process.setProcessEnvironment(env);
    process.start(program, args);
    if (!process.waitForStarted(30000)) {
        result.err =
            QStringLiteral("cannot start %1: %2").arg(program, process.errorString()).toUtf8();
        return result;
    }
    process.closeWriteChannel();
    if (!process.waitForFinished(timeoutMs)) {
        process.kill();
        process.waitForFinished();
        result.err = QStringLiteral("%1 timed out").arg(program).toUtf8();
        return result;
    }
    result.out = process.readAllStandardOutput();
    result.err = process.readAllStandardError();
    result.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    return result;
}

MediaDir::MediaDir() = default;

QString MediaDir::path(const QString& name) const {
    return m_dir.filePath(name);
}

QString MediaDir::ffmpeg(const QString& name, const QStringList& args) {
    const QString out = path(name);
    const ToolResult r = runTool(QStringLiteral("ffmpeg"),
                                 QStringList{QStringLiteral("-y"), QStringLiteral("-hide_banner"),
                                             QStringLiteral("-loglevel"), QStringLiteral("error")} +
                                     args + QStringList{out});
    if (!r.ok()) {
        m_error = QStringLiteral("ffmpeg failed for %1: %2").arg(name, QString::fromUtf8(r.err));
        return {};
    }
    return out;
}

QString MediaDir::mkvmerge(const QString& name, const QStringList& args) {
    const QString out = path(name);
    const ToolResult r =
        runTool(QStringLiteral("mkvmerge"),
                QStringList{QStringLiteral("-q"), QStringLiteral("-o"), out} + args);
    // mkvmerge exits 1 for warnings, 2 for errors.
    if (r.exitCode != 0 && r.exitCode != 1) {
        m_error = QStringLiteral("mkvmerge failed for %1: %2%3")
                      .arg(name, QString::fromUtf8(r.out), QString::fromUtf8(r.err));
        return {};
    }
    return out;
}

QString MediaDir::write(const QString& name, const QByteArray& bytes) {
    QFile file(path(name));
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate) ||
        file.write(bytes) != bytes.size()) {
        m_error = QStringLiteral("cannot write %1").arg(name);
        return {};
    }
    return file.fileName();
}

QStringList testVideoInput(int width, int height, int fps, double seconds) {
    return {QStringLiteral("-f"), QStringLiteral("lavfi"), QStringLiteral("-i"),
            QStringLiteral("testsrc2=size=%1x%2:rate=%3:duration=%4")
                .arg(width)
                .arg(height)
                .arg(fps)
                .arg(seconds)};
}

QStringList testAudioInput(int sampleRate, double seconds) {
    return {QStringLiteral("-f"), QStringLiteral("lavfi"), QStringLiteral("-i"),
            QStringLiteral("sine=frequency=440:sample_rate=%1:duration=%2")
                .arg(sampleRate)
                .arg(seconds)};
}

// --- InspectRecorder ------------------------------------------------------------------------

void InspectRecorder::formatDetected(MediaContainer f) {
    format = f;
    log.append(QStringLiteral("format %1").arg(containerFormatName(f)));
}

void InspectRecorder::elementStart(const ElementHeader& h) {
    RecordedElement e;
    e.id = h.id;
    e.name = QString::fromLatin1(h.name);
    e.offset = h.offset;
    e.headerSize = h.headerSize;
    e.dataSize = h.dataSize;
    e.depth = h.depth;
    e.master = h.master;
    e.unknownSize = h.unknownSize;
    e.parent = m_open.isEmpty() ? -1 : m_open.last();
    if (e.depth != m_open.size())
        balanced = false;
    m_open.append(int(elements.size()));
    elements.append(e);
    log.append(QStringLiteral("start %1 %2 %3 %4 %5")
                   .arg(h.id)
                   .arg(h.offset)
                   .arg(h.headerSize)
                   .arg(h.dataSize)
                   .arg(h.depth));
}

void InspectRecorder::elementEnd(const ElementHeader& h, const ElementValue& value) {
    if (m_open.isEmpty()) {
        balanced = false;
        return;
    }
    RecordedElement& e = elements[m_open.takeLast()];
    if (e.offset != h.offset || e.id != h.id)
        balanced = false;
    e.dataSize = h.dataSize;
    e.incomplete = h.incomplete;
    e.value = elementValueText(value);
    log.append(QStringLiteral("end %1 %2 %3 %4 %5")
                   .arg(h.id)
                   .arg(h.offset)
                   .arg(h.dataSize)
                   .arg(h.incomplete)
                   .arg(e.value));
}

void InspectRecorder::track(const TrackInfo& t) {
    tracks.append(t);
    log.append(QStringLiteral("track %1 %2 %3 %4")
                   .arg(t.number)
                   .arg(t.codecId, t.codec.summary(), QString::fromLatin1(t.codecPrivate.toHex())));
}

void InspectRecorder::frame(const FrameInfo& f) {
    frames.push_back(f);
    log.append(QStringLiteral("frame %1 %2 %3 %4 %5 %6 %7")
                   .arg(f.track)
                   .arg(f.pts)
                   .arg(f.hasDts ? f.dts : -1)
                   .arg(f.keyframe)
                   .arg(f.size)
                   .arg(f.offset)
                   .arg(f.duration));
}

void InspectRecorder::fragment(const FragmentSummary& f) {
    fragments.append(f);
    QStringList tags;
    for (const auto& t : f.tags)
        tags << t.first + QLatin1Char('=') + t.second;
    log.append(QStringLiteral("fragment %1 %2 %3 %4 %5 %6 %7 %8")
                   .arg(f.index)
                   .arg(f.offset)
                   .arg(f.bytes)
                   .arg(f.frameCount)
                   .arg(f.firstKeyframeIndex)
                   .arg(f.durationMs.value_or(-1))
                   .arg(f.fragmentNumber, tags.join(QLatin1Char(';'))));
}

Chunker wholeChunks() {
    return [](qsizetype) { return std::numeric_limits<qsizetype>::max(); };
}

Chunker byteChunks() {
    return [](qsizetype) { return qsizetype(1); };
}

Chunker randomChunks(quint32 seed, qsizetype maxChunk) {
    auto rng = std::make_shared<QRandomGenerator>(seed);
    return [rng, maxChunk](qsizetype) {
        // Mostly small chunks (they split headers), sometimes large ones.
        if (rng->bounded(8) == 0)
            return qsizetype(1 + rng->bounded(int(maxChunk)));
        return qsizetype(1 + rng->bounded(17));
    };
}

InspectRun inspectBytes(const QByteArray& data, const Chunker& chunker) {
    InspectRun run;
    ContainerInspector inspector(run.rec);
    qsizetype pos = 0;
    bool fed = true;
    while (pos < data.size() && fed) {
        const qsizetype n = std::min(chunker(pos), data.size() - pos);
        fed = inspector.feed(QByteArrayView(data.constData() + pos, n));
        pos += n;
    }
    run.ok = fed && inspector.finish();
    run.format = inspector.format();
    run.error = inspector.error();
    run.documents = inspector.documentCount();
    run.kvs = inspector.isKvsStream();
    run.fragmentedMp4 = inspector.isFragmentedMp4();
    if (!run.ok)
        run.rec.log.append(
            QStringLiteral("error %1 %2").arg(run.error.offset).arg(run.error.message));
    return run;
}

QByteArray readFile(const QString& path) {
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return file.readAll();
}

// --- mkvinfo ---------------------------------------------------------------------------------

MkvinfoDump runMkvinfo(const QString& path) {
    MkvinfoDump dump;
    const ToolResult r =
        runTool(QStringLiteral("mkvinfo"),
                {QStringLiteral("-a"), QStringLiteral("-z"), QStringLiteral("-P"), path});
    if (!r.ok()) {
        dump.error = QStringLiteral("mkvinfo failed (%1): %2%3")
                         .arg(r.exitCode)
                         .arg(QString::fromUtf8(r.out), QString::fromUtf8(r.err));
        return dump;
    }
    static const QRegularExpression frameLine(
        QStringLiteral(R"(^[| ]*\+ Frame at (\d+) size (\d+)$)"));
    static const QRegularExpression elementLine(QStringLiteral(
        R"(^([| ]*)\+ (.*) at (\d+) (?:size (\d+) data size (\d+)|size is unknown)$)"));
    const QStringList lines = QString::fromUtf8(r.out).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    for (const QString& line : lines) {
        const auto fm = frameLine.match(line);
        if (fm.hasMatch()) {
            dump.frames.append({fm.captured(1).toULongLong(), fm.captured(2).toULongLong()});
            continue;
        }
        const auto em = elementLine.match(line);
        if (!em.hasMatch())
            continue;
        MkvinfoElement e;
        e.depth = int(em.captured(1).size());
        e.text = em.captured(2);
        const qsizetype colon = e.text.indexOf(QLatin1Char(':'));
        e.name = colon >= 0 ? e.text.left(colon) : e.text;
        e.value = colon >= 0 ? e.text.mid(colon + 1).trimmed() : QString();
        // "Segment: size 94474" style texts carry the size, not a value.
        e.offset = em.captured(3).toULongLong();
        e.unknownSize = em.captured(4).isEmpty();
        e.size = em.captured(4).toULongLong();
        e.dataSize = em.captured(5).toULongLong();
        dump.elements.append(e);
    }
    return dump;
}

// --- ffprobe ---------------------------------------------------------------------------------

ProbeResult runFfprobe(const QString& path) {
    ProbeResult result;
    const ToolResult r = runTool(QStringLiteral("ffprobe"),
                                 {QStringLiteral("-v"), QStringLiteral("error"),
                                  QStringLiteral("-show_streams"), QStringLiteral("-show_packets"),
                                  QStringLiteral("-of"), QStringLiteral("json"), path});
    if (!r.ok()) {
        result.error = QStringLiteral("ffprobe failed: %1").arg(QString::fromUtf8(r.err));
        return result;
    }
    const QJsonObject root = QJsonDocument::fromJson(r.out).object();
    auto integer = [](const QJsonValue& v, bool* has) {
        bool ok = false;
        const qint64 value = v.toString().toLongLong(&ok);
        if (v.isDouble()) {
            *has = true;
            return qint64(v.toDouble());
        }
        *has = ok;
        return value;
    };
    for (const QJsonValue& v : root.value(QStringLiteral("streams")).toArray()) {
        const QJsonObject s = v.toObject();
        ProbeStream ps;
        ps.index = s.value(QStringLiteral("index")).toInt();
        ps.codecType = s.value(QStringLiteral("codec_type")).toString();
        ps.codecName = s.value(QStringLiteral("codec_name")).toString();
        ps.profile = s.value(QStringLiteral("profile")).toString();
        ps.level = s.value(QStringLiteral("level")).toInt(-1);
        ps.width = s.value(QStringLiteral("width")).toInt();
        ps.height = s.value(QStringLiteral("height")).toInt();
        ps.rFrameRate = s.value(QStringLiteral("r_frame_rate")).toString();
        ps.sampleRate = s.value(QStringLiteral("sample_rate")).toString().toInt();
        ps.channels = s.value(QStringLiteral("channels")).toInt();
        ps.timeBase = s.value(QStringLiteral("time_base")).toString();
        result.streams.append(ps);
    }
    for (const QJsonValue& v : root.value(QStringLiteral("packets")).toArray()) {
        const QJsonObject p = v.toObject();
        ProbePacket pp;
        pp.stream = p.value(QStringLiteral("stream_index")).toInt();
        pp.codecType = p.value(QStringLiteral("codec_type")).toString();
        pp.pts = integer(p.value(QStringLiteral("pts")), &pp.hasPts);
        pp.dts = integer(p.value(QStringLiteral("dts")), &pp.hasDts);
        bool has = false;
        pp.size = integer(p.value(QStringLiteral("size")), &has);
        pp.pos = integer(p.value(QStringLiteral("pos")), &has);
        if (!has)
            pp.pos = -1;
        pp.keyframe = p.value(QStringLiteral("flags")).toString().contains(QLatin1Char('K'));
        result.packets.append(pp);
    }
    return result;
}

} // namespace kinescope::test
