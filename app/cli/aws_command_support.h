#pragma once

#include "app/cli/cli_env.h"
#include "core/aws/aws_error.h"
#include "core/kvs/kvs_types.h"

#include <QCommandLineParser>

namespace kinescope::cli {

// Pieces shared by the AWS commands.

// Prints the error for people (and its AWS details) and finishes with exit code 1 (2 for
// usage errors).
void serviceError(CliEnv& env, const AwsError& error);
// Adds --stream NAME and --stream-arn ARN.
void addStreamOptions(QCommandLineParser& parser);
// Reads exactly one of --stream / --stream-arn; reports a usage error otherwise.
bool streamFromParser(CliEnv& env, const QCommandLineParser& parser, StreamRef* stream);

// "streams list" and "streams describe".
void runStreamsList(CliEnv& env, const QStringList& args);
void runStreamsDescribe(CliEnv& env, const QStringList& args);
// "fragments list" and "fragments gaps".
void runFragmentsList(CliEnv& env, const QStringList& args);
void runFragmentsGaps(CliEnv& env, const QStringList& args);
// "session hls|dash" (session_commands.cpp) and "images" (image_commands.cpp).
void runSession(CliEnv& env, const QString& protocol, const QStringList& args);
void runImages(CliEnv& env, const QStringList& args);

} // namespace kinescope::cli
