#include "emulator/emulator_cli.h"

namespace kinescope::emu {

QString emulatorUsage() {
    return QStringLiteral(
        "Usage: kinescope-emulator [options]\n"
        "Local emulator of the AWS APIs Kinescope uses (Kinesis Video Streams, STS, SSO).\n"
        "The first line on stdout is \"PORT <n>\".\n\n"
        "  --port N                   listen on 127.0.0.1:N (default 0: a free port)\n"
        "  --scenario FILE            scenario JSON (default: the built-in scenario)\n"
        "  --print-default-scenario   print the built-in scenario and exit\n"
        "  --no-quotas                do not enforce the KVS request quotas\n"
        "  --throttle-every N         throttle every Nth API call\n"
        "  --fail-once-per-operation  answer the first call of each operation with a 500\n"
        "  --latency-ms N             delay every answer by N ms\n"
        "  --cut-body-after K         drop streamed response bodies after K bytes\n"
        "  --session-expiry-s N       streaming sessions expire after N seconds\n"
        "  --clock-skew-s N           run the server clock N seconds ahead (negative: behind)\n"
        "  --verbose                  log requests on stderr (never secrets)\n"
        "  --help                     this text\n");
}

bool parseEmulatorCommandLine(const QStringList& arguments, EmulatorCommandLine* out,
                              QString* error) {
    EmulatorCommandLine c;
    auto fail = [&](const QString& message) {
        if (error)
            *error = message;
        return false;
    };
    for (int i = 1; i < arguments.size(); ++i) {
        QString arg = arguments.at(i);
        QString value;
        bool hasInlineValue = false;
        const qsizetype eq = arg.indexOf(QLatin1Char('='));
        if (arg.startsWith(QLatin1String("--")) && eq > 0) {
            value = arg.mid(eq + 1);
            arg = arg.left(eq);
            hasInlineValue = true;
        }
        auto takeValue = [&](QString* v) {
            if (hasInlineValue) {
                *v = value;
                return true;
            }
            if (i + 1 >= arguments.size())
                return false;
            *v = arguments.at(++i);
            return true;
        };
        auto takeNumber = [&](qint64 min, qint64 max, qint64* n) {
            QString v;
            if (!takeValue(&v))
                return fail(QStringLiteral("%1 needs a value").arg(arg));
            bool ok = false;
            *n = v.toLongLong(&ok);
            if (!ok || *n < min || *n > max)
                return fail(QStringLiteral("%1: expected a number from %2 to %3, got '%4'")
                                .arg(arg)
                                .arg(min)
                                .arg(max)
                                .arg(v));
            return true;
        };
        qint64 n = 0;
        if (arg == QLatin1String("--help") || arg == QLatin1String("-h")) {
            c.help = true;
        } else if (arg == QLatin1String("--port")) {
            if (!takeNumber(0, 65535, &n))
                return false;
            c.options.port = quint16(n);
        } else if (arg == QLatin1String("--scenario")) {
            if (!takeValue(&c.scenarioPath) || c.scenarioPath.isEmpty())
                return fail(QStringLiteral("--scenario needs a file"));
        } else if (arg == QLatin1String("--print-default-scenario")) {
            c.printDefaultScenario = true;
        } else if (arg == QLatin1String("--no-quotas")) {
            c.options.quotas.enabled = false;
        } else if (arg == QLatin1String("--throttle-every")) {
            if (!takeNumber(0, 1'000'000, &n))
                return false;
            c.options.faults.throttleEveryN = int(n);
        } else if (arg == QLatin1String("--fail-once-per-operation")) {
            c.options.faults.failOncePerOperation = true;
        } else if (arg == QLatin1String("--latency-ms")) {
            if (!takeNumber(0, 600'000, &n))
                return false;
            c.options.faults.latencyMs = int(n);
        } else if (arg == QLatin1String("--cut-body-after")) {
            if (!takeNumber(0, std::numeric_limits<qint64>::max(), &n))
                return false;
            c.options.faults.cutBodyAfterBytes = n;
        } else if (arg == QLatin1String("--session-expiry-s")) {
            if (!takeNumber(1, 43200, &n))
                return false;
            c.options.faults.sessionExpirySeconds = int(n);
        } else if (arg == QLatin1String("--clock-skew-s")) {
            if (!takeNumber(-365LL * 86400, 365LL * 86400, &n))
                return false;
            c.options.faults.clockSkewSeconds = n;
        } else if (arg == QLatin1String("--verbose") || arg == QLatin1String("-v")) {
            c.verbose = true;
        } else {
            return fail(QStringLiteral("unknown option %1").arg(arguments.at(i)));
        }
    }
    *out = std::move(c);
    return true;
}

} // namespace kinescope::emu
