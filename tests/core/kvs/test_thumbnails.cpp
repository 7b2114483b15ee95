// ThumbnailService against the in-process emulator: GetImages over a window (split, one
// fragment earlier, NO_MEDIA in a gap), the disk cache across services, and the local FFmpeg
// fallback for a stream without image generation (parking-north).
#include "core/jobs/job_registry.h"
#include "core/kvs/fragment_list_job.h"
#include "core/kvs/kvs_client.h"
#include "core/review/review_state.h"
#include "core/review/workspace.h"
#include "core/thumbnails/keyframe_decoder.h"
#include "core/thumbnails/thumbnail_service.h"
#include "tests/support/emulator_fixture.h"

#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace kinescope;

class TestThumbnails : public QObject {
    Q_OBJECT
    std::unique_ptr<test::EmulatorFixture> m_emu;
    QTemporaryDir m_cache;
    QHash<QString, int> m_calls;

    std::unique_ptr<Workspace> workspace() {
        auto ws = std::make_unique<Workspace>();
        AwsSettingsInput in;
        in.endpointUrl = m_emu->url().toString();
        in.region = m_emu->region();
        QProcessEnvironment env;
        env.insert(QStringLiteral("HOME"), m_cache.filePath(QStringLiteral("home")));
        env.insert(QStringLiteral("AWS_ACCESS_KEY_ID"), m_emu->credentials().accessKeyId);
        env.insert(QStringLiteral("AWS_SECRET_ACCESS_KEY"), m_emu->credentials().secretAccessKey);
        in.environment = env;
        const Status s = ws->connectTo(in);
        if (!s)
            qWarning() << s.error().toString();
        ws->setCacheDir(m_cache.filePath(QStringLiteral("cache")));
        return ws;
    }

    qint64 now() { return m_emu->emulator().nowMs(); }

    // Collects what a service announces per time.
    struct Results {
        QMap<qint64, QImage> images;
        QMap<qint64, QString> missing;
        int count() const { return int(images.size() + missing.size()); }
    };
    static void collect(ThumbnailService* service, Results* out) {
        connect(service, &ThumbnailService::thumbnailReady, service,
                [out](qint64 ms, const QImage& image) { out->images.insert(ms, image); });
        connect(service, &ThumbnailService::thumbnailMissing, service,
                [out](qint64 ms, const QString& error) { out->missing.insert(ms, error); });
    }
    static QList<qint64> slotTimes(TimeInterval window, qint64 step) {
        QList<qint64> out;
        for (qint64 t = (window.startMs + step - 1) / step * step; t < window.endMs; t += step)
            out << t;
        return out;
    }

private Q_SLOTS:
    void init() {
        QVERIFY(m_cache.isValid());
        m_emu = std::make_unique<test::EmulatorFixture>();
        QVERIFY2(m_emu->ok(), qPrintable(m_emu->error()));
        m_calls.clear();
        connect(&m_emu->emulator(), &emu::Emulator::requestHandled, this,
                [this](const QString& operation, int) { ++m_calls[operation]; });
    }
    void cleanup() { m_emu.reset(); }

    void imagesOverAWindowWithAGap() {
        auto ws = workspace();
        QVERIFY(ws->isConnected());
        ws->review()->setStream(StreamRef::byName(QStringLiteral("front-door")));
        ThumbnailService service(ws.get());
        Results got;
        collect(&service, &got);
        // front-door has a 4 min gap starting 1 day 5 hours ago; 10 minutes around it.
        const qint64 gapStart = now() - 29 * 3600 * 1000LL;
        const qint64 gapEnd = gapStart + 4 * 60 * 1000;
        const TimeInterval window{gapStart - 3 * 60 * 1000, gapStart + 7 * 60 * 1000};
        QSignalSpy jobAdded(ws->jobs(), &JobRegistry::jobAdded);
        service.request(window, 100);
        QCOMPARE(service.samplingIntervalMs(), 6000);
        const QList<qint64> wanted = slotTimes(window, 6000);
        QVERIFY(service.isBusy());
        QTRY_VERIFY_WITH_TIMEOUT(!service.isBusy(), 60000);
        QCOMPARE(jobAdded.size(), 1);
        QCOMPARE(ws->jobs()->jobs().first()->state(), Job::State::Succeeded);
        QCOMPARE(service.source(), ThumbnailService::Source::Images);
        QVERIFY(m_calls.value(QStringLiteral("GetImages")) >= 3); // ≤ 300 s per request
        for (qint64 t : wanted) {
            const bool inGap = t >= gapStart + 2000 && t < gapEnd - 2000;
            const bool clear = t < gapStart - 4000 || t >= gapEnd + 4000;
            if (inGap) {
                QVERIFY2(got.missing.value(t) == QLatin1String("NO_MEDIA"),
                         qPrintable(QStringLiteral("slot %1").arg(t)));
            } else if (clear) {
                QVERIFY2(got.images.contains(t), qPrintable(QStringLiteral("slot %1").arg(t)));
                QCOMPARE(got.images.value(t).size(), QSize(320, 180));
            }
        }
        // The first slot has its image although it falls mid-fragment (asked one fragment early).
        QVERIFY(got.images.contains(wanted.first()));
        // Hover lookups: the image at or before a time within one interval.
        QVERIFY(service.cached(wanted.first() + 2500).has_value());
        QVERIFY(!service.cached(gapStart + 60 * 1000).has_value());
    }

    void diskCacheServesASecondService() {
        const TimeInterval window{now() - 2 * 3600 * 1000, now() - 2 * 3600 * 1000 + 120 * 1000};
        Results first;
        {
            auto ws = workspace();
            ws->review()->setStream(StreamRef::byName(QStringLiteral("loading-dock")));
            ThumbnailService service(ws.get());
            collect(&service, &first);
            service.request(window, 20);
            QTRY_VERIFY_WITH_TIMEOUT(!service.isBusy(), 60000);
            QVERIFY(service.fetchedCount() >= 20);
            QVERIFY(QDir(service.cacheLocation()).entryList(QDir::Files).size() >= 20);
        }
        const int callsBefore = m_calls.value(QStringLiteral("GetImages"));
        auto ws = workspace();
        ws->review()->setStream(StreamRef::byName(QStringLiteral("loading-dock")));
        ThumbnailService second(ws.get());
        Results again;
        collect(&second, &again);
        second.request(window, 20);
        const QList<qint64> wanted = slotTimes(window, second.samplingIntervalMs());
        QCOMPARE(wanted.size(), 20);
        for (qint64 t : wanted)
            QVERIFY(first.images.contains(t));
        QCOMPARE(again.images.keys(), wanted); // at once, from disk
        QVERIFY(!second.isBusy());
        QCOMPARE(second.cacheHits(), 20);
        QCOMPARE(second.fetchedCount(), 0);
        QTest::qWait(300);
        QCOMPARE(m_calls.value(QStringLiteral("GetImages")), callsBefore);
        const qint64 t = wanted.first();
        QCOMPARE(again.images.value(t).size(), first.images.value(t).size());
    }

    void localFallbackDecodesFragments() {
        auto ws = workspace();
        const StreamRef stream = StreamRef::byName(QStringLiteral("parking-north"));
        const TimeInterval window{now() - 3 * 3600 * 1000, now() - 3 * 3600 * 1000 + 120 * 1000};
        FragmentListJob listing(ws->kvs(), stream,
                                {TimestampType::Server, window.startMs - 20000, window.endMs}, {});
        QSignalSpy listed(&listing, &Job::finished);
        listing.start();
        QVERIFY(listing.isFinished() || listed.wait(60000));
        QCOMPARE(listing.state(), Job::State::Succeeded);
        ws->review()->setStream(stream);
        ws->review()->setLoadedRange({window.startMs - 20000, window.endMs});
        ws->review()->addFragments(listing.index().toList());

        ThumbnailService service(ws.get());
        QSignalSpy source(&service, &ThumbnailService::sourceChanged);
        Results got;
        collect(&service, &got);
        service.request(window, 12); // every 10 s
        const QList<qint64> wanted = slotTimes(window, 10000);
        QTRY_VERIFY_WITH_TIMEOUT(!service.isBusy(), 90000);
        QCOMPARE(service.source(), ThumbnailService::Source::Local);
        QCOMPARE(m_calls.value(QStringLiteral("GetImages")), 0);
        QVERIFY(m_calls.value(QStringLiteral("GetMediaForFragmentList")) > 0);
        QVERIFY(m_calls.value(QStringLiteral("DescribeImageGenerationConfiguration")) == 1);
        for (qint64 t : wanted) {
            QVERIFY2(got.images.contains(t), qPrintable(QStringLiteral("slot %1").arg(t)));
            const QImage image = got.images.value(t);
            QCOMPARE(image.size(), QSize(320, 180));
            // A real picture (the stream name and time are drawn on it), not a flat fill.
            QSet<QRgb> colours;
            for (int y = 0; y < image.height(); y += 7)
                for (int x = 0; x < image.width(); x += 7)
                    colours.insert(image.pixel(x, y));
            QVERIFY(colours.size() > 4);
        }
        // The jobs were listed with progress in the workspace's registry.
        bool local = false;
        for (Job* job : ws->jobs()->jobs())
            local |= job->title().contains(QLatin1String("Local")) && job->total() > 0 &&
                     job->done() == job->total();
        QVERIFY(local);
    }

    void localThumbnailsWaitForTheFragmentIndex() {
        auto ws = workspace();
        const StreamRef stream = StreamRef::byName(QStringLiteral("parking-north"));
        ws->review()->setStream(stream);
        ThumbnailService service(ws.get());
        Results got;
        collect(&service, &got);
        const TimeInterval window{now() - 5 * 3600 * 1000, now() - 5 * 3600 * 1000 + 60 * 1000};
        service.request(window, 6); // before any fragment is known
        QTRY_COMPARE_WITH_TIMEOUT(service.source(), ThumbnailService::Source::Local, 20000);
        QTest::qWait(200);
        QCOMPARE(got.count(), 0); // not NO_MEDIA: nothing is known yet
        FragmentListJob listing(ws->kvs(), stream,
                                {TimestampType::Server, window.startMs - 20000, window.endMs}, {});
        QSignalSpy listed(&listing, &Job::finished);
        listing.start();
        QVERIFY(listing.isFinished() || listed.wait(60000));
        ws->review()->setLoadedRange({window.startMs - 20000, window.endMs});
        ws->review()->addFragments(listing.index().toList());
        const QList<qint64> wanted = slotTimes(window, 10000);
        QTRY_VERIFY_WITH_TIMEOUT(got.images.size() == wanted.size(), 60000);
    }

    void jobsCanBeCanceledFromTheRegistry() {
        auto ws = workspace();
        ws->review()->setStream(StreamRef::byName(QStringLiteral("lobby")));
        ThumbnailService service(ws.get());
        Results got;
        collect(&service, &got);
        QSignalSpy jobAdded(ws->jobs(), &JobRegistry::jobAdded);
        service.request({now() - 6 * 3600 * 1000, now() - 5 * 3600 * 1000}, 1000); // 1200 slots
        QVERIFY(jobAdded.wait(20000));
        auto* job = jobAdded.first().at(0).value<Job*>();
        QCOMPARE(job->state(), Job::State::Running);
        ws->jobs()->cancelAll();
        QCOMPARE(job->state(), Job::State::Canceled);
        QVERIFY(!service.isBusy());
        const int before = got.count();
        QTest::qWait(500);
        QCOMPARE(got.count(), before); // nothing more arrives
        QVERIFY(before < 1200);
    }

    void decodesThePictureOfAFragment() {
        auto ws = workspace();
        const StreamRef stream = StreamRef::byName(QStringLiteral("lobby"));
        const qint64 t = now() - 3600 * 1000;
        std::optional<Result<Page<Fragment>>> page;
        ws->kvs()->listFragments(stream, {TimestampType::Server, t, t + 60000}, 5, {}, this,
                                 [&page](const Result<Page<Fragment>>& p) { page = p; });
        QTRY_VERIFY_WITH_TIMEOUT(page.has_value(), 20000);
        QVERIFY(page->ok() && !(*page)->items.isEmpty());
        std::optional<Result<AwsResponse>> media;
        ws->kvs()->getMediaForFragmentList(stream, {(*page)->items.first().fragmentNumber}, nullptr,
                                           this,
                                           [&media](const Result<AwsResponse>& r) { media = r; });
        QTRY_VERIFY_WITH_TIMEOUT(media.has_value(), 20000);
        QVERIFY(media->ok());
        const auto picture = decodeFirstPicture((*media)->body, QSize(160, 90));
        QVERIFY2(picture.ok(), picture.ok() ? "" : qPrintable(picture.error().message));
        QCOMPARE(picture->size(), QSize(160, 90));
        QVERIFY(!decodeFirstPicture(QByteArray("not media at all")).ok());
    }
};

QTEST_MAIN(TestThumbnails)
#include "test_thumbnails.moc"
