// SessionManager against the in-process emulator: sessions open, renew before they expire,
// chain for long ON_DEMAND ranges, stay within the live-session budget, and each failure is
// explained. PlaybackTimeMap on real listings.
#include "core/aws/aws_client.h"
#include "core/kvs/fragment_list_job.h"
#include "core/kvs/kvs_client.h"
#include "core/kvs/live_session_budget.h"
#include "core/kvs/playback_time_map.h"
#include "core/kvs/session_manager.h"
#include "core/kvs/streaming_session_options.h"
#include "core/review/review_state.h"
#include "tests/support/emulator_fixture.h"

#include <QNetworkReply>
#include <QSignalSpy>
#include <QTest>

using namespace kinescope;

namespace {

struct Problem {
    QString explanation;
    std::optional<AwsError> error;
};

} // namespace

class TestSessionManager : public QObject {
    Q_OBJECT
    std::unique_ptr<test::EmulatorFixture> m_emu;
    std::unique_ptr<KvsClient> m_kvs;

    qint64 now() { return m_emu->emulator().nowMs(); }

    // GET a session URL (playlist or manifest): HTTP status and body.
    QPair<int, QByteArray> get(const QUrl& url) {
        QNetworkRequest request(url);
        QNetworkReply* reply = m_emu->network()->get(request);
        QSignalSpy done(reply, &QNetworkReply::finished);
        if (!reply->isFinished())
            done.wait(20000);
        const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        const QByteArray body = reply->readAll();
        reply->deleteLater();
        return {status, body};
    }

    // The media playlist a master playlist points at (first URI line).
    QUrl mediaPlaylist(const QUrl& master) {
        const auto [status, body] = get(master);
        if (status != 200)
            return {};
        for (const QByteArray& line : body.split('\n'))
            if (!line.isEmpty() && !line.startsWith('#'))
                return master.resolved(QUrl(QString::fromUtf8(line.trimmed())));
        return {};
    }

    StreamingSessionOptions onDemand(qint64 startMs, qint64 endMs) {
        StreamingSessionOptions o;
        o.mode = PlaybackMode::OnDemand;
        o.startMs = startMs;
        o.endMs = endMs;
        return o;
    }

    // Loads [t0, t1] of a stream into a ReviewState, as the desk does.
    bool load(ReviewState* review, const QString& stream, qint64 t0, qint64 t1) {
        FragmentListJob job(m_kvs.get(), StreamRef::byName(stream), {TimestampType::Server, t0, t1},
                            {});
        QSignalSpy finished(&job, &Job::finished);
        job.start();
        if (!job.isFinished() && !finished.wait(60000))
            return false;
        if (job.state() != Job::State::Succeeded)
            return false;
        StreamInfo info;
        info.streamName = stream;
        info.dataRetentionInHours = 168;
        review->setStream(StreamRef::byName(stream), info);
        review->setLoadedRange({t0, t1});
        review->addFragments(job.index().toList());
        return true;
    }

    Problem waitProblem(SessionManager& manager) {
        QSignalSpy spy(&manager, &SessionManager::problem);
        if (!spy.wait(20000))
            return {};
        return {spy.first().at(0).toString(), spy.first().at(1).value<std::optional<AwsError>>()};
    }

private Q_SLOTS:
    void init() {
        m_emu = std::make_unique<test::EmulatorFixture>();
        QVERIFY2(m_emu->ok(), qPrintable(m_emu->error()));
        m_kvs = std::make_unique<KvsClient>(m_emu->makeClient());
    }
    void cleanup() {
        m_kvs.reset();
        m_emu.reset();
    }

    void startsHlsAndDash_data() {
        QTest::addColumn<int>("protocol");
        QTest::addColumn<int>("container");
        QTest::newRow("hls fmp4") << int(StreamingProtocol::Hls)
                                  << int(ContainerFormat::FragmentedMp4);
        QTest::newRow("hls ts") << int(StreamingProtocol::Hls) << int(ContainerFormat::MpegTs);
        QTest::newRow("dash") << int(StreamingProtocol::Dash)
                              << int(ContainerFormat::FragmentedMp4);
    }

    void startsHlsAndDash() {
        QFETCH(int, protocol);
        QFETCH(int, container);
        SessionManager manager(m_kvs.get());
        QSignalSpy ready(&manager, &SessionManager::sessionReady);
        QSignalSpy problems(&manager, &SessionManager::problem);
        StreamingSessionOptions o = onDemand(now() - 3600 * 1000, now() - 3000 * 1000);
        o.protocol = StreamingProtocol(protocol);
        o.container = ContainerFormat(container);
        o.displayTimestamp = DisplayMode::Always;
        manager.start(StreamRef::byName(QStringLiteral("front-door")), o);
        QVERIFY2(ready.wait(20000),
                 problems.isEmpty() ? "no session" : qPrintable(problems.first().at(0).toString()));
        const QUrl url = ready.first().at(0).toUrl();
        QCOMPARE(manager.currentUrl(), url);
        QCOMPARE(manager.lastReadyReason(), SessionManager::ReadyReason::Started);
        const auto [status, body] = get(url);
        QCOMPARE(status, 200);
        QVERIFY2(body.contains(protocol == int(StreamingProtocol::Hls) ? "#EXTM3U" : "<MPD"),
                 body.left(200).constData());
    }

    void renewsBeforeExpiry() {
        m_emu->emulator().faults().sessionExpirySeconds = 3; // sessions die after 3 s
        SessionManager manager(m_kvs.get());
        StreamingSessionOptions o = onDemand(now() - 3600 * 1000, now() - 3000 * 1000);
        o.expiresSeconds = 300;
        manager.setRenewLeadMs(o.expiresSeconds * 1000 - 1500); // renew 1.5 s after opening
        QSignalSpy ready(&manager, &SessionManager::sessionReady);
        manager.start(StreamRef::byName(QStringLiteral("front-door")), o);
        QVERIFY(ready.wait(20000));
        const QUrl first = ready.last().at(0).toUrl();
        QVERIFY(ready.wait(10000));
        QCOMPARE(manager.lastReadyReason(), SessionManager::ReadyReason::Renewed);
        const QUrl second = ready.last().at(0).toUrl();
        QVERIFY(first != second);
        QCOMPARE(get(second).first, 200);
        // Keep renewing: well past the first session's expiry the newest URL still plays.
        QTest::qWait(2500);
        QTRY_VERIFY_WITH_TIMEOUT(ready.size() >= 3, 10000);
        QCOMPARE(get(first).first, 403); // expired
        QCOMPARE(get(manager.currentUrl()).first, 200);
        QCOMPARE(ready.last().at(1).value<TimeInterval>(), manager.currentRange());
    }

    void expiredSessionIsExplainedAndReplaced() {
        m_emu->emulator().faults().sessionExpirySeconds = 1;
        SessionManager manager(m_kvs.get());
        QSignalSpy ready(&manager, &SessionManager::sessionReady);
        manager.start(StreamRef::byName(QStringLiteral("front-door")),
                      onDemand(now() - 3600 * 1000, now() - 3000 * 1000));
        QVERIFY(ready.wait(20000));
        QTest::qWait(1500);
        const auto [status, body] = get(manager.currentUrl());
        QCOMPARE(status, 403);
        QSignalSpy problems(&manager, &SessionManager::problem);
        manager.reportPlaybackFailure(status, QString::fromUtf8(body));
        QCOMPARE(problems.size(), 1);
        QVERIFY2(problems.first().at(0).toString().contains(QLatin1String("expired")),
                 qPrintable(problems.first().at(0).toString()));
        QVERIFY(ready.wait(20000));
        QCOMPARE(manager.lastReadyReason(), SessionManager::ReadyReason::Renewed);
        QCOMPARE(get(manager.currentUrl()).first, 200);
    }

    void chainsByIndexWithinMaxFragments() {
        ReviewState review;
        const qint64 t1 = now() - 3600 * 1000;
        const qint64 t0 = t1 - 1800 * 1000; // 30 min of 2 s fragments ≈ 900
        QVERIFY(load(&review, QStringLiteral("front-door"), t0, t1));
        SessionManager manager(m_kvs.get());
        manager.setReviewState(&review);
        StreamingSessionOptions o = onDemand(t0, t1);
        o.maxFragments = 200;
        QSignalSpy ready(&manager, &SessionManager::sessionReady);
        manager.start(StreamRef::byName(QStringLiteral("front-door")), o);
        QVERIFY(ready.wait(20000));
        const qsizetype fragments = review.index().rangeStarting(t0, t1).count();
        QVERIFY(fragments > 800);
        QCOMPARE(manager.chunks().size(), int((fragments + 198) / 199));
        qsizetype covered = 0;
        for (const TimeInterval& c : manager.chunks()) {
            const qsizetype n = review.index().rangeStarting(c.startMs, c.endMs).count();
            QVERIFY(n <= 199);
            covered += n;
        }
        QCOMPARE(covered, fragments);
        // Play the chain: each chunk gets its own session whose playlist holds its fragments.
        for (int i = 0; i < manager.chunks().size(); ++i) {
            if (i > 0) {
                QVERIFY(manager.advance());
                QVERIFY(ready.wait(20000));
                QCOMPARE(manager.lastReadyReason(), SessionManager::ReadyReason::Chained);
            }
            QCOMPARE(ready.last().at(1).value<TimeInterval>(), manager.chunks()[i]);
            const QUrl media = mediaPlaylist(manager.currentUrl());
            QVERIFY(media.isValid());
            const auto [status, playlist] = get(media);
            QCOMPARE(status, 200);
            const int segments = int(playlist.count("#EXTINF"));
            QVERIFY2(segments > 0 && segments <= 200, qPrintable(QString::number(segments)));
            const PlaybackTimeMap map = manager.timeMap();
            QCOMPARE(map.fragmentCount(),
                     review.index()
                         .rangeStarting(manager.chunks()[i].startMs, manager.chunks()[i].endMs)
                         .count());
        }
        QSignalSpy finished(&manager, &SessionManager::finished);
        QVERIFY(!manager.advance());
        QCOMPARE(finished.size(), 1);
    }

    void chainsByTimeOverADay() {
        SessionManager manager(m_kvs.get());
        manager.setAssumedFragmentMs(60 * 60 * 1000); // 1000 fragments ≫ 24 h: days decide
        const qint64 t1 = now() - 3600 * 1000;
        const qint64 t0 = t1 - 30 * 3600 * 1000LL;
        QSignalSpy ready(&manager, &SessionManager::sessionReady);
        manager.start(StreamRef::byName(QStringLiteral("front-door")), onDemand(t0, t1));
        QVERIFY(ready.wait(20000));
        QCOMPARE(manager.chunks().size(), 2);
        QCOMPARE(manager.chunks().first(), (TimeInterval{t0, t0 + 24 * 3600 * 1000LL}));
        QCOMPARE(manager.chunks().last().endMs, t1);
        QVERIFY(manager.advance());
        QVERIFY(ready.wait(20000));
        QCOMPARE(ready.last().at(1).value<TimeInterval>(), manager.chunks().last());
    }

    void staysWithinTheLiveSessionBudget() {
        LiveSessionBudget budget;
        QCOMPARE(budget.limit(), 10);
        QList<SessionManager*> managers;
        int calls = 0;
        connect(&m_emu->emulator(), &emu::Emulator::requestHandled, this,
                [&calls](const QString& operation, int) {
                    if (operation == QLatin1String("GetHLSStreamingSessionURL"))
                        ++calls;
                });
        const StreamingSessionOptions o = onDemand(now() - 3600 * 1000, now() - 3000 * 1000);
        for (int i = 0; i < 10; ++i) {
            auto* m = new SessionManager(m_kvs.get(), this);
            m->setBudget(&budget);
            QSignalSpy ready(m, &SessionManager::sessionReady);
            m->start(StreamRef::byName(QStringLiteral("lobby")), o);
            QVERIFY(ready.wait(20000));
            managers << m;
        }
        QCOMPARE(budget.liveCount(StreamRef::byName(QStringLiteral("lobby")).key(),
                                  QDateTime::currentMSecsSinceEpoch()),
                 10);
        SessionManager eleventh(m_kvs.get());
        eleventh.setBudget(&budget);
        QSignalSpy problems(&eleventh, &SessionManager::problem);
        QSignalSpy ready(&eleventh, &SessionManager::sessionReady);
        eleventh.start(StreamRef::byName(QStringLiteral("lobby")), o);
        QCOMPARE(problems.size(), 1);
        QVERIFY(problems.first().at(0).toString().contains(QLatin1String("10 live")));
        QVERIFY(!problems.first().at(1).value<std::optional<AwsError>>().has_value());
        QTest::qWait(300);
        QCOMPARE(ready.size(), 0);
        QCOMPARE(calls, 10); // the 11th session was never asked for
        // Another stream has its own budget.
        SessionManager other(m_kvs.get());
        other.setBudget(&budget);
        QSignalSpy otherReady(&other, &SessionManager::sessionReady);
        other.start(StreamRef::byName(QStringLiteral("front-door")), o);
        QVERIFY(otherReady.wait(20000));
        qDeleteAll(managers);
    }

    void explainsTheServiceSessionLimit() {
        // Without a local budget, AWS (the emulator) refuses the 11th LIVE session.
        StreamingSessionOptions live;
        live.mode = PlaybackMode::Live;
        QList<SessionManager*> managers;
        for (int i = 0; i < 10; ++i) {
            auto* m = new SessionManager(m_kvs.get(), this);
            QSignalSpy ready(m, &SessionManager::sessionReady);
            QSignalSpy problems(m, &SessionManager::problem);
            m->start(StreamRef::byName(QStringLiteral("front-door")), live);
            QVERIFY2(ready.wait(20000), problems.isEmpty()
                                            ? "no session"
                                            : qPrintable(problems.first().at(0).toString()));
            managers << m;
        }
        SessionManager eleventh(m_kvs.get());
        eleventh.start(StreamRef::byName(QStringLiteral("front-door")), live);
        const Problem p = waitProblem(eleventh);
        QVERIFY(p.error.has_value());
        QCOMPARE(p.error->type, QStringLiteral("ClientLimitExceededException"));
        QVERIFY2(p.explanation.contains(QLatin1String("10 live")), qPrintable(p.explanation));
        qDeleteAll(managers);
    }

    void explainsNoFragmentsFromAws() {
        // front-door has a 2 h gap starting 4 days 20 hours ago.
        const qint64 gap = now() - (4 * 24 + 20) * 3600 * 1000LL;
        SessionManager manager(m_kvs.get());
        manager.start(StreamRef::byName(QStringLiteral("front-door")),
                      onDemand(gap + 20 * 60 * 1000, gap + 60 * 60 * 1000));
        const Problem p = waitProblem(manager);
        QVERIFY(p.error.has_value());
        QCOMPARE(p.error->type, QStringLiteral("ResourceNotFoundException"));
        QVERIFY2(p.explanation.contains(QLatin1String("no fragments")), qPrintable(p.explanation));
        QVERIFY(!manager.isActive());
    }

    void explainsNoFragmentsFromTheIndex() {
        const qint64 gap = now() - (4 * 24 + 20) * 3600 * 1000LL;
        ReviewState review;
        QVERIFY(
            load(&review, QStringLiteral("front-door"), gap - 3600 * 1000, gap + 3 * 3600 * 1000));
        SessionManager manager(m_kvs.get());
        manager.setReviewState(&review);
        int calls = 0;
        connect(&m_emu->emulator(), &emu::Emulator::requestHandled, this,
                [&calls](const QString& op, int) { calls += op.contains(QLatin1String("HLS")); });
        QSignalSpy problems(&manager, &SessionManager::problem);
        manager.start(StreamRef::byName(QStringLiteral("front-door")),
                      onDemand(gap + 20 * 60 * 1000, gap + 60 * 60 * 1000));
        QCOMPARE(problems.size(), 1); // at once, from local knowledge
        QVERIFY(problems.first().at(0).toString().contains(QLatin1String("No footage")));
        QVERIFY(!problems.first().at(1).value<std::optional<AwsError>>().has_value());
        QTest::qWait(200);
        QCOMPARE(calls, 0);
    }

    void explainsRetentionAndFuture() {
        ReviewState review;
        StreamInfo info;
        info.streamName = QStringLiteral("front-door");
        info.dataRetentionInHours = 24;
        review.setStream(StreamRef::byName(info.streamName), info);
        SessionManager manager(m_kvs.get());
        manager.setReviewState(&review);
        QSignalSpy problems(&manager, &SessionManager::problem);
        manager.start(StreamRef::byName(QStringLiteral("front-door")),
                      onDemand(now() - 50 * 3600 * 1000LL, now() - 49 * 3600 * 1000LL));
        QCOMPARE(problems.size(), 1);
        QVERIFY2(problems.last().at(0).toString().contains(QLatin1String("retention")),
                 qPrintable(problems.last().at(0).toString()));

        manager.start(StreamRef::byName(QStringLiteral("front-door")),
                      onDemand(now() + 3600 * 1000, now() + 7200 * 1000));
        QCOMPARE(problems.size(), 2);
        QVERIFY2(problems.last().at(0).toString().contains(QLatin1String("future")),
                 qPrintable(problems.last().at(0).toString()));
    }

    void explainsStreamProblemsFromAws_data() {
        QTest::addColumn<QString>("change");
        QTest::addColumn<QString>("type");
        QTest::addColumn<QString>("words");
        QTest::newRow("no retention") << "retention"
                                      << "NoDataRetentionException"
                                      << "no archive";
        QTest::newRow("media type") << "media"
                                    << "UnsupportedStreamMediaTypeException"
                                    << "cannot be played";
    }

    void explainsStreamProblemsFromAws() {
        QFETCH(QString, change);
        QFETCH(QString, type);
        QFETCH(QString, words);
        for (emu::StreamSpec& s : m_emu->emulator().scenario().streams) {
            if (s.name != QLatin1String("loading-dock"))
                continue;
            if (change == QLatin1String("retention"))
                s.dataRetentionHours = 0;
            else
                s.mediaType = QStringLiteral("audio/aac");
        }
        SessionManager manager(m_kvs.get());
        manager.start(StreamRef::byName(QStringLiteral("loading-dock")),
                      onDemand(now() - 3600 * 1000, now() - 3000 * 1000));
        const Problem p = waitProblem(manager);
        QVERIFY(p.error.has_value());
        QCOMPARE(p.error->type, type);
        QVERIFY2(p.explanation.contains(words), qPrintable(p.explanation));
    }

    void explainsEveryKnownError_data() {
        QTest::addColumn<QString>("type");
        QTest::addColumn<QString>("message");
        QTest::addColumn<QString>("words");
        QTest::newRow("times") << "InvalidArgumentException"
                               << "StartTimestamp must be before EndTimestamp."
                               << "time range";
        QTest::newRow("missing cpd") << "MissingCodecPrivateDataException"
                                     << ""
                                     << "codec private";
        QTest::newRow("invalid cpd") << "InvalidCodecPrivateDataException"
                                     << ""
                                     << "codec private";
        QTest::newRow("limit") << "ClientLimitExceededException"
                               << ""
                               << "10 live";
        QTest::newRow("not found")
            << "ResourceNotFoundException"
            << "No fragments found in the stream for the requested time range."
            << "no fragments";
    }

    void explainsEveryKnownError() {
        QFETCH(QString, type);
        QFETCH(QString, message);
        QFETCH(QString, words);
        AwsError e = AwsError::make(AwsError::Kind::Service, type, message);
        const QString text = SessionManager::explain(e, onDemand(1000, 2000), 42);
        QVERIFY2(text.contains(words), qPrintable(text));
        if (type == QLatin1String("InvalidArgumentException"))
            QVERIFY(text.contains(QLatin1String("42 second")));
    }

    void invalidOptionsAreAUsageProblem() {
        SessionManager manager(m_kvs.get());
        QSignalSpy problems(&manager, &SessionManager::problem);
        StreamingSessionOptions o;
        o.mode = PlaybackMode::OnDemand; // no times
        manager.start(StreamRef::byName(QStringLiteral("front-door")), o);
        QCOMPARE(problems.size(), 1);
        QCOMPARE(problems.first().at(1).value<std::optional<AwsError>>()->kind,
                 AwsError::Kind::Usage);
    }

    void budgetCountsUntilExpiry() {
        LiveSessionBudget budget(2);
        const QString key = QStringLiteral("name:cam");
        const quint64 a = budget.reserve(key, 1000, 5000);
        const quint64 b = budget.reserve(key, 1000, 9000);
        QVERIFY(a && b);
        QCOMPARE(budget.reserve(key, 2000, 9000), quint64(0)); // full
        QCOMPARE(budget.nextFreeAtMs(key, 2000), 5000);
        QVERIFY(budget.reserve(QStringLiteral("name:other"), 2000, 9000) != 0);
        QVERIFY(budget.reserve(key, 5000, 9000) != 0); // the first one expired
        budget.release(b);                             // its call failed: no session
        QCOMPARE(budget.liveCount(key, 5000), 1);
    }

    void playbackTimeMapAcrossAGap() {
        QList<Fragment> fragments;
        auto add = [&fragments](qint64 start, qint64 duration) {
            Fragment f;
            f.fragmentNumber = QString::number(fragments.size() + 1);
            f.serverMs = start;
            f.producerMs = start - 500;
            f.durationMs = duration;
            fragments << f;
        };
        add(10000, 2000);
        add(12000, 2000);
        add(20000, 2000); // 6 s gap before
        add(22100, 1900); // 100 ms jitter: not a gap
        const PlaybackTimeMap map(fragments, TimestampType::Server);
        QCOMPARE(map.durationMs(), 7900);
        QCOMPARE(map.wallClockMs(0), 10000);
        QCOMPARE(map.wallClockMs(3999), 13999);
        QCOMPARE(map.wallClockMs(4000), 20000);
        QCOMPARE(map.wallClockMs(6500), 22600);
        QCOMPARE(map.positionMs(13000), 3000);
        QCOMPARE(map.positionMs(16000), 4000); // in the gap: the next fragment
        QCOMPARE(map.positionMs(20500), 4500);
        QCOMPARE(map.gaps(), (QList<TimeInterval>{{14000, 20000}}));
        QCOMPARE(map.gapEdges(), (QList<qint64>{14000, 20000}));
        QCOMPARE(map.nextGapEdge(11000), std::optional<qint64>(14000));
        QCOMPARE(map.previousGapEdge(21000), std::optional<qint64>(20000));
        QVERIFY(!map.nextGapEdge(20000).has_value());
        QCOMPARE(map.fragmentAt(4100), 2);
        const PlaybackTimeMap producer(fragments, TimestampType::Producer);
        QCOMPARE(producer.wallClockMs(0), 9500);
    }
};

QTEST_GUILESS_MAIN(TestSessionManager)
#include "test_session_manager.moc"
