#pragma once

#include <QCommandLineParser>
#include <QStringList>
#include <QTextStream>
#include <QUrl>

#include <functional>

namespace kinescope::cli {

enum class OutputFormat { Table, Json };

// Exit codes of kinescope-cli.
enum ExitCode { ExitOk = 0, ExitFailure = 1, ExitUsage = 2 };

struct GlobalOptions {
    QString profile;
    QString region;
    QUrl endpointUrl;
    OutputFormat output = OutputFormat::Table;
    bool progress = true;
    bool verbose = false;
};

// What a command gets: the global options, its own arguments (after the command words) and
// the streams to write to. A command ends by calling finish(code) exactly once — right away
// for synchronous work, or later from a signal for network work.
class CliEnv {
public:
    CliEnv(GlobalOptions options, QTextStream& out, QTextStream& err,
           std::function<void(int)> finisher)
        : m_options(std::move(options))
        , m_out(out)
        , m_err(err)
        , m_finisher(std::move(finisher)) {}

    const GlobalOptions& options() const { return m_options; }
    QTextStream& out() { return m_out; }
    QTextStream& err() { return m_err; }
    void finish(int code) { m_finisher(code); }

    // Prints "kinescope-cli: <message>" and the usage hint on stderr, then finish(ExitUsage).
    void usageError(const QString& message) {
        m_err << "kinescope-cli: " << message << "\nRun 'kinescope-cli --help' for usage.\n";
        m_err.flush();
        finish(ExitUsage);
    }

private:
    GlobalOptions m_options;
    QTextStream& m_out;
    QTextStream& m_err;
    std::function<void(int)> m_finisher;
};

// Parses a command's own options; on error reports a usage error and returns false.
inline bool parseCommandArgs(CliEnv& env, QCommandLineParser& parser, const QStringList& args,
                             const QString& commandName) {
    parser.setSingleDashWordOptionMode(QCommandLineParser::ParseAsLongOptions);
    if (!parser.parse(QStringList{commandName} + args)) {
        env.usageError(parser.errorText());
        return false;
    }
    return true;
}

} // namespace kinescope::cli
