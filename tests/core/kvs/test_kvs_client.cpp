// KvsClient and FragmentListJob against the local emulator: typed calls, data endpoints,
// complete unordered listings, sharding within the quota, and the persistent store.
#include "core/aws/aws_client.h"
#include "core/kvs/fragment_list_job.h"
#include "core/kvs/fragment_store.h"
#include "core/kvs/kvs_client.h"
#include "emulator/emulator.h"

#include <QNetworkAccessManager>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace kinescope;

class TestKvsClient : public QObject {
    Q_OBJECT
    std::unique_ptr<emu::Emulator> m_emulator;
    QNetworkAccessManager m_network;
    AwsClient* m_aws = nullptr;
    std::unique_ptr<KvsClient> m_kvs;
    QStringList m_log;

    template <typename T>
    Result<T> wait(std::function<void(std::function<void(const Result<T>&)>)> start) {
        std::optional<Result<T>> out;
        start([&out](const Result<T>& r) { out = r; });
        if (!QTest::qWaitFor([&] { return out.has_value(); }, 30000))
            return AwsError::make(AwsError::Kind::Timeout, QStringLiteral("TestTimeout"), {});
        return *out;
    }

    bool runJob(Job* job) {
        QSignalSpy spy(job, &Job::finished);
        job->start();
        return job->isFinished() || spy.wait(120000);
    }

    // What the emulator's archive holds for [t0, t1] on `type`'s clock.
    QList<Fragment> expected(const QString& stream, TimestampType type, qint64 t0, qint64 t1) {
        const emu::FragmentGenerator gen = m_emulator->generator(stream);
        QList<Fragment> out;
        for (const emu::IndexRange& r : gen.select(type, t0, t1, m_emulator->nowMs()))
            for (qint64 i = r.first; i <= r.last; ++i)
                out.append(gen.fragment(i));
        std::sort(out.begin(), out.end(), [type](const Fragment& a, const Fragment& b) {
            return a.timestamp(type) < b.timestamp(type);
        });
        return out;
    }

private Q_SLOTS:
    void init() {
        m_emulator = std::make_unique<emu::Emulator>();
        QString error;
        QVERIFY2(m_emulator->start(&error), qPrintable(error));
        Credentials c;
        c.accessKeyId = QStringLiteral("AKIDKINESCOPEEMULATOR");
        c.secretAccessKey = QStringLiteral("kinescope/emulator/secret+EXAMPLEKEY");
        AwsClient::Config config;
        config.region = QStringLiteral("us-east-1");
        EndpointResolver::Overrides o;
        o.explicitUrl = m_emulator->url();
        config.endpoints = EndpointResolver(o);
        m_aws =
            new AwsClient(&m_network, std::make_shared<StaticCredentialProvider>(c), config, this);
        m_log.clear();
        m_aws->setLogger([this](const QString& line) { m_log << line; });
        m_kvs = std::make_unique<KvsClient>(m_aws);
    }

    void cleanup() {
        m_kvs.reset();
        delete m_aws;
        m_emulator.reset();
    }

    void listAndDescribeStreams() {
        const auto page = wait<Page<StreamInfo>>(
            [this](auto done) { m_kvs->listStreams({}, 0, {}, this, done); });
        QVERIFY2(page.ok(), qPrintable(page.ok() ? QString() : page.error().toString()));
        QCOMPARE(page->items.size(), m_emulator->scenario().streams.size());
        const StreamInfo first = page->items.first();
        QVERIFY(first.streamArn.startsWith(QStringLiteral("arn:aws:kinesisvideo:us-east-1:")));

        const auto byArn = wait<StreamInfo>([this, first](auto done) {
            m_kvs->describeStream(StreamRef::byArn(first.streamArn), this, done);
        });
        QVERIFY(byArn.ok());
        QCOMPARE(byArn->streamName, first.streamName);
        QCOMPARE(byArn->status, QStringLiteral("ACTIVE"));
        QVERIFY(byArn->dataRetentionInHours > 0);
        QVERIFY(byArn->creationTimeMs > 0);

        const auto prefixed = wait<Page<StreamInfo>>([this, first](auto done) {
            m_kvs->listStreams(first.streamName.left(3), 0, {}, this, done);
        });
        QVERIFY(prefixed.ok());
        for (const StreamInfo& s : prefixed->items)
            QVERIFY(s.streamName.startsWith(first.streamName.left(3)));
    }

    void dataEndpointIsCachedPerStreamAndApi() {
        const StreamRef cam = StreamRef::byName(m_emulator->scenario().streams.first().name);
        const qint64 now = m_emulator->nowMs();
        FragmentSelector sel{TimestampType::Server, now - 3600 * 1000, now};
        for (int i = 0; i < 3; ++i) {
            const auto page = wait<Page<Fragment>>(
                [&](auto done) { m_kvs->listFragments(cam, sel, 10, {}, this, done); });
            QVERIFY2(page.ok(), qPrintable(page.ok() ? QString() : page.error().toString()));
        }
        QCOMPARE(m_kvs->dataEndpoints().fetches(), 1);
        QVERIFY(m_kvs->dataEndpoints().contains(cam.key(), KvsApi::ListFragments));
    }

    void failedCallDropsTheCachedEndpoint() {
        const StreamRef cam = StreamRef::byName(m_emulator->scenario().streams.first().name);
        const quint16 port = m_emulator->port();
        const qint64 now = m_emulator->nowMs();
        const FragmentSelector sel{TimestampType::Server, now - 600 * 1000, now};
        auto list = [&] {
            return wait<Page<Fragment>>(
                [&](auto done) { m_kvs->listFragments(cam, sel, 10, {}, this, done); });
        };
        QVERIFY(list().ok());
        QVERIFY(m_kvs->dataEndpoints().contains(cam.key(), KvsApi::ListFragments));

        m_emulator.reset(); // the data endpoint goes away
        const auto failed = list();
        QVERIFY(!failed.ok());
        QCOMPARE(failed.error().kind, AwsError::Kind::Network);
        QVERIFY(!m_kvs->dataEndpoints().contains(cam.key(), KvsApi::ListFragments));

        emu::EmulatorOptions options;
        options.port = port; // the service is back where it was
        m_emulator = std::make_unique<emu::Emulator>(options);
        QVERIFY(m_emulator->start());
        QVERIFY(list().ok());
        QCOMPARE(m_kvs->dataEndpoints().fetches(), 2); // asked GetDataEndpoint again
    }

    void listingIsCompleteSortedAndExact_data() {
        QTest::addColumn<int>("clock");
        QTest::addColumn<qint64>("spanMs");
        QTest::newRow("server, 6 h") << int(TimestampType::Server) << 6 * 3600 * 1000LL;
        QTest::newRow("producer, 6 h") << int(TimestampType::Producer) << 6 * 3600 * 1000LL;
        QTest::newRow("server, 1 day") << int(TimestampType::Server) << 86400 * 1000LL;
    }

    void listingIsCompleteSortedAndExact() {
        QFETCH(int, clock);
        QFETCH(qint64, spanMs);
        const auto type = TimestampType(clock);
        QList<emu::StreamSpec> streams = m_emulator->scenario().streams;
        if (spanMs > 6 * 3600 * 1000LL)
            streams = streams.mid(0, 1); // long listings take time at 5 calls a second
        for (const emu::StreamSpec& spec : streams) {
            const qint64 end = m_emulator->nowMs() - 60 * 1000;
            const qint64 start = end - spanMs;
            FragmentListJob job(m_kvs.get(), StreamRef::byName(spec.name), {type, start, end}, {});
            QVERIFY(runJob(&job));
            QVERIFY2(job.state() == Job::State::Succeeded,
                     qPrintable(job.error() ? job.error()->toString() : QString()));
            const QList<Fragment> want = expected(spec.name, type, start, end);
            const FragmentIndex& index = job.index();
            QCOMPARE(index.size(), want.size());
            for (qsizetype i = 0; i < want.size(); ++i) {
                QCOMPARE(index.fragmentNumber(i), want[i].fragmentNumber);
                QCOMPARE(index.serverMs(i), want[i].serverMs);
                QCOMPARE(index.producerMs(i), want[i].producerMs);
                QCOMPARE(index.durationMs(i), want[i].durationMs);
                QCOMPARE(index.sizeBytes(i), want[i].sizeBytes);
            }
            QVERIFY(job.pagesFetched() >= 1);
        }
        // The client-side budget kept every call within the per-stream quota.
        const QStringList throttled = m_log.filter(QStringLiteral("ClientLimitExceeded"));
        QVERIFY2(throttled.isEmpty(), qPrintable(throttled.join(QLatin1Char('\n'))));
    }

    void emptyRangeAndUnknownStream() {
        const qint64 future = m_emulator->nowMs() + 86400 * 1000LL;
        FragmentListJob empty(m_kvs.get(),
                              StreamRef::byName(m_emulator->scenario().streams.first().name),
                              {TimestampType::Server, future, future + 3600 * 1000}, {});
        QVERIFY(runJob(&empty));
        QCOMPARE(empty.state(), Job::State::Succeeded);
        QCOMPARE(empty.index().size(), 0);

        FragmentListJob missing(m_kvs.get(), StreamRef::byName(QStringLiteral("no-such-camera")),
                                {TimestampType::Server, future - 3600 * 1000, future}, {});
        QVERIFY(runJob(&missing));
        QCOMPARE(missing.state(), Job::State::Failed);
        QCOMPARE(missing.error()->type, QStringLiteral("ResourceNotFoundException"));
    }

    void storeListsOnlyWhatIsUnknown() {
        QTemporaryDir dir;
        FragmentStore store;
        QVERIFY(store.open(dir.filePath(QStringLiteral("fragments.sqlite"))).ok());
        const QString name = m_emulator->scenario().streams.first().name;
        const qint64 end = m_emulator->nowMs() - 2 * 3600 * 1000LL; // well outside the open tail
        const qint64 start = end - 12 * 3600 * 1000LL;
        FragmentListJob::Options options;
        options.store = &store;
        options.profile = QStringLiteral("test");
        options.region = QStringLiteral("us-east-1");

        FragmentListJob first(m_kvs.get(), StreamRef::byName(name),
                              {TimestampType::Server, start, end}, options);
        QVERIFY(runJob(&first));
        QCOMPARE(first.state(), Job::State::Succeeded);
        QVERIFY(first.pagesFetched() > 0);
        const qsizetype count = first.index().size();
        QVERIFY(count > 0);

        // Same range again: everything comes from the store, no ListFragments call.
        FragmentListJob second(m_kvs.get(), StreamRef::byName(name),
                               {TimestampType::Server, start, end}, options);
        QVERIFY(runJob(&second));
        QCOMPARE(second.state(), Job::State::Succeeded);
        QCOMPARE(second.pagesFetched(), 0);
        QCOMPARE(second.index().size(), count);
        QCOMPARE(second.fragmentsFromStore(), count);

        // A wider range lists only the new part.
        const qint64 widerStart = start - 6 * 3600 * 1000LL;
        FragmentListJob third(m_kvs.get(), StreamRef::byName(name),
                              {TimestampType::Server, widerStart, end}, options);
        QVERIFY(runJob(&third));
        QCOMPARE(third.state(), Job::State::Succeeded);
        for (const TimeInterval& listed : third.listedRanges())
            QVERIFY(listed.endMs <= start + 1);
        QCOMPARE(third.index().size(),
                 expected(name, TimestampType::Server, widerStart, end).size());
    }

    void cancelStopsTheListing() {
        m_emulator->faults().latencyMs = 2000;
        const QString name = m_emulator->scenario().streams.first().name;
        const qint64 end = m_emulator->nowMs();
        FragmentListJob job(m_kvs.get(), StreamRef::byName(name),
                            {TimestampType::Server, end - 7 * 86400 * 1000LL, end}, {});
        job.start();
        QTRY_VERIFY(m_log.filter(QStringLiteral("GetDataEndpoint")).size() == 1);
        QTest::qWait(50); // the ListFragments calls are on the wire now
        job.cancel();
        QCOMPARE(job.state(), Job::State::Canceled);
        // The calls in flight were aborted, not left to finish.
        QTRY_VERIFY(!m_log.filter(QStringLiteral("ListFragments: Canceled")).isEmpty());
        QCOMPARE(m_log.filter(QStringLiteral("listFragments ListFragments")).size(), 0);
    }
};

QTEST_GUILESS_MAIN(TestKvsClient)
#include "test_kvs_client.moc"
