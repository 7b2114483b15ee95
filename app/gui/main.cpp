// kinescope: the desktop review desk. Its main window (stream browser, fragment table, coverage
// timeline, player) comes later; until then `kinescope [FILE]` opens the container inspector.
#include "ui/inspector/inspector_panel.h"
#include "ui/inspector/inspector_window.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QTimer>

#include <cstdio>

int main(int argc, char** argv) {
    QCommandLineParser parser;
    parser.setApplicationDescription(QApplication::translate(
        "main", "Kinescope desktop. For now this opens the container inspector (Matroska/WebM "
                "including KVS GetMedia streams, MP4/fMP4); the review desk window comes later."));
    const QCommandLineOption help(QStringList{QStringLiteral("h"), QStringLiteral("help")},
                                  QApplication::translate("main", "Displays this help."));
    parser.addOption(help);
    parser.addPositionalArgument(QStringLiteral("FILE"),
                                 QApplication::translate("main", "A media file to inspect."),
                                 QStringLiteral("[FILE]"));
    QCommandLineOption screenshot(QStringLiteral("screenshot"),
                                  QStringLiteral("Save a PNG of the window once FILE is loaded, "
                                                 "then quit."),
                                  QStringLiteral("PATH"));
    screenshot.setFlags(QCommandLineOption::HiddenFromHelp);
    parser.addOption(screenshot);
    // Parsed before the QApplication exists, so --help works without a display.
    QStringList args;
    for (int i = 0; i < argc; ++i)
        args << QString::fromLocal8Bit(argv[i]);
    if (!parser.parse(args)) {
        std::fprintf(stderr, "kinescope: %s\n", qPrintable(parser.errorText()));
        return 2;
    }
    if (parser.isSet(help)) {
        // Without an application object Qt does not know the program name yet.
        QString text = parser.helpText();
        text.replace(QStringLiteral("<executable_name>"), QStringLiteral("kinescope"));
        std::fputs(qPrintable(text), stdout);
        return 0;
    }
    const QStringList files = parser.positionalArguments();
    if (files.size() > 1) {
        std::fputs("kinescope: at most one FILE\n", stderr);
        return 2;
    }

    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("kinescope"));
    QApplication::setOrganizationName(QStringLiteral("Kinescope"));

    kinescope::InspectorWindow window;
    window.show();
    const QString shotPath = parser.value(screenshot);
    if (!shotPath.isEmpty()) {
        auto grab = [&window, shotPath] {
            QTimer::singleShot(300, &window, [&window, shotPath] {
                const bool ok = window.grab().save(shotPath);
                QApplication::exit(ok ? 0 : 1);
            });
        };
        if (files.isEmpty())
            grab();
        else
            QObject::connect(window.panel(), &kinescope::InspectorPanel::inspectionFinished,
                             &window, grab);
    }
    if (!files.isEmpty())
        window.panel()->inspectFile(files.first());
    return QApplication::exec();
}
