#include "app/cli/aws_command_support.h"
#include "app/cli/cli_output.h"
#include "app/cli/cli_session.h"
#include "core/aws/paginator.h"
#include "core/kvs/kvs_client.h"
#include "core/util/time_format.h"

#include <QJsonArray>
#include <QJsonObject>

#include <memory>

namespace kinescope::cli {

namespace {

QJsonObject streamJson(const StreamInfo& s) {
    QJsonObject o{{QStringLiteral("StreamName"), s.streamName},
                  {QStringLiteral("StreamARN"), s.streamArn},
                  {QStringLiteral("DeviceName"), s.deviceName},
                  {QStringLiteral("MediaType"), s.mediaType},
                  {QStringLiteral("KmsKeyId"), s.kmsKeyId},
                  {QStringLiteral("Version"), s.version},
                  {QStringLiteral("Status"), s.status},
                  {QStringLiteral("CreationTime"), formatIsoUtcMs(s.creationTimeMs)},
                  {QStringLiteral("DataRetentionInHours"), s.dataRetentionInHours}};
    return o;
}

// --stream NAME | --stream-arn ARN
} // namespace

// ---- streams list -------------------------------------------------------------------------

void runStreamsList(CliEnv& env, const QStringList& args) {
    QCommandLineParser parser;
    parser.addOption({QStringLiteral("name-prefix"),
                      QStringLiteral("Only streams whose name begins with P."),
                      QStringLiteral("P")});
    parser.addOption({QStringLiteral("max-items"), QStringLiteral("Stop after N streams."),
                      QStringLiteral("N")});
    parser.addOption(
        {QStringLiteral("page-size"), QStringLiteral("Streams per call."), QStringLiteral("N")});
    parser.addOption(
        {QStringLiteral("starting-token"), QStringLiteral("Resume token."), QStringLiteral("T")});
    if (!parseCommandArgs(env, parser, args, QStringLiteral("streams list")))
        return;
    if (!parser.positionalArguments().isEmpty())
        return env.usageError(
            QStringLiteral("unexpected argument '%1'").arg(parser.positionalArguments().first()));
    PaginationOptions pagination;
    bool ok = true;
    if (parser.isSet(QStringLiteral("max-items")))
        pagination.maxItems = parser.value(QStringLiteral("max-items")).toLongLong(&ok);
    if (!ok || pagination.maxItems < 0)
        return env.usageError(QStringLiteral("--max-items needs a positive number"));
    if (parser.isSet(QStringLiteral("page-size")))
        pagination.pageSize = parser.value(QStringLiteral("page-size")).toInt(&ok);
    if (!ok || pagination.pageSize < 0 || pagination.pageSize > 10000)
        return env.usageError(QStringLiteral("--page-size needs a number from 1 to 10000"));
    pagination.startingToken = parser.value(QStringLiteral("starting-token"));

    auto session = CliSession::create(env);
    if (!session)
        return;
    auto streams = std::make_shared<QList<StreamInfo>>();
    const QString prefix = parser.value(QStringLiteral("name-prefix"));
    KvsClient* kvs = session->kvs();
    QObject* ctx = session->context();
    Paginator<StreamInfo>::start(
        pagination,
        [kvs, ctx, prefix](const QString& token, int pageSize, auto done) {
            kvs->listStreams(prefix, pageSize, token, ctx, done);
        },
        [streams](const QList<StreamInfo>& items) { *streams += items; },
        [&env, streams, session](const Result<QString>& resume) {
            if (!resume)
                return serviceError(env, resume.error());
            if (env.options().output == OutputFormat::Json) {
                QJsonArray array;
                for (const StreamInfo& s : *streams)
                    array.append(streamJson(s));
                QJsonObject o{{QStringLiteral("StreamInfoList"), array}};
                if (!resume->isEmpty())
                    o.insert(QStringLiteral("NextToken"), *resume);
                printJson(env.out(), o);
            } else {
                QList<QStringList> rows;
                for (const StreamInfo& s : *streams)
                    rows.append({s.streamName, s.status, s.mediaType,
                                 QString::number(s.dataRetentionInHours),
                                 formatIsoUtcMs(s.creationTimeMs)});
                printTable(env.out(),
                           {QStringLiteral("NAME"), QStringLiteral("STATUS"),
                            QStringLiteral("MEDIA TYPE"), QStringLiteral("RETENTION H"),
                            QStringLiteral("CREATED (UTC)")},
                           rows);
                if (!resume->isEmpty())
                    env.out() << "\nMore streams: --starting-token " << *resume << '\n';
            }
            env.finish(ExitOk);
        });
}

// ---- streams describe ---------------------------------------------------------------------

void runStreamsDescribe(CliEnv& env, const QStringList& args) {
    QCommandLineParser parser;
    addStreamOptions(parser);
    if (!parseCommandArgs(env, parser, args, QStringLiteral("streams describe")))
        return;
    StreamRef stream;
    if (!streamFromParser(env, parser, &stream))
        return;
    auto session = CliSession::create(env);
    if (!session)
        return;
    session->kvs()->describeStream(
        stream, session->context(), [&env, session](const Result<StreamInfo>& info) {
            if (!info)
                return serviceError(env, info.error());
            const QJsonObject o = streamJson(*info);
            if (env.options().output == OutputFormat::Json) {
                printJson(env.out(), QJsonObject{{QStringLiteral("StreamInfo"), o}});
            } else {
                QList<QStringList> rows;
                for (auto it = o.begin(); it != o.end(); ++it)
                    rows.append({it.key(), it.value().isDouble()
                                               ? QString::number(it.value().toDouble())
                                               : it.value().toString()});
                printTable(env.out(), {QStringLiteral("FIELD"), QStringLiteral("VALUE")}, rows);
            }
            env.finish(ExitOk);
        });
}

} // namespace kinescope::cli
