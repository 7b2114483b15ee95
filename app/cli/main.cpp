// kinescope-cli: every Kinescope operation from the command line, on the same core as the app.
#include "app/cli/cli_env.h"
#include "app/cli/cli_session.h"
#include "app/cli/command_dispatch.h"

#include <QCoreApplication>
#include <QTimer>

#include <cstdio>
#include <unistd.h>

using namespace kinescope::cli;

namespace {

const char* const kUsage = R"(Usage: kinescope-cli [global options] <command> [options]

Commands:
  streams list [--name-prefix P] [--max-items N] [--page-size N] [--starting-token T]
  streams describe (--stream NAME | --stream-arn ARN)
  fragments list (--stream NAME | --stream-arn ARN) --start T --end T
                 [--timestamp server|producer] [--cache FILE | --no-cache]
  fragments gaps (--stream NAME | --stream-arn ARN) --start T --end T
                 [--timestamp server|producer] [--min-gap-ms N] [--cache FILE | --no-cache]
  session (hls|dash) (--stream NAME | --stream-arn ARN) --mode live|live-replay|on-demand
                 [--start T] [--end T] [--timestamp server|producer] [--container fmp4|ts]
                 [--discontinuity always|never|on-discontinuity]
                 [--display-timestamp always|never] [--display-fragment-number always|never]
                 [--expires S] [--max-fragments N]
  images (--stream NAME | --stream-arn ARN) --start T --end T --interval-ms N
                 [--format jpeg|png] [--quality Q] [--width W --height H]
                 [--timestamp server|producer] --out DIR
  inspect FILE [--frames]

Global options:
  --profile P          AWS profile (default: AWS_PROFILE, then "default")
  --region R           AWS region (default: AWS_REGION, AWS_DEFAULT_REGION, profile region)
  --endpoint-url URL   send every request to URL (e.g. the local emulator)
  --output json|table  output format (default: table on a terminal, json otherwise)
  --no-progress        no progress line on stderr
  --verbose            log each request on stderr (secrets and tokens redacted)
  --help, --version

Times are ISO 8601 with a zone (2024-05-01T12:00:00Z) or epoch seconds.
Exit status: 0 success, 1 service or I/O error, 2 usage error.
)";

struct Parsed {
    GlobalOptions options;
    QStringList rest;
    QString error;
    bool help = false;
    bool version = false;
};

// Global options may stand anywhere on the line, as with the AWS CLI.
Parsed parseGlobal(const QStringList& args) {
    Parsed p;
    p.options.output = isatty(STDOUT_FILENO) ? OutputFormat::Table : OutputFormat::Json;
    bool outputSet = false;
    for (qsizetype i = 0; i < args.size(); ++i) {
        const QString& a = args[i];
        auto value = [&](QString* target) {
            const int eq = int(a.indexOf(QLatin1Char('=')));
            if (eq > 0) {
                *target = a.mid(eq + 1);
                return true;
            }
            if (i + 1 >= args.size()) {
                p.error = QStringLiteral("option %1 needs a value").arg(a);
                return false;
            }
            *target = args[++i];
            return true;
        };
        auto is = [&](const char* name) {
            return a == QLatin1String(name) || a.startsWith(QLatin1String(name) + QLatin1Char('='));
        };
        QString v;
        if (is("--profile")) {
            if (!value(&p.options.profile))
                return p;
        } else if (is("--region")) {
            if (!value(&p.options.region))
                return p;
        } else if (is("--endpoint-url")) {
            if (!value(&v))
                return p;
            p.options.endpointUrl = QUrl(v, QUrl::StrictMode);
            if (!p.options.endpointUrl.isValid() || p.options.endpointUrl.host().isEmpty() ||
                (p.options.endpointUrl.scheme() != QLatin1String("http") &&
                 p.options.endpointUrl.scheme() != QLatin1String("https"))) {
                p.error = QStringLiteral("--endpoint-url '%1' is not an http(s) URL").arg(v);
                return p;
            }
        } else if (is("--output")) {
            if (!value(&v))
                return p;
            if (v == QLatin1String("json"))
                p.options.output = OutputFormat::Json;
            else if (v == QLatin1String("table"))
                p.options.output = OutputFormat::Table;
            else {
                p.error = QStringLiteral("--output must be json or table, not '%1'").arg(v);
                return p;
            }
            outputSet = true;
        } else if (a == QLatin1String("--no-progress")) {
            p.options.progress = false;
        } else if (a == QLatin1String("--verbose")) {
            p.options.verbose = true;
        } else if (a == QLatin1String("--help") || a == QLatin1String("-h")) {
            p.help = true;
        } else if (a == QLatin1String("--version")) {
            p.version = true;
        } else {
            p.rest.append(a);
        }
    }
    Q_UNUSED(outputSet);
    return p;
}

} // namespace

int main(int argc, char* argv[]) {
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("kinescope"));
    QCoreApplication::setOrganizationName(QStringLiteral("Kinescope"));
    QCoreApplication::setApplicationVersion(QStringLiteral(KINESCOPE_VERSION));

    static QTextStream out(stdout);
    static QTextStream err(stderr);

    const Parsed parsed = parseGlobal(app.arguments().mid(1));
    if (parsed.version) {
        out << "kinescope-cli " << KINESCOPE_VERSION << '\n';
        return ExitOk;
    }
    if (parsed.help || (parsed.rest.isEmpty() && parsed.error.isEmpty())) {
        (parsed.help ? out : err) << kUsage;
        return parsed.help ? ExitOk : ExitUsage;
    }
    if (!parsed.error.isEmpty()) {
        err << "kinescope-cli: " << parsed.error << "\nRun 'kinescope-cli --help' for usage.\n";
        return ExitUsage;
    }

    int exitCode = -1;
    CliEnv env(parsed.options, out, err, [&exitCode](int code) {
        if (exitCode != -1)
            return;
        exitCode = code;
        QTimer::singleShot(0, qApp, [code] { QCoreApplication::exit(code); });
    });

    // Start the command once the event loop runs; it ends with env.finish().
    QTimer::singleShot(0, &app, [&env, rest = parsed.rest] { dispatchCommand(env, rest); });
    const int code = app.exec();
    // Release the AWS sessions while Qt can still run deferred deletions: a
    // QNetworkAccessManager hands its HTTP connections to a worker thread that frees them
    // asynchronously, and leaving that to process exit leaks them.
    const auto sessions = app.findChildren<CliSession*>(Qt::FindDirectChildrenOnly);
    qDeleteAll(sessions);
    QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete);
    out.flush();
    err.flush();
    return code;
}
