// PlayerPanel against the in-process emulator: HLS (fMP4, MPEG-TS) and DASH sessions deliver
// decoded frames to the QVideoSink and move the review's playhead; a session is renewed before
// it expires and playback continues; an expired session URL, a range without fragments and an
// undecodable codec each put a sentence in the video area; the transport (speeds, J/K/L, frame
// steps, gap edges) acts on the real player.
#include "tests/ui/player_test_support.h"

#include "core/kvs/session_manager.h"
#include "core/kvs/streaming_session_options.h"
#include "ui/player/playback_engine.h"
#include "ui/player/player_panel.h"
#include "ui/player/video_view.h"

#include <QAction>
#include <QComboBox>
#include <QFile>
#include <QTest>

using namespace kinescope;
using namespace kinescope::test;

namespace {

constexpr int kWaitMs = 45000;

// Pixels that differ from the first one: a decoded picture, not a black box.
bool hasPicture(const QImage& image) {
    if (image.isNull())
        return false;
    const QImage small = image.scaled(64, 36).convertToFormat(QImage::Format_RGB32);
    const QRgb first = small.pixel(0, 0);
    int different = 0;
    for (int y = 0; y < small.height(); ++y)
        for (int x = 0; x < small.width(); ++x)
            different += small.pixel(x, y) != first;
    return different > 50;
}

} // namespace

class TestPlayerPanel : public QObject {
    Q_OBJECT
    std::unique_ptr<EmulatorFixture> m_emu;
    std::unique_ptr<Workspace> m_workspace;
    QTemporaryDir m_cache;

    qint64 now() { return m_emu->emulator().nowMs(); }
    // A stretch of front-door without gaps (2 s fragments).
    TimeInterval quietHour() { return {now() - 3600 * 1000, now() - 3480 * 1000}; }

    bool setUpStream(const QString& stream, TimeInterval loaded) {
        return loadStream(*m_workspace, stream, loaded.startMs, loaded.endMs);
    }

private Q_SLOTS:
    void init();
    void cleanup();
    void playsSessionFrames_data();
    void playsSessionFrames();
    void renewsBeforeExpiry();
    void chainsOnDemandSessions();
    void expiredSessionUrl();
    void rangeWithoutFragments();
    void undecodableCodec();
    void transport();
    void gapEdges();
};

void TestPlayerPanel::init() {
    m_emu = std::make_unique<EmulatorFixture>();
    QVERIFY2(m_emu->ok(), qPrintable(m_emu->error()));
    m_workspace = std::make_unique<Workspace>();
    m_workspace->setCacheDir(m_cache.path());
    QString error;
    QVERIFY2(connectWorkspace(*m_workspace, *m_emu, &error), qPrintable(error));
}

void TestPlayerPanel::cleanup() {
    m_workspace.reset();
    m_emu.reset();
}

void TestPlayerPanel::playsSessionFrames_data() {
    QTest::addColumn<int>("protocol");
    QTest::addColumn<int>("container");
    QTest::newRow("hls-fmp4") << int(StreamingProtocol::Hls) << int(ContainerFormat::FragmentedMp4);
    QTest::newRow("hls-ts") << int(StreamingProtocol::Hls) << int(ContainerFormat::MpegTs);
    QTest::newRow("dash") << int(StreamingProtocol::Dash) << int(ContainerFormat::FragmentedMp4);
}

void TestPlayerPanel::playsSessionFrames() {
    QFETCH(int, protocol);
    QFETCH(int, container);
    const TimeInterval range = quietHour();
    QVERIFY(setUpStream(QStringLiteral("front-door"), range));
    const TimeInterval selection{range.startMs + 10000, range.startMs + 70000};
    m_workspace->review()->setSelection(selection);

    PlayerPanel panel(m_workspace.get());
    panel.resize(800, 520);
    panel.show();
    StreamingSessionOptions options = panel.sessionTemplate();
    options.protocol = StreamingProtocol(protocol);
    options.container = ContainerFormat(container);
    panel.setSessionTemplate(options);
    QCOMPARE(panel.messageTitle(), QStringLiteral("Ready to play"));

    panel.togglePlay(); // nothing loaded + a selection: the selection ON_DEMAND
    QVERIFY(panel.activeSession());
    QCOMPARE(panel.activeSession()->mode, PlaybackMode::OnDemand);
    QCOMPARE(*panel.activeSession()->startMs, selection.startMs);
    QTRY_VERIFY2_WITH_TIMEOUT(
        panel.engine()->framesReceived() >= 10,
        qPrintable(panel.messageTitle() + QStringLiteral(": ") + panel.messageDetail()), kWaitMs);
    QVERIFY2(panel.engine()->problem().isEmpty(), qPrintable(panel.engine()->problem()));
    QTRY_VERIFY(panel.messageTitle().isEmpty());
    QVERIFY(panel.videoView()->hasFrame());
    const QImage image = panel.videoView()->image();
    QVERIFY(hasPicture(image));
    QCOMPARE(image.size(), panel.engine()->currentFrame().size());

    // The frame's wall-clock time is inside the selection, and the playhead follows it.
    QTRY_VERIFY(panel.currentWallMs() >= selection.startMs);
    QVERIFY2(panel.currentWallMs() < selection.endMs + 2000,
             qPrintable(QString::number(panel.currentWallMs() - selection.endMs)));
    QTRY_VERIFY(m_workspace->review()->playheadMs() >= selection.startMs);
    QVERIFY(m_workspace->review()->playheadMs() < selection.endMs + 2000);
    const QStringList overlay = panel.videoView()->overlayLines();
    QVERIFY2(overlay.size() >= 2 && overlay[overlay.size() - 2].endsWith(QStringLiteral("UTC")) &&
                 overlay.last().contains(QStringLiteral("front-door")) &&
                 overlay.last().contains(QStringLiteral("ON_DEMAND")),
             qPrintable(overlay.join(QLatin1Char('|'))));

    // Seeking on the timeline (a user's playhead change inside the range) seeks the player.
    const qint64 target = selection.startMs + 40000;
    m_workspace->review()->setPlayheadMs(target);
    QTRY_VERIFY_WITH_TIMEOUT(std::abs(panel.currentWallMs() - target) < 3000, kWaitMs);

    QTest::qWait(300);
    const QString shot = saveScreenshot(&panel, QStringLiteral("player_") +
                                                    QString::fromLatin1(QTest::currentDataTag()));
    QVERIFY(QFile::exists(shot));
    panel.stop();
    QVERIFY(!panel.engine()->hasMedia());
    QVERIFY(!panel.messageTitle().isEmpty()); // idle: says what to do
}

void TestPlayerPanel::renewsBeforeExpiry() {
    // The emulator's sessions die after 6 s whatever Expires says; the manager renews 2 s in.
    m_emu->emulator().faults().sessionExpirySeconds = 6;
    const TimeInterval range = quietHour();
    QVERIFY(setUpStream(QStringLiteral("front-door"), range));
    m_workspace->review()->setSelection({range.startMs, range.startMs + 100000});
    PlayerPanel panel(m_workspace.get());
    panel.show();
    panel.playSelection();
    QVERIFY(panel.sessionManager());
    panel.sessionManager()->setRenewLeadMs(298 * 1000); // Expires 300 s: renew after 2 s
    QTRY_VERIFY_WITH_TIMEOUT(panel.engine()->framesReceived() > 0, kWaitMs);
    const QUrl first = panel.engine()->source();
    QTRY_VERIFY_WITH_TIMEOUT(panel.sessionManager()->sessionsOpened() >= 2, kWaitMs);
    QCOMPARE(panel.sessionManager()->lastReadyReason(), SessionManager::ReadyReason::Renewed);
    QTRY_VERIFY(panel.engine()->source() != first);
    // Playing continues on the new session well past the old session's death.
    const qint64 frames = panel.engine()->framesReceived();
    QTest::qWait(7000);
    QTRY_VERIFY_WITH_TIMEOUT(panel.engine()->framesReceived() > frames + 50, kWaitMs);
    QVERIFY2(panel.engine()->problem().isEmpty(), qPrintable(panel.engine()->problem()));
    QVERIFY(panel.engine()->isPlaying());
}

void TestPlayerPanel::chainsOnDemandSessions() {
    // At most 5 fragments per session: a 30 s selection of 2 s fragments plays as a chain.
    const TimeInterval range = quietHour();
    QVERIFY(setUpStream(QStringLiteral("front-door"), range));
    const TimeInterval selection{range.startMs + 20000, range.startMs + 50000};
    m_workspace->review()->setSelection(selection);
    PlayerPanel panel(m_workspace.get());
    panel.show();
    StreamingSessionOptions options = panel.sessionTemplate();
    options.maxFragments = 5;
    panel.setSessionTemplate(options);
    panel.playSelection();
    QTRY_VERIFY_WITH_TIMEOUT(panel.engine()->framesReceived() > 0, kWaitMs);
    SessionManager* sessions = panel.sessionManager();
    QVERIFY2(sessions->chunks().size() >= 3,
             qPrintable(QString::number(sessions->chunks().size())));
    const TimeInterval first = sessions->currentRange();
    panel.setSpeed(8);
    // The player reaches the end of each part and the next one follows.
    QTRY_VERIFY_WITH_TIMEOUT(sessions->currentChunk() == sessions->chunks().size() - 1, 90000);
    QCOMPARE(sessions->lastReadyReason(), SessionManager::ReadyReason::Chained);
    QTRY_VERIFY_WITH_TIMEOUT(panel.currentWallMs() >= sessions->currentRange().startMs, kWaitMs);
    QVERIFY(panel.currentWallMs() > first.endMs);
    QVERIFY2(panel.engine()->problem().isEmpty(), qPrintable(panel.engine()->problem()));
}

void TestPlayerPanel::expiredSessionUrl() {
    // A session URL used after its session expired: the player says so.
    m_emu->emulator().faults().sessionExpirySeconds = 1;
    const TimeInterval range = quietHour();
    QVERIFY(setUpStream(QStringLiteral("front-door"), range));
    SessionManager manager(m_workspace->kvs());
    QSignalSpy ready(&manager, &SessionManager::sessionReady);
    StreamingSessionOptions o;
    o.mode = PlaybackMode::OnDemand;
    o.startMs = range.startMs;
    o.endMs = range.startMs + 30000;
    manager.start(StreamRef::byName(QStringLiteral("front-door")), o);
    QVERIFY(ready.wait(kWaitMs));
    const QUrl url = ready.first().at(0).toUrl();
    manager.stop();
    QTest::qWait(2500);

    PlayerPanel panel(m_workspace.get());
    panel.show();
    QSignalSpy problems(&panel, &PlayerPanel::playbackProblem);
    panel.playUrl(url, {range.startMs, range.startMs + 30000});
    QTRY_VERIFY_WITH_TIMEOUT(!panel.engine()->problem().isEmpty(), kWaitMs);
    QCOMPARE(panel.messageTitle(), QStringLiteral("Playback stopped"));
    QVERIFY2(panel.messageDetail().contains(QStringLiteral("expired")),
             qPrintable(panel.messageDetail()));
    QCOMPARE(problems.size(), 1);
    QVERIFY(!panel.engine()->isPlaying());
    QCOMPARE(panel.engine()->framesReceived(), 0);
}

void TestPlayerPanel::rangeWithoutFragments() {
    // Inside front-door's 2-hour gap.
    const qint64 gapStart = now() - (4 * 24 + 20) * 3600LL * 1000;
    const TimeInterval loaded{gapStart - 600 * 1000, gapStart + 3 * 3600 * 1000};
    QVERIFY(setUpStream(QStringLiteral("front-door"), loaded));
    m_workspace->review()->setSelection({gapStart + 600 * 1000, gapStart + 1200 * 1000});
    PlayerPanel panel(m_workspace.get());
    panel.show();
    QSignalSpy problems(&panel, &PlayerPanel::playbackProblem);
    panel.playSelection();
    QTRY_VERIFY_WITH_TIMEOUT(!problems.isEmpty(), kWaitMs);
    QCOMPARE(panel.messageTitle(), QStringLiteral("Nothing to play"));
    QVERIFY2(panel.messageDetail().contains(QStringLiteral("fragment"), Qt::CaseInsensitive),
             qPrintable(panel.messageDetail()));
    QCOMPARE(panel.engine()->framesReceived(), 0);
    saveScreenshot(&panel, QStringLiteral("player_no_fragments"));
}

void TestPlayerPanel::undecodableCodec() {
    // Real H.264 from ffmpeg whose sample entry says a codec no decoder knows.
    QTemporaryDir dir;
    QString error;
    const QString mp4 = makeClip(dir, QStringLiteral("ok.mp4"), 2, &error);
    QVERIFY2(!mp4.isEmpty(), qPrintable(error));
    QFile in(mp4);
    QVERIFY(in.open(QIODevice::ReadOnly));
    QByteArray data = in.readAll();
    const qsizetype stsd = data.indexOf("stsd");
    const qsizetype entry = data.indexOf("avc1", stsd);
    QVERIFY(stsd > 0 && entry > stsd);
    data.replace(entry, 4, "kvsx");
    const QString bad = dir.filePath(QStringLiteral("unknown-codec.mp4"));
    QFile out(bad);
    QVERIFY(out.open(QIODevice::WriteOnly));
    out.write(data);
    out.close();

    PlayerPanel panel(m_workspace.get());
    panel.show();
    panel.playUrl(QUrl::fromLocalFile(bad), {now() - 10000, now() - 8000});
    QTRY_VERIFY_WITH_TIMEOUT(!panel.engine()->problem().isEmpty(), kWaitMs);
    QCOMPARE(panel.messageTitle(), QStringLiteral("Playback stopped"));
    QVERIFY2(panel.messageDetail().contains(QStringLiteral("codec")),
             qPrintable(panel.messageDetail()));
    QCOMPARE(panel.engine()->framesReceived(), 0);
    saveScreenshot(&panel, QStringLiteral("player_unknown_codec"));

    // The same file with its real sample entry plays: the message came from the codec.
    panel.playUrl(QUrl::fromLocalFile(mp4), {now() - 10000, now() - 8000});
    QTRY_VERIFY_WITH_TIMEOUT(panel.engine()->framesReceived() > 0, kWaitMs);
    QTRY_VERIFY(panel.messageTitle().isEmpty());
}

void TestPlayerPanel::transport() {
    QTemporaryDir dir;
    QString error;
    const QString mp4 = makeClip(dir, QStringLiteral("clip.mp4"), 8, &error);
    QVERIFY2(!mp4.isEmpty(), qPrintable(error));
    const qint64 t0 = now() - 60000;
    PlayerPanel panel(m_workspace.get());
    panel.show();
    QVERIFY(QTest::qWaitForWindowExposed(&panel));
    panel.playUrl(QUrl::fromLocalFile(mp4), {t0, t0 + 8000});
    QTRY_VERIFY_WITH_TIMEOUT(panel.engine()->framesReceived() >= 5, kWaitMs);
    PlaybackEngine* engine = panel.engine();
    QCOMPARE(engine->frameDurationMs(), 40); // 25 fps, measured from the frames

    // K pauses; frame steps move by one frame and show it.
    panel.shuttlePauseAction()->trigger();
    QVERIFY(!engine->isPlaying());
    engine->seek(3000);
    QTRY_COMPARE(engine->position(), 3000);
    QTRY_COMPARE(engine->currentFrame().startTime(), 3000 * 1000);
    panel.stepForwardAction()->trigger();
    QTRY_COMPARE(engine->currentFrame().startTime(), 3040 * 1000);
    panel.stepBackAction()->trigger();
    panel.stepBackAction()->trigger();
    QTRY_COMPARE(engine->currentFrame().startTime(), 2960 * 1000);
    QTRY_COMPARE(panel.currentWallMs(), t0 + 2960);

    // L: forward at 1x, then 2x; the speed box follows.
    panel.shuttleForwardAction()->trigger();
    QVERIFY(engine->isPlaying());
    QCOMPARE(engine->speed(), 1.0);
    panel.shuttleForwardAction()->trigger();
    QCOMPARE(engine->speed(), 2.0);
    QCOMPARE(engine->player()->playbackRate(), 2.0);
    QCOMPARE(panel.speedBox()->currentData().toDouble(), 2.0);

    // J: backwards; the position goes down (natively or by stepping back).
    const qint64 before = engine->position();
    panel.shuttleBackAction()->trigger();
    QCOMPARE(engine->speed(), -1.0);
    QTRY_VERIFY_WITH_TIMEOUT(engine->position() < before - 300, 10000);
    panel.shuttleBackAction()->trigger();
    QCOMPARE(engine->speed(), -2.0);

    // The slowest and the fastest speeds from the box.
    panel.setSpeed(1.0 / 16);
    QCOMPARE(engine->speed(), 1.0 / 16);
    panel.setSpeed(16);
    QCOMPARE(engine->speed(), 16.0);
    QTRY_VERIFY_WITH_TIMEOUT(!engine->isPlaying(), kWaitMs); // reaches the end quickly
    QVERIFY(engine->position() > 6000);
}

void TestPlayerPanel::gapEdges() {
    // Around front-door's 4-minute gap.
    const qint64 gapStart = now() - 29 * 3600LL * 1000;
    const TimeInterval loaded{gapStart - 600 * 1000, gapStart + 900 * 1000};
    QVERIFY(setUpStream(QStringLiteral("front-door"), loaded));
    PlayerPanel panel(m_workspace.get());
    // The index's holes of at least kMinGapMs strictly inside the loaded range: the 4 minutes.
    QList<TimeInterval> gaps;
    for (const TimeInterval& g :
         m_workspace->review()->index().gaps(PlayerPanel::kMinGapMs, loaded.startMs, loaded.endMs))
        if (g.startMs > loaded.startMs && g.endMs < loaded.endMs)
            gaps << g;
    QCOMPARE(gaps.size(), 1);
    QVERIFY(std::abs(gaps[0].durationMs() - 240 * 1000) < 5000);
    QCOMPARE(panel.gapEdges(), (QList<qint64>{gaps[0].startMs, gaps[0].endMs}));
    m_workspace->review()->setPlayheadMs(loaded.startMs + 1000);
    panel.nextGapEdgeAction()->trigger();
    QCOMPARE(m_workspace->review()->playheadMs(), gaps[0].startMs);
    panel.nextGapEdgeAction()->trigger();
    QCOMPARE(m_workspace->review()->playheadMs(), gaps[0].endMs);
    panel.nextGapEdgeAction()->trigger(); // none after: stays
    QCOMPARE(m_workspace->review()->playheadMs(), gaps[0].endMs);
    panel.previousGapEdgeAction()->trigger();
    QCOMPARE(m_workspace->review()->playheadMs(), gaps[0].startMs);
}

QTEST_MAIN(TestPlayerPanel)
#include "tst_player_panel.moc"
