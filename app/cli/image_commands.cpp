// kinescope-cli images: GetImages over a range into a directory (one file per image, named by
// its timestamp) with an index.json that also lists the timestamps without an image.
#include "app/cli/aws_command_support.h"
#include "app/cli/cli_output.h"
#include "app/cli/cli_session.h"
#include "core/kvs/image_request.h"
#include "core/kvs/kvs_client.h"
#include "core/util/time_format.h"

#include <QDateTime>
#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>

#include <memory>

namespace kinescope::cli {

namespace {

// "20240501T120003.250Z": sortable, and valid as a file name everywhere.
QString fileStem(qint64 ms) {
    return QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC)
               .toString(QStringLiteral("yyyyMMdd'T'HHmmss.zzz")) +
           QLatin1Char('Z');
}

// Writes the whole file or nothing (a temporary file renamed over the target).
bool writeAtomically(const QString& path, const QByteArray& data, QString* error) {
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(data) != data.size() || !file.commit()) {
        *error = QStringLiteral("could not write %1: %2").arg(path, file.errorString());
        return false;
    }
    return true;
}

struct ImagesRun {
    StreamRef stream;
    QList<ImageRequest> parts;
    int next = 0;
    QString outDir;
    ImageFormat format = ImageFormat::Jpeg;
    QJsonArray index;
    QList<QStringList> rows;
    QSet<qint64> seen;
    int written = 0;
    int missing = 0;
    QString writeError;
};

void runPart(CliEnv& env, CliSession* session, std::shared_ptr<ImagesRun> run,
             std::shared_ptr<ProgressLine> progress, std::function<void()> done) {
    if (run->next >= run->parts.size())
        return done();
    const ImageRequest part = run->parts[run->next++];
    progress->update(QStringLiteral("Images: request %1 of %2, %3 written")
                         .arg(run->next)
                         .arg(run->parts.size())
                         .arg(run->written));
    session->kvs()->getAllImages(
        run->stream, part, session->context(),
        [run](const QList<KvsImage>& images) {
            for (const KvsImage& image : images) {
                if (!run->writeError.isEmpty() || run->seen.contains(image.timestampMs))
                    continue;
                run->seen.insert(image.timestampMs);
                QJsonObject entry{{QStringLiteral("Timestamp"), formatIsoUtcMs(image.timestampMs)},
                                  {QStringLiteral("TimestampMs"), image.timestampMs}};
                if (image.hasImage()) {
                    const QString name =
                        fileStem(image.timestampMs) + QLatin1Char('.') + fileExtension(run->format);
                    if (!writeAtomically(QDir(run->outDir).filePath(name), image.content,
                                         &run->writeError))
                        return;
                    entry.insert(QStringLiteral("File"), name);
                    entry.insert(QStringLiteral("Bytes"), qint64(image.content.size()));
                    run->rows.append({formatIsoUtcMs(image.timestampMs), name, QString()});
                    ++run->written;
                } else {
                    const QString error =
                        image.error.isEmpty() ? QStringLiteral("MEDIA_ERROR") : image.error;
                    entry.insert(QStringLiteral("Error"), error);
                    run->rows.append({formatIsoUtcMs(image.timestampMs), QString(), error});
                    ++run->missing;
                }
                run->index.append(entry);
            }
        },
        [&env, session, run, progress, done](const Result<QString>& end) {
            if (!end) {
                progress->clear();
                return serviceError(env, end.error());
            }
            if (!run->writeError.isEmpty()) {
                progress->clear();
                return serviceError(
                    env,
                    AwsError::make(AwsError::Kind::Io, QStringLiteral("IoError"), run->writeError));
            }
            runPart(env, session, run, progress, done);
        });
}

} // namespace

void runImages(CliEnv& env, const QStringList& args) {
    QCommandLineParser parser;
    addStreamOptions(parser);
    parser.addOptions({
        {QStringLiteral("start"), QStringLiteral("Start time."), QStringLiteral("T")},
        {QStringLiteral("end"), QStringLiteral("End time."), QStringLiteral("T")},
        {QStringLiteral("interval-ms"), QStringLiteral("Sampling interval (3000..20000 ms)."),
         QStringLiteral("N")},
        {QStringLiteral("format"), QStringLiteral("jpeg or png."), QStringLiteral("F"),
         QStringLiteral("jpeg")},
        {QStringLiteral("quality"), QStringLiteral("JPEG quality 1..100."), QStringLiteral("Q")},
        {QStringLiteral("width"), QStringLiteral("Image width."), QStringLiteral("W")},
        {QStringLiteral("height"), QStringLiteral("Image height."), QStringLiteral("H")},
        {QStringLiteral("timestamp"), QStringLiteral("server or producer."),
         QStringLiteral("CLOCK"), QStringLiteral("server")},
        {QStringLiteral("out"), QStringLiteral("Directory for the images and index.json."),
         QStringLiteral("DIR")},
    });
    if (!parseCommandArgs(env, parser, args, QStringLiteral("images")))
        return;
    if (!parser.positionalArguments().isEmpty())
        return env.usageError(
            QStringLiteral("unexpected argument '%1'").arg(parser.positionalArguments().first()));
    StreamRef stream;
    if (!streamFromParser(env, parser, &stream))
        return;
    for (const char* required : {"start", "end", "interval-ms", "out"})
        if (!parser.isSet(QLatin1String(required)))
            return env.usageError(QStringLiteral("--%1 is required").arg(QLatin1String(required)));
    ImageRequest request;
    const auto start = parseTimeArgument(parser.value(QStringLiteral("start")));
    const auto end = parseTimeArgument(parser.value(QStringLiteral("end")));
    if (!start || !end)
        return env.usageError((!start ? start.error() : end.error()).message);
    request.startMs = *start;
    request.endMs = *end;
    bool ok = false;
    request.samplingIntervalMs = parser.value(QStringLiteral("interval-ms")).toInt(&ok);
    if (!ok)
        return env.usageError(QStringLiteral("--interval-ms needs a whole number"));
    const QString format = parser.value(QStringLiteral("format"));
    if (format != QLatin1String("jpeg") && format != QLatin1String("png"))
        return env.usageError(QStringLiteral("--format must be jpeg or png"));
    request.format = format == QLatin1String("jpeg") ? ImageFormat::Jpeg : ImageFormat::Png;
    const QString clock = parser.value(QStringLiteral("timestamp"));
    if (clock != QLatin1String("server") && clock != QLatin1String("producer"))
        return env.usageError(QStringLiteral("--timestamp must be server or producer"));
    request.clock =
        clock == QLatin1String("server") ? TimestampType::Server : TimestampType::Producer;
    for (const auto& [name, target] :
         {std::pair{QStringLiteral("quality"), &request.jpegQuality},
          std::pair{QStringLiteral("width"), &request.widthPixels},
          std::pair{QStringLiteral("height"), &request.heightPixels}}) {
        if (!parser.isSet(name))
            continue;
        const int v = parser.value(name).toInt(&ok);
        if (!ok)
            return env.usageError(QStringLiteral("--%1 needs a whole number").arg(name));
        *target = v;
    }
    if (request.widthPixels.has_value() != request.heightPixels.has_value())
        return env.usageError(QStringLiteral("--width and --height go together"));
    const QString invalid = request.validate();
    if (!invalid.isEmpty())
        return env.usageError(invalid);

    auto run = std::make_shared<ImagesRun>();
    run->stream = stream;
    run->parts = request.split();
    run->outDir = parser.value(QStringLiteral("out"));
    run->format = request.format;
    if (!QDir().mkpath(run->outDir))
        return serviceError(
            env,
            AwsError::make(AwsError::Kind::Io, QStringLiteral("IoError"),
                           QStringLiteral("could not create the directory %1").arg(run->outDir)));
    auto session = CliSession::create(env);
    if (!session)
        return;
    auto progress = std::make_shared<ProgressLine>(env.err(), env.options().progress);
    runPart(env, session, run, progress, [&env, run, request, progress] {
        progress->clear();
        QJsonObject index{
            {QStringLiteral("Stream"), run->stream.display()},
            {QStringLiteral("Start"), formatIsoUtcMs(request.startMs)},
            {QStringLiteral("End"), formatIsoUtcMs(request.endMs)},
            {QStringLiteral("SamplingIntervalMs"), request.samplingIntervalMs},
            {QStringLiteral("Format"), toWire(request.format)},
            {QStringLiteral("ImageSelectorType"), request.clock == TimestampType::Server
                                                      ? QStringLiteral("SERVER_TIMESTAMP")
                                                      : QStringLiteral("PRODUCER_TIMESTAMP")},
            {QStringLiteral("Written"), run->written},
            {QStringLiteral("Missing"), run->missing},
            {QStringLiteral("Images"), run->index}};
        QString error;
        if (!writeAtomically(QDir(run->outDir).filePath(QStringLiteral("index.json")),
                             QJsonDocument(index).toJson(QJsonDocument::Indented), &error))
            return serviceError(
                env, AwsError::make(AwsError::Kind::Io, QStringLiteral("IoError"), error));
        if (env.options().output == OutputFormat::Json) {
            printJson(env.out(), index);
        } else {
            printTable(env.out(),
                       {QStringLiteral("TIMESTAMP (UTC)"), QStringLiteral("FILE"),
                        QStringLiteral("ERROR")},
                       run->rows);
            env.out() << run->written << " image(s) written to " << run->outDir << ", "
                      << run->missing << " timestamp(s) without an image\n";
        }
        env.out().flush();
        env.finish(ExitOk);
    });
}

} // namespace kinescope::cli
