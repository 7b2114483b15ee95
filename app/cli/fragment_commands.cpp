#include "app/cli/aws_command_support.h"
#include "app/cli/cli_output.h"
#include "app/cli/cli_session.h"
#include "core/aws/aws_client.h"
#include "core/kvs/fragment_list_job.h"
#include "core/kvs/fragment_store.h"
#include "core/util/time_format.h"

#include <QJsonArray>
#include <QJsonObject>

#include <algorithm>
#include <memory>

namespace kinescope::cli {

namespace {

// ---- fragments list / gaps ----------------------------------------------------------------

struct FragmentSelection {
    StreamRef stream;
    FragmentSelector selector;
    QString cachePath; // empty = no cache
};

bool parseSelection(CliEnv& env, QCommandLineParser& parser, FragmentSelection* sel) {
    if (!streamFromParser(env, parser, &sel->stream))
        return false;
    if (!parser.isSet(QStringLiteral("start")) || !parser.isSet(QStringLiteral("end"))) {
        env.usageError(QStringLiteral("--start and --end are required"));
        return false;
    }
    const auto start = parseTimeArgument(parser.value(QStringLiteral("start")));
    const auto end = parseTimeArgument(parser.value(QStringLiteral("end")));
    if (!start || !end) {
        env.usageError((!start ? start.error() : end.error()).message);
        return false;
    }
    if (*end < *start) {
        env.usageError(QStringLiteral("--end is before --start"));
        return false;
    }
    const QString ts = parser.value(QStringLiteral("timestamp"));
    if (ts != QLatin1String("server") && ts != QLatin1String("producer")) {
        env.usageError(QStringLiteral("--timestamp must be server or producer"));
        return false;
    }
    sel->selector.type =
        ts == QLatin1String("server") ? TimestampType::Server : TimestampType::Producer;
    sel->selector.startMs = *start;
    sel->selector.endMs = *end;
    if (parser.isSet(QStringLiteral("no-cache")) && parser.isSet(QStringLiteral("cache"))) {
        env.usageError(QStringLiteral("--cache and --no-cache exclude each other"));
        return false;
    }
    if (!parser.isSet(QStringLiteral("no-cache")))
        sel->cachePath = parser.isSet(QStringLiteral("cache"))
                             ? parser.value(QStringLiteral("cache"))
                             : FragmentStore::defaultPath();
    return true;
}

void addSelectionOptions(QCommandLineParser& parser) {
    addStreamOptions(parser);
    parser.addOption({QStringLiteral("start"), QStringLiteral("Start time."), QStringLiteral("T")});
    parser.addOption({QStringLiteral("end"), QStringLiteral("End time."), QStringLiteral("T")});
    parser.addOption({QStringLiteral("timestamp"), QStringLiteral("server or producer."),
                      QStringLiteral("CLOCK"), QStringLiteral("server")});
    parser.addOption(
        {QStringLiteral("cache"), QStringLiteral("Fragment cache file."), QStringLiteral("FILE")});
    parser.addOption(
        {QStringLiteral("no-cache"), QStringLiteral("Do not use the fragment cache.")});
}

// Runs the listing job with a progress line, then calls done with the job.
void runListing(CliEnv& env, const FragmentSelection& sel,
                std::function<void(const FragmentListJob&)> done) {
    auto session = CliSession::create(env);
    if (!session)
        return;
    FragmentListJob::Options options;
    auto store = std::make_shared<FragmentStore>();
    if (!sel.cachePath.isEmpty()) {
        const Status opened = store->open(sel.cachePath);
        if (!opened)
            env.err() << "kinescope-cli: warning: " << opened.error().userMessage()
                      << " (listing without the cache)\n";
        else
            options.store = store.get();
    }
    options.profile = session->cacheProfileKey();
    options.region = session->aws()->region();
    auto* job =
        new FragmentListJob(session->kvs(), sel.stream, sel.selector, options, session->context());
    auto progress = std::make_shared<ProgressLine>(env.err(), env.options().progress);
    QObject::connect(job, &Job::progress, job, [progress](qint64, qint64, const QString& text) {
        progress->update(QStringLiteral("Listing fragments: ") + text);
    });
    QObject::connect(job, &Job::finished, job,
                     [&env, job, progress, session, store, done = std::move(done)] {
                         progress->clear();
                         for (const QString& warning : job->warnings())
                             env.err() << "kinescope-cli: warning: " << warning << '\n';
                         if (job->state() != Job::State::Succeeded)
                             return serviceError(env, *job->error());
                         done(*job);
                     });
    job->start();
}

} // namespace

void runFragmentsList(CliEnv& env, const QStringList& args) {
    QCommandLineParser parser;
    addSelectionOptions(parser);
    if (!parseCommandArgs(env, parser, args, QStringLiteral("fragments list")))
        return;
    FragmentSelection sel;
    if (!parseSelection(env, parser, &sel))
        return;
    runListing(env, sel, [&env](const FragmentListJob& job) {
        const FragmentIndex& index = job.index();
        if (env.options().output == OutputFormat::Json) {
            QJsonArray array;
            for (qsizetype i = 0; i < index.size(); ++i) {
                const Fragment f = index.fragment(i);
                array.append(
                    QJsonObject{{QStringLiteral("FragmentNumber"), f.fragmentNumber},
                                {QStringLiteral("FragmentSizeInBytes"), f.sizeBytes},
                                {QStringLiteral("ProducerTimestamp"), formatIsoUtcMs(f.producerMs)},
                                {QStringLiteral("ServerTimestamp"), formatIsoUtcMs(f.serverMs)},
                                {QStringLiteral("FragmentLengthInMilliseconds"), f.durationMs}});
            }
            printJson(env.out(), array);
        } else {
            QList<QStringList> rows;
            rows.reserve(index.size());
            for (qsizetype i = 0; i < index.size(); ++i) {
                const Fragment f = index.fragment(i);
                rows.append({f.fragmentNumber, formatIsoUtcMs(f.producerMs),
                             formatIsoUtcMs(f.serverMs), QString::number(f.durationMs),
                             QString::number(f.sizeBytes), QString::number(f.driftMs())});
            }
            printTable(env.out(),
                       {QStringLiteral("FRAGMENT NUMBER"), QStringLiteral("PRODUCER (UTC)"),
                        QStringLiteral("SERVER (UTC)"), QStringLiteral("DURATION MS"),
                        QStringLiteral("BYTES"), QStringLiteral("DRIFT MS")},
                       rows);
        }
        env.finish(ExitOk);
    });
}

void runFragmentsGaps(CliEnv& env, const QStringList& args) {
    QCommandLineParser parser;
    addSelectionOptions(parser);
    parser.addOption({QStringLiteral("min-gap-ms"),
                      QStringLiteral("Ignore holes shorter than N ms."), QStringLiteral("N"),
                      QStringLiteral("0")});
    if (!parseCommandArgs(env, parser, args, QStringLiteral("fragments gaps")))
        return;
    FragmentSelection sel;
    if (!parseSelection(env, parser, &sel))
        return;
    bool ok = false;
    const qint64 minGap = parser.value(QStringLiteral("min-gap-ms")).toLongLong(&ok);
    if (!ok || minGap < 0)
        return env.usageError(QStringLiteral("--min-gap-ms needs a number ≥ 0"));
    runListing(env, sel, [&env, sel, minGap](const FragmentListJob& job) {
        const FragmentIndex& index = job.index();
        const qint64 t0 = sel.selector.startMs;
        const qint64 t1 = sel.selector.endMs;
        const QList<TimeInterval> coverage = index.coverage(minGap, t0, t1);
        const QList<TimeInterval> gaps = index.gaps(minGap, t0, t1);
        if (env.options().output == OutputFormat::Json) {
            auto intervals = [](const QList<TimeInterval>& list) {
                QJsonArray a;
                for (const TimeInterval& i : list)
                    a.append(QJsonObject{{QStringLiteral("Start"), formatIsoUtcMs(i.startMs)},
                                         {QStringLiteral("End"), formatIsoUtcMs(i.endMs)},
                                         {QStringLiteral("DurationMs"), i.durationMs()}});
                return a;
            };
            printJson(env.out(), QJsonObject{{QStringLiteral("Start"), formatIsoUtcMs(t0)},
                                             {QStringLiteral("End"), formatIsoUtcMs(t1)},
                                             {QStringLiteral("Fragments"), qint64(index.size())},
                                             {QStringLiteral("CoveredMs"), index.coveredMs(t0, t1)},
                                             {QStringLiteral("Coverage"), intervals(coverage)},
                                             {QStringLiteral("Gaps"), intervals(gaps)}});
        } else {
            QList<QStringList> rows;
            for (const TimeInterval& i : coverage)
                rows.append({QStringLiteral("recorded"), formatIsoUtcMs(i.startMs),
                             formatIsoUtcMs(i.endMs), formatDuration(i.durationMs())});
            for (const TimeInterval& i : gaps)
                rows.append({QStringLiteral("gap"), formatIsoUtcMs(i.startMs),
                             formatIsoUtcMs(i.endMs), formatDuration(i.durationMs())});
            std::sort(rows.begin(), rows.end(),
                      [](const QStringList& a, const QStringList& b) { return a[1] < b[1]; });
            printTable(env.out(),
                       {QStringLiteral("KIND"), QStringLiteral("START (UTC)"),
                        QStringLiteral("END (UTC)"), QStringLiteral("LENGTH")},
                       rows);
        }
        env.finish(ExitOk);
    });
}

} // namespace kinescope::cli
