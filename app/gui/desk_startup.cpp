#include "app/gui/desk_startup.h"

#include "app/gui/demo_emulator.h"
#include "core/aws/keychain_credentials.h"
#include "core/aws/memory_secret_store.h"
#include "core/review/review_state.h"
#include "core/review/workspace.h"
#include "ui/desk/connection_panel.h"
#include "ui/desk/main_window.h"
#include "ui/desk/review_loader.h"
#include "ui/desk/stream_browser.h"

#include <QApplication>
#include <QPixmap>
#include <QScreen>
#include <QTimer>
#include <QWindow>

#include <cstdio>

namespace kinescope {

namespace {
// The emulator's built-in credentials (emulator/README.md); demo only, never in a keychain.
const QString kDemoKeyId = QStringLiteral("AKIDKINESCOPEEMULATOR");
const QString kDemoSecret = QStringLiteral("kinescope/emulator/secret+EXAMPLEKEY");
const QString kDemoRegion = QStringLiteral("us-east-1");
constexpr int kScreenshotTimeoutMs = 120000;
} // namespace

DeskStartup::DeskStartup(MainWindow* window, Options options, QObject* parent)
    : QObject(parent)
    , m_window(window)
    , m_options(std::move(options)) {
    window->loader()->setDefaultRange(m_options.range);
    if (m_options.demo && m_options.stream.isEmpty())
        m_options.stream = demoStream();
    connect(window->loader(), &ReviewLoader::loadFinished, this, &DeskStartup::onLoadFinished);
}

void DeskStartup::start() {
    if (!m_options.screenshotPath.isEmpty())
        QTimer::singleShot(kScreenshotTimeoutMs, this, [this] {
            failScreenshot(QStringLiteral("the demo footage did not load in time"));
        });
    if (!m_options.demo) {
        const Status status = m_window->connectionPanel()->connectWith(
            m_options.profile, m_options.region, m_options.endpointUrl);
        if (status)
            openStream();
        else if (!m_options.screenshotPath.isEmpty())
            takeScreenshot(); // shows the error
        return;
    }
    m_demo = new DemoEmulator(this);
    connect(m_demo, &DemoEmulator::ready, this, &DeskStartup::connectDemo);
    connect(m_demo, &DemoEmulator::failed, this, [this](const QString& reason) {
        m_window->workspace()->reportError(
            tr("Starting the demo"),
            AwsError::make(AwsError::Kind::Config, QStringLiteral("DemoEmulatorFailed"), reason));
        if (!m_options.screenshotPath.isEmpty())
            failScreenshot(reason);
    });
    m_window->workspace()->reportInfo(tr("Starting the local emulator for the demo…"));
    m_demo->start();
}

void DeskStartup::connectDemo(const QUrl& url) {
    AppProfile profile;
    profile.name = demoProfileName();
    profile.accessKeyId = kDemoKeyId;
    profile.region = kDemoRegion;
    profile.endpointUrl = url.toString();
    auto store = std::make_shared<MemorySecretStore>();
    KeychainCredentialProvider::storeSecret(*store, profile, kDemoSecret, [](const Status&) {});
    ConnectionPanel* connection = m_window->connectionPanel();
    connection->addSessionProfile(profile, store);
    const Status status = connection->connectWith(profile.name, kDemoRegion, url.toString());
    if (status)
        openStream();
}

void DeskStartup::openStream() {
    if (!m_options.stream.isEmpty())
        m_window->streamBrowser()->openStream(m_options.stream);
}

void DeskStartup::onLoadFinished(bool ok) {
    if (m_options.screenshotPath.isEmpty() || m_shotScheduled)
        return;
    m_shotScheduled = true;
    if (!ok)
        std::fputs("kinescope: the stream did not load; the screenshot shows why\n", stderr);
    // Let the timeline, thumbnails and player catch up with the footage before grabbing.
    QTimer::singleShot(4000, this, &DeskStartup::takeScreenshot);
}

void DeskStartup::takeScreenshot() {
    if (!m_window)
        return;
    m_window->raise();
    QPixmap shot;
    if (QScreen* screen = m_window->screen())
        shot = screen->grabWindow(m_window->winId());
    if (shot.isNull() || shot.width() < 16)
        shot = m_window->grab(); // offscreen platforms cannot grab from the screen
    const bool saved = shot.save(m_options.screenshotPath);
    if (!saved)
        std::fprintf(stderr, "kinescope: could not write %s\n",
                     qPrintable(m_options.screenshotPath));
    QApplication::exit(saved ? 0 : 1);
}

void DeskStartup::failScreenshot(const QString& why) {
    std::fprintf(stderr, "kinescope: screenshot: %s\n", qPrintable(why));
    if (m_window)
        m_window->grab().save(m_options.screenshotPath);
    QApplication::exit(1);
}

} // namespace kinescope
