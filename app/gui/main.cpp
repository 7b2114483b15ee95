// kinescope: the desktop review desk.
//   kinescope [--profile P] [--region R] [--endpoint-url URL] [--stream NAME]
//             [--start T --end T] [--demo] [FILE]
// With FILE it opens the container inspector on that file instead.
#include "app/gui/desk_startup.h"
#include "core/jobs/job_registry.h"
#include "core/review/workspace.h"
#include "core/util/time_format.h"
#include "ui/desk/main_window.h"
#include "ui/i18n/language.h"
#include "ui/inspector/inspector_panel.h"
#include "ui/inspector/inspector_window.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QSettings>
#include <QTimer>

#include <cstdio>
#include <optional>

namespace {

int usageError(const QString& message) {
    std::fprintf(stderr, "kinescope: %s\nRun 'kinescope --help' for usage.\n", qPrintable(message));
    return 2;
}

int runInspector(const QString& file, const QString& shotPath) {
    kinescope::InspectorWindow window;
    window.show();
    if (!shotPath.isEmpty()) {
        auto grab = [&window, shotPath] {
            QTimer::singleShot(300, &window, [&window, shotPath] {
                const bool ok = window.grab().save(shotPath);
                QApplication::exit(ok ? 0 : 1);
            });
        };
        if (file.isEmpty())
            grab();
        else
            QObject::connect(window.panel(), &kinescope::InspectorPanel::inspectionFinished,
                             &window, grab);
    }
    if (!file.isEmpty())
        window.panel()->inspectFile(file);
    return QApplication::exec();
}

int runDesk(const kinescope::DeskStartup::Options& options) {
    kinescope::Workspace workspace;
    kinescope::MainWindow window(&workspace);
    window.show();
    kinescope::DeskStartup startup(&window, options);
    QTimer::singleShot(0, &startup, &kinescope::DeskStartup::start);
    const int rc = QApplication::exec();
    workspace.jobs()->cancelAll();
    return rc;
}

} // namespace

int main(int argc, char** argv) {
    QCommandLineParser parser;
    parser.setApplicationDescription(QApplication::translate(
        "main",
        "Kinescope: a review desk for Amazon Kinesis Video Streams. AWS profiles, regions, "
        "credentials and endpoints are resolved exactly as kinescope-cli and the AWS CLI "
        "do (AWS_* environment variables, ~/.aws/config and ~/.aws/credentials). With FILE, "
        "opens the container inspector on a media file instead."));
    const QCommandLineOption help(QStringList{QStringLiteral("h"), QStringLiteral("help")},
                                  QApplication::translate("main", "Displays this help."));
    const QCommandLineOption profile(QStringLiteral("profile"),
                                     QApplication::translate("main", "AWS profile to use."),
                                     QStringLiteral("P"));
    const QCommandLineOption region(QStringLiteral("region"),
                                    QApplication::translate("main", "AWS region."),
                                    QStringLiteral("R"));
    const QCommandLineOption endpoint(
        QStringLiteral("endpoint-url"),
        QApplication::translate("main", "Send requests to this endpoint instead of AWS."),
        QStringLiteral("URL"));
    const QCommandLineOption stream(QStringLiteral("stream"),
                                    QApplication::translate("main", "Open this stream."),
                                    QStringLiteral("NAME"));
    const QCommandLineOption start(
        QStringLiteral("start"),
        QApplication::translate("main", "Start of the time range to load (ISO 8601 with zone, or "
                                        "epoch seconds). Default: 24 hours before --end or now."),
        QStringLiteral("T"));
    const QCommandLineOption end(
        QStringLiteral("end"),
        QApplication::translate("main", "End of the time range to load. Default: now."),
        QStringLiteral("T"));
    const QCommandLineOption demo(
        QStringLiteral("demo"),
        QApplication::translate("main", "Start the bundled kinescope-emulator with its default "
                                        "scenario and show its stream front-door."));
    QCommandLineOption screenshot(QStringLiteral("screenshot"),
                                  QStringLiteral("Save a PNG of the window once the stream (or "
                                                 "FILE) is loaded, then quit."),
                                  QStringLiteral("PATH"));
    screenshot.setFlags(QCommandLineOption::HiddenFromHelp);
    parser.addOptions({help, profile, region, endpoint, stream, start, end, demo, screenshot});
    parser.addPositionalArgument(QStringLiteral("FILE"),
                                 QApplication::translate("main", "A media file to inspect."),
                                 QStringLiteral("[FILE]"));
    // Parsed before the QApplication exists, so --help works without a display.
    QStringList args;
    for (int i = 0; i < argc; ++i)
        args << QString::fromLocal8Bit(argv[i]);
    if (!parser.parse(args))
        return usageError(parser.errorText());
    if (parser.isSet(help)) {
        // Without an application object Qt does not know the program name yet.
        QString text = parser.helpText();
        text.replace(QStringLiteral("<executable_name>"), QStringLiteral("kinescope"));
        std::fputs(qPrintable(text), stdout);
        return 0;
    }
    const QStringList files = parser.positionalArguments();
    if (files.size() > 1)
        return usageError(QStringLiteral("at most one FILE"));

    kinescope::DeskStartup::Options options;
    options.profile = parser.value(profile);
    options.region = parser.value(region);
    options.endpointUrl = parser.value(endpoint);
    options.stream = parser.value(stream);
    options.demo = parser.isSet(demo);
    options.screenshotPath = parser.value(screenshot);
    if (options.demo && (parser.isSet(profile) || parser.isSet(endpoint)))
        return usageError(QStringLiteral("--demo uses its own profile and endpoint; drop "
                                         "--profile and --endpoint-url"));
    if (parser.isSet(start) || parser.isSet(end)) {
        std::optional<qint64> startMs;
        qint64 endMs = QDateTime::currentMSecsSinceEpoch();
        if (parser.isSet(end)) {
            const auto parsed = kinescope::parseTimeArgument(parser.value(end));
            if (!parsed)
                return usageError(QStringLiteral("--end: ") + parsed.error().message);
            endMs = *parsed;
        }
        if (parser.isSet(start)) {
            const auto parsed = kinescope::parseTimeArgument(parser.value(start));
            if (!parsed)
                return usageError(QStringLiteral("--start: ") + parsed.error().message);
            startMs = *parsed;
        }
        const qint64 s = startMs.value_or(endMs - 24 * 3600 * 1000LL);
        if (endMs <= s)
            return usageError(QStringLiteral("--end must be after --start"));
        options.range = kinescope::TimeInterval{s, endMs};
    }

    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("kinescope"));
    QApplication::setOrganizationName(QStringLiteral("Kinescope"));
    QApplication::setApplicationVersion(QStringLiteral(KINESCOPE_VERSION));
    kinescope::installTranslations(
        &app, QSettings().value(QLatin1String(kinescope::kLanguageSettingsKey)).toString());

    if (!files.isEmpty())
        return runInspector(files.first(), options.screenshotPath);
    return runDesk(options);
}
