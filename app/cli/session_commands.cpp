// kinescope-cli session (hls|dash): opens a streaming session and prints its URL.
#include "app/cli/aws_command_support.h"
#include "app/cli/cli_output.h"
#include "app/cli/cli_session.h"
#include "core/aws/aws_client.h"
#include "core/kvs/kvs_client.h"
#include "core/kvs/session_manager.h"
#include "core/kvs/streaming_session_options.h"
#include "core/util/time_format.h"

#include <QJsonObject>

namespace kinescope::cli {

namespace {

// Reads an option whose value must be one of `choices` (CLI spelling → wire value).
template <typename T>
bool choice(CliEnv& env, const QCommandLineParser& parser, const QString& name,
            const QList<QPair<QString, T>>& choices, std::optional<T>* out) {
    if (!parser.isSet(name))
        return true;
    const QString v = parser.value(name);
    QStringList names;
    for (const auto& [text, value] : choices) {
        if (v == text) {
            *out = value;
            return true;
        }
        names << text;
    }
    env.usageError(QStringLiteral("--%1 must be %2").arg(name, names.join(QLatin1Char('|'))));
    return false;
}

bool number(CliEnv& env, const QCommandLineParser& parser, const QString& name,
            std::optional<qint64>* out) {
    if (!parser.isSet(name))
        return true;
    bool ok = false;
    const qint64 n = parser.value(name).toLongLong(&ok);
    if (!ok) {
        env.usageError(QStringLiteral("--%1 needs a whole number").arg(name));
        return false;
    }
    *out = n;
    return true;
}

bool time(CliEnv& env, const QCommandLineParser& parser, const QString& name,
          std::optional<qint64>* out) {
    if (!parser.isSet(name))
        return true;
    const auto t = parseTimeArgument(parser.value(name));
    if (!t) {
        env.usageError(t.error().message);
        return false;
    }
    *out = *t;
    return true;
}

} // namespace

void runSession(CliEnv& env, const QString& protocol, const QStringList& args) {
    if (protocol != QLatin1String("hls") && protocol != QLatin1String("dash"))
        return env.usageError(QStringLiteral("session needs hls or dash"));
    QCommandLineParser parser;
    addStreamOptions(parser);
    const QList<QCommandLineOption> options{
        {QStringLiteral("mode"), QStringLiteral("live, live-replay or on-demand."),
         QStringLiteral("MODE")},
        {QStringLiteral("start"), QStringLiteral("Start time."), QStringLiteral("T")},
        {QStringLiteral("end"), QStringLiteral("End time."), QStringLiteral("T")},
        {QStringLiteral("timestamp"), QStringLiteral("server or producer."),
         QStringLiteral("CLOCK")},
        {QStringLiteral("container"), QStringLiteral("fmp4 or ts (HLS)."), QStringLiteral("C")},
        {QStringLiteral("discontinuity"),
         QStringLiteral("always, never or on-discontinuity (HLS)."), QStringLiteral("D")},
        {QStringLiteral("display-timestamp"), QStringLiteral("always or never."),
         QStringLiteral("D")},
        {QStringLiteral("display-fragment-number"), QStringLiteral("always or never (DASH)."),
         QStringLiteral("D")},
        {QStringLiteral("expires"), QStringLiteral("Session lifetime in seconds (300..43200)."),
         QStringLiteral("S")},
        {QStringLiteral("max-fragments"), QStringLiteral("Fragments per playlist (1..5000)."),
         QStringLiteral("N")}};
    parser.addOptions(options);
    if (!parseCommandArgs(env, parser, args, QStringLiteral("session ") + protocol))
        return;
    if (!parser.positionalArguments().isEmpty())
        return env.usageError(
            QStringLiteral("unexpected argument '%1'").arg(parser.positionalArguments().first()));
    StreamRef stream;
    if (!streamFromParser(env, parser, &stream))
        return;

    StreamingSessionOptions o;
    o.protocol =
        protocol == QLatin1String("hls") ? StreamingProtocol::Hls : StreamingProtocol::Dash;
    std::optional<PlaybackMode> mode;
    std::optional<TimestampType> clock;
    std::optional<ContainerFormat> container;
    std::optional<DisplayMode> displayTimestamp;
    std::optional<DisplayMode> displayNumber;
    std::optional<qint64> expires;
    const QList<QPair<QString, DisplayMode>> display{
        {QStringLiteral("always"), DisplayMode::Always},
        {QStringLiteral("never"), DisplayMode::Never}};
    if (!parser.isSet(QStringLiteral("mode")))
        return env.usageError(QStringLiteral("--mode is required (live|live-replay|on-demand)"));
    if (!choice<PlaybackMode>(env, parser, QStringLiteral("mode"),
                              {{QStringLiteral("live"), PlaybackMode::Live},
                               {QStringLiteral("live-replay"), PlaybackMode::LiveReplay},
                               {QStringLiteral("on-demand"), PlaybackMode::OnDemand}},
                              &mode) ||
        !choice<TimestampType>(env, parser, QStringLiteral("timestamp"),
                               {{QStringLiteral("server"), TimestampType::Server},
                                {QStringLiteral("producer"), TimestampType::Producer}},
                               &clock) ||
        !choice<ContainerFormat>(env, parser, QStringLiteral("container"),
                                 {{QStringLiteral("fmp4"), ContainerFormat::FragmentedMp4},
                                  {QStringLiteral("ts"), ContainerFormat::MpegTs}},
                                 &container) ||
        !choice<DiscontinuityMode>(
            env, parser, QStringLiteral("discontinuity"),
            {{QStringLiteral("always"), DiscontinuityMode::Always},
             {QStringLiteral("never"), DiscontinuityMode::Never},
             {QStringLiteral("on-discontinuity"), DiscontinuityMode::OnDiscontinuity}},
            &o.discontinuity) ||
        !choice<DisplayMode>(env, parser, QStringLiteral("display-timestamp"), display,
                             &displayTimestamp) ||
        !choice<DisplayMode>(env, parser, QStringLiteral("display-fragment-number"), display,
                             &displayNumber) ||
        !number(env, parser, QStringLiteral("expires"), &expires) ||
        !number(env, parser, QStringLiteral("max-fragments"), &o.maxFragments) ||
        !time(env, parser, QStringLiteral("start"), &o.startMs) ||
        !time(env, parser, QStringLiteral("end"), &o.endMs))
        return;
    o.mode = *mode;
    o.clock = clock.value_or(TimestampType::Server);
    o.container = container.value_or(ContainerFormat::FragmentedMp4);
    o.displayTimestamp = displayTimestamp.value_or(DisplayMode::Never);
    o.displayFragmentNumber = displayNumber.value_or(DisplayMode::Never);
    if (expires)
        o.expiresSeconds = int(std::clamp<qint64>(*expires, -1, 1 << 30));
    const QString invalid = o.validate();
    if (!invalid.isEmpty())
        return env.usageError(invalid);

    auto session = CliSession::create(env);
    if (!session)
        return;
    const QString member = o.protocol == StreamingProtocol::Hls
                               ? QStringLiteral("HLSStreamingSessionURL")
                               : QStringLiteral("DASHStreamingSessionURL");
    session->kvs()->streamingSessionUrl(
        stream, o, session->context(), [&env, session, o, member](const Result<QUrl>& url) {
            if (!url) {
                const AwsError& e = url.error();
                env.err() << "kinescope-cli: "
                          << SessionManager::explain(e, o, session->aws()->clockSkewSeconds())
                          << '\n';
                if (e.kind == AwsError::Kind::Service || !e.requestId.isEmpty())
                    env.err() << "  " << e.toString() << '\n';
                env.err().flush();
                return env.finish(e.kind == AwsError::Kind::Usage ? ExitUsage : ExitFailure);
            }
            const QString text = url->toString(QUrl::FullyEncoded);
            if (env.options().output == OutputFormat::Json)
                printJson(env.out(), QJsonObject{{member, text}});
            else
                env.out() << text << '\n';
            env.out().flush();
            env.finish(ExitOk);
        });
}

} // namespace kinescope::cli
