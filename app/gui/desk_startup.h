#pragma once

#include "core/kvs/fragment_index.h"

#include <QObject>
#include <QPointer>
#include <QString>

#include <optional>

namespace kinescope {

class DemoEmulator;
class MainWindow;

// What `kinescope` does after its window is shown: connect as the command line says (or start
// the demo emulator and connect through the "Demo (local emulator)" profile), open the named
// stream, and for --screenshot grab the window once the footage is in, then quit.
class DeskStartup : public QObject {
    Q_OBJECT

public:
    struct Options {
        QString profile;
        QString region;
        QString endpointUrl;
        QString stream;
        std::optional<TimeInterval> range;
        bool demo = false;
        QString screenshotPath;
    };

    // The demo's profile name and stream.
    static QString demoProfileName() { return QStringLiteral("Demo (local emulator)"); }
    static QString demoStream() { return QStringLiteral("front-door"); }

    DeskStartup(MainWindow* window, Options options, QObject* parent = nullptr);
    void start();

private:
    void connectDemo(const QUrl& url);
    void openStream();
    void onLoadFinished(bool ok);
    void playDemo();
    void waitForFrame();
    void takeScreenshot();
    void failScreenshot(const QString& why);

    QPointer<MainWindow> m_window;
    Options m_options;
    DemoEmulator* m_demo = nullptr;
    bool m_shotScheduled = false;
    bool m_demoPlayed = false;
    int m_frameWaits = 0;
};

} // namespace kinescope
