// kinescope-emulator: the local AWS emulator as a process (see emulator/README.md).
#include "emulator/emulator.h"
#include "emulator/emulator_cli.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QSocketNotifier>

#include <csignal>
#include <cstdio>
#include <sys/socket.h>
#include <unistd.h>

namespace {

int g_signalPipe[2] = {-1, -1};

void onSignal(int) {
    const char byte = 1;
    [[maybe_unused]] const ssize_t n = ::write(g_signalPipe[1], &byte, 1);
}

void printLine(FILE* stream, const QString& text) {
    std::fputs(qPrintable(text + QLatin1Char('\n')), stream);
    std::fflush(stream);
}

} // namespace

int main(int argc, char** argv) {
    using namespace kinescope::emu;
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("kinescope-emulator"));

    EmulatorCommandLine cli;
    QString error;
    if (!parseEmulatorCommandLine(QCoreApplication::arguments(), &cli, &error)) {
        printLine(stderr, QStringLiteral("kinescope-emulator: ") + error);
        std::fputs(qPrintable(emulatorUsage()), stderr);
        return 2;
    }
    if (cli.help) {
        std::fputs(qPrintable(emulatorUsage()), stdout);
        return 0;
    }
    if (cli.printDefaultScenario) {
        std::fputs(Scenario::defaultScenarioJson().constData(), stdout);
        return 0;
    }
    const qint64 now =
        QDateTime::currentMSecsSinceEpoch() + cli.options.faults.clockSkewSeconds * 1000;
    if (!cli.scenarioPath.isEmpty()) {
        auto scenario = Scenario::load(cli.scenarioPath, now, &error);
        if (!scenario) {
            printLine(stderr, QStringLiteral("kinescope-emulator: ") + error);
            return 2;
        }
        cli.options.scenario = *scenario;
    }
    if (cli.verbose)
        cli.options.logger = [](const QString& line) { printLine(stderr, line); };

    Emulator emulator(cli.options);
    if (!emulator.start(&error)) {
        printLine(stderr, QStringLiteral("kinescope-emulator: cannot listen: ") + error);
        return 1;
    }
    printLine(stdout, QStringLiteral("PORT %1").arg(emulator.port()));

    const Scenario& s = emulator.scenario();
    printLine(stdout, QStringLiteral("Kinescope AWS emulator on %1 (region %2, account %3)")
                          .arg(emulator.url().toString(), s.region, s.accountId));
    for (const StreamSpec& stream : s.streams)
        printLine(stdout, QStringLiteral("  stream %1: %2 ms fragments, %3 h retention%4")
                              .arg(stream.name)
                              .arg(stream.fragmentDurationMs)
                              .arg(stream.dataRetentionHours)
                              .arg(stream.live ? QStringLiteral(", live") : QString()));
    if (!s.credentials.isEmpty())
        printLine(stdout,
                  QStringLiteral("  credentials: AWS_ACCESS_KEY_ID=%1 with the scenario's "
                                 "secret key (see emulator/README.md), AWS_DEFAULT_REGION=%2")
                      .arg(s.credentials.first().accessKeyId, s.region));
    printLine(stdout, QStringLiteral("  try: aws --endpoint-url %1 kinesisvideo list-streams")
                          .arg(emulator.url().toString()));

    if (::socketpair(AF_UNIX, SOCK_STREAM, 0, g_signalPipe) == 0) {
        auto* notifier = new QSocketNotifier(g_signalPipe[0], QSocketNotifier::Read, &app);
        QObject::connect(notifier, &QSocketNotifier::activated, &app, [] {
            char byte = 0;
            [[maybe_unused]] const ssize_t n = ::read(g_signalPipe[0], &byte, 1);
            QCoreApplication::quit();
        });
        struct sigaction action = {};
        action.sa_handler = onSignal;
        sigemptyset(&action.sa_mask);
        action.sa_flags = SA_RESTART;
        sigaction(SIGINT, &action, nullptr);
        sigaction(SIGTERM, &action, nullptr);
    }
    const int rc = QCoreApplication::exec();
    emulator.stop();
    return rc;
}
