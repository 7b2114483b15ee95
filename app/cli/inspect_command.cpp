#include "app/cli/inspect_command.h"

#include "core/media/container_inspector.h"
#include "core/media/inspect_json_writer.h"
#include "core/media/inspect_table_writer.h"
#include "core/media/output_buffer.h"

#include <QCommandLineParser>
#include <QFile>
#include <QFileDevice>
#include <QIODevice>

#include <memory>
#include <vector>

namespace kinescope::cli {

namespace {

// Sequential reads of 64 KiB: the buffer stays in the CPU cache, which measured faster than
// larger blocks (the parser only touches element headers; payloads are never copied again).
constexpr qint64 kReadBlock = 64 * 1024;

// Bytes go straight to the stream's device (stdout) when it has one, bypassing QString.
OutputBuffer::Writer writerFor(QTextStream& stream) {
    return [&stream](const char* data, qsizetype size) {
        if (QIODevice* device = stream.device()) {
            stream.flush();
            qsizetype written = 0;
            while (written < size) {
                const qint64 n = device->write(data + written, size - written);
                if (n <= 0)
                    return; // stdout closed (e.g. piped into head): stop writing
                written += qsizetype(n);
            }
        } else {
            stream << QString::fromUtf8(data, size);
        }
    };
}

} // namespace

void runInspect(CliEnv& env, const QStringList& args) {
    QCommandLineParser parser;
    parser.addPositionalArgument(QStringLiteral("FILE"),
                                 QStringLiteral("Matroska or MP4 file to inspect, - for stdin"));
    const QCommandLineOption framesOption(QStringLiteral("frames"),
                                          QStringLiteral("List every frame."));
    parser.addOption(framesOption);
    if (!parseCommandArgs(env, parser, args, QStringLiteral("inspect")))
        return;
    const QStringList files = parser.positionalArguments();
    if (files.size() != 1) {
        env.usageError(files.isEmpty()
                           ? QStringLiteral("inspect needs a FILE")
                           : QStringLiteral("inspect takes one FILE, not %1").arg(files.size()));
        return;
    }
    const QString path = files.first();
    const bool frames = parser.isSet(framesOption);

    QFile file;
    const bool opened =
        path == QLatin1String("-")
            ? file.open(stdin, QIODevice::ReadOnly | QIODevice::Unbuffered)
            : (file.setFileName(path), file.open(QIODevice::ReadOnly | QIODevice::Unbuffered));
    if (!opened) {
        env.err() << "kinescope-cli: cannot open " << path << ": " << file.errorString() << '\n';
        env.err().flush();
        env.finish(ExitFailure);
        return;
    }

    OutputBuffer out(writerFor(env.out()));
    std::unique_ptr<InspectJsonWriter> json;
    std::unique_ptr<InspectTableWriter> table;
    InspectSink* sink = nullptr;
    if (env.options().output == OutputFormat::Json) {
        json = std::make_unique<InspectJsonWriter>(out, frames);
        sink = json.get();
    } else {
        table = std::make_unique<InspectTableWriter>(out, frames);
        sink = table.get();
    }

    ContainerInspector inspector(*sink);
    std::vector<char> block(static_cast<size_t>(kReadBlock));
    QString readError;
    for (;;) {
        const qint64 n = file.read(block.data(), kReadBlock);
        if (n < 0) {
            readError = file.errorString();
            break;
        }
        if (n == 0)
            break;
        if (!inspector.feed(QByteArrayView(block.data(), qsizetype(n))))
            break;
    }
    if (readError.isEmpty() && !inspector.failed())
        inspector.finish();

    if (json)
        json->finish(inspector);
    else
        table->finish(inspector);
    out.flush();
    if (QIODevice* device = env.out().device()) {
        if (auto* fileDevice = qobject_cast<QFileDevice*>(device))
            fileDevice->flush();
    }
    env.out().flush();

    if (!readError.isEmpty()) {
        env.err() << "kinescope-cli: cannot read " << path << ": " << readError << '\n';
        env.err().flush();
        env.finish(ExitFailure);
        return;
    }
    if (inspector.failed()) {
        const ParseError& e = inspector.error();
        const QString what = inspector.format() == MediaContainer::Unknown
                                 ? QStringLiteral("is not readable as Matroska or MP4")
                                 : QStringLiteral("is not a valid %1 stream")
                                       .arg(containerFormatName(inspector.format()));
        env.err() << "kinescope-cli: " << path << ' ' << what << ": at byte offset " << e.offset
                  << ": " << e.message << '\n';
        env.err().flush();
        env.finish(ExitFailure);
        return;
    }
    env.finish(ExitOk);
}

} // namespace kinescope::cli
