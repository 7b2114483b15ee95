#include "app/cli/aws_command_support.h"

namespace kinescope::cli {

void serviceError(CliEnv& env, const AwsError& error) {
    env.err() << "kinescope-cli: " << error.userMessage() << '\n';
    if (error.kind == AwsError::Kind::Service || !error.requestId.isEmpty())
        env.err() << "  " << error.toString() << '\n';
    env.err().flush();
    env.finish(error.kind == AwsError::Kind::Usage ? ExitUsage : ExitFailure);
}

bool streamFromParser(CliEnv& env, const QCommandLineParser& parser, StreamRef* stream) {
    const bool byName = parser.isSet(QStringLiteral("stream"));
    const bool byArn = parser.isSet(QStringLiteral("stream-arn"));
    if (byName == byArn) {
        env.usageError(
            QStringLiteral("name the stream with exactly one of --stream or --stream-arn"));
        return false;
    }
    *stream = byName ? StreamRef::byName(parser.value(QStringLiteral("stream")))
                     : StreamRef::byArn(parser.value(QStringLiteral("stream-arn")));
    return true;
}

void addStreamOptions(QCommandLineParser& parser) {
    parser.addOption(
        {QStringLiteral("stream"), QStringLiteral("Stream name."), QStringLiteral("NAME")});
    parser.addOption(
        {QStringLiteral("stream-arn"), QStringLiteral("Stream ARN."), QStringLiteral("ARN")});
}

} // namespace kinescope::cli
