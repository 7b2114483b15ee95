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
#include "ui/player/player_panel.h"
#include "ui/timeline/timeline_panel.h"
#include "ui/timeline/timeline_widget.h"

#include <QApplication>
#include <QDateTime>
#include <QPixmap>
#include <QScreen>
#include <QTimer>
#include <QWindow>

#include <algorithm>
#include <cstdio>

namespace kinescope {

namespace {
// The emulator's built-in credentials (emulator/README.md); demo only, never in a keychain.
const QString kDemoKeyId = QStringLiteral("AKIDKINESCOPEEMULATOR");
const QString kDemoSecret = QStringLiteral("kinescope/emulator/secret+EXAMPLEKEY");
const QString kDemoRegion = QStringLiteral("us-east-1");
constexpr int kScreenshotTimeoutMs = 120000;
constexpr qint64 kDemoRangeMs = 48 * 3600 * 1000LL;
constexpr qint64 kDemoClipMs = 2 * 60 * 1000LL;
constexpr qint64 kDemoMarginMs = 40 * 60 * 1000LL;
constexpr int kFrameWaitStepMs = 250;
constexpr int kFrameWaitSteps = 160; // 40 s for the first frame
constexpr int kSettleMs = 2500;      // thumbnails and timeline catch up
} // namespace

DeskStartup::DeskStartup(MainWindow* window, Options options, QObject* parent)
    : QObject(parent)
    , m_window(window)
    , m_options(std::move(options)) {
    if (m_options.demo && !m_options.range) {
        // Two days: enough for the demo stream's footage to show a gap.
        const qint64 now = QDateTime::currentMSecsSinceEpoch();
        m_options.range = TimeInterval{now - kDemoRangeMs, now};
    }
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
    if (ok && m_options.demo && !m_demoPlayed) {
        m_demoPlayed = true;
        playDemo();
    }
    if (m_options.screenshotPath.isEmpty() || m_shotScheduled)
        return;
    m_shotScheduled = true;
    if (!ok) {
        std::fputs("kinescope: the stream did not load; the screenshot shows why\n", stderr);
        QTimer::singleShot(kSettleMs, this, &DeskStartup::takeScreenshot);
        return;
    }
    waitForFrame();
}

void DeskStartup::playDemo() {
    // Where the footage resumes after the latest gap (else the last two minutes): shown on the
    // timeline with the gap, selected, and playing.
    ReviewState* review = m_window->workspace()->review();
    const QList<TimeInterval> gaps = review->index().gaps(60 * 1000);
    TimeInterval clip;
    if (!gaps.isEmpty()) {
        const TimeInterval gap = gaps.last();
        clip = {gap.endMs, gap.endMs + kDemoClipMs};
        m_window->timelinePanel()->timeline()->setView(
            double(gap.startMs - kDemoMarginMs), double(gap.durationMs() + 2 * kDemoMarginMs));
    } else {
        const QList<TimeInterval> coverage = review->index().coverage(1000);
        if (coverage.isEmpty())
            return;
        const TimeInterval last = coverage.last();
        clip = {std::max(last.startMs, last.endMs - kDemoClipMs), last.endMs};
    }
    review->setSelection(clip);
    review->setPlayheadMs(clip.startMs);
    m_window->playerPanel()->playSelection();
}

void DeskStartup::waitForFrame() {
    // A frame on screen (or the player's explanation why not), then a moment for the rest.
    PlayerPanel* player = m_window ? m_window->playerPanel() : nullptr;
    const bool frame = player && player->currentWallMs() >= 0;
    const bool explained = player && !player->messageTitle().isEmpty() && m_frameWaits > 40;
    if (frame || explained || ++m_frameWaits > kFrameWaitSteps) {
        if (!frame)
            std::fputs("kinescope: no video frame arrived before the screenshot\n", stderr);
        QTimer::singleShot(kSettleMs, this, &DeskStartup::takeScreenshot);
        return;
    }
    QTimer::singleShot(kFrameWaitStepMs, this, &DeskStartup::waitForFrame);
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
