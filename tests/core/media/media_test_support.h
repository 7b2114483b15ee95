#pragma once

#include "core/media/container_inspector.h"
#include "core/media/inspect_types.h"

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringList>
#include <QTemporaryDir>

#include <functional>
#include <vector>

namespace kinescope::test {

// --- external tools (ffmpeg, ffprobe, mkvmerge, mkvinfo) -------------------------------------

struct ToolResult {
    int exitCode = -1;
    QByteArray out;
    QByteArray err;
    bool ok() const { return exitCode == 0; }
};

// Runs a program found on PATH (LC_ALL=C) and waits for it.
ToolResult runTool(const QString& program, const QStringList& args, int timeoutMs = 300000);

// A throw-away directory for the files one test binary generates.
class MediaDir {
public:
    MediaDir();
    QString path(const QString& name) const;
    // ffmpeg -y -hide_banner -loglevel error ARGS path(name); returns the path or "" (see error).
    QString ffmpeg(const QString& name, const QStringList& args);
    // mkvmerge -q -o path(name) ARGS
    QString mkvmerge(const QString& name, const QStringList& args);
    QString write(const QString& name, const QByteArray& bytes);
    QString lastError() const { return m_error; }

private:
    QTemporaryDir m_dir;
    QString m_error;
};

// Common ffmpeg inputs: a test picture and a tone.
QStringList testVideoInput(int width, int height, int fps, double seconds);
QStringList testAudioInput(int sampleRate, double seconds);

// --- recording what an inspection reports ---------------------------------------------------

struct RecordedElement {
    quint32 id = 0;
    QString name;
    quint64 offset = 0;
    quint32 headerSize = 0;
    quint64 dataSize = 0;
    int depth = 0;
    bool master = false;
    bool unknownSize = false;
    bool incomplete = false;
    QString value;
    int parent = -1; // index of the parent in RecordedElement order, -1 at the top
    quint64 totalSize() const { return headerSize + dataSize; }
};

class InspectRecorder : public InspectSink {
public:
    void formatDetected(MediaContainer format) override;
    void elementStart(const ElementHeader& header) override;
    void elementEnd(const ElementHeader& header, const ElementValue& value) override;
    void track(const TrackInfo& track) override;
    void frame(const FrameInfo& frame) override;
    void fragment(const FragmentSummary& fragment) override;

    MediaContainer format = MediaContainer::Unknown;
    QList<RecordedElement> elements; // in start order, completed at their end
    QList<TrackInfo> tracks;
    std::vector<FrameInfo> frames;
    QList<FragmentSummary> fragments;
    QStringList log;      // every event as text, in order (compares chunkings exactly)
    bool balanced = true; // every end matched the start on top of the stack

private:
    QList<int> m_open;
};

struct InspectRun {
    bool ok = false; // whole input read
    MediaContainer format = MediaContainer::Unknown;
    ParseError error;
    int documents = 0;
    bool kvs = false;
    bool fragmentedMp4 = false;
    InspectRecorder rec;
};

// Chunk sizes to feed: called with the current position, returns the next chunk size (>= 1).
using Chunker = std::function<qsizetype(qsizetype position)>;
Chunker wholeChunks();
Chunker byteChunks();
Chunker randomChunks(quint32 seed, qsizetype maxChunk);

InspectRun inspectBytes(const QByteArray& data, const Chunker& chunker);
QByteArray readFile(const QString& path);

// --- mkvinfo ---------------------------------------------------------------------------------

struct MkvinfoElement {
    int depth = 0;
    QString text;  // "Simple block: key, track number 1, ..."
    QString name;  // text before the first ':'
    QString value; // text after ": "
    quint64 offset = 0;
    quint64 size = 0; // header + data
    quint64 dataSize = 0;
    bool unknownSize = false;
};

struct MkvinfoFrame {
    quint64 offset = 0;
    quint64 size = 0;
};

struct MkvinfoDump {
    QList<MkvinfoElement> elements;
    QList<MkvinfoFrame> frames;
    QString error;
};

// mkvinfo -a -z -P FILE, parsed (element lines and frame lines).
MkvinfoDump runMkvinfo(const QString& path);

// --- ffprobe ---------------------------------------------------------------------------------

struct ProbePacket {
    int stream = 0;
    QString codecType;
    bool hasPts = false;
    qint64 pts = 0;
    bool hasDts = false;
    qint64 dts = 0;
    qint64 size = 0;
    qint64 pos = -1;
    bool keyframe = false;
};

struct ProbeStream {
    int index = 0;
    QString codecType;
    QString codecName;
    QString profile;
    int level = -1;
    int width = 0;
    int height = 0;
    QString rFrameRate;
    int sampleRate = 0;
    int channels = 0;
    QString timeBase;
};

struct ProbeResult {
    QList<ProbeStream> streams;
    QList<ProbePacket> packets;
    QString error;
};

// ffprobe -show_streams -show_packets -of json FILE, parsed.
ProbeResult runFfprobe(const QString& path);

} // namespace kinescope::test
