// The review desk's item models over real emulator data: StreamListModel (ListStreams),
// ReviewFragmentModel (pages of a FragmentListJob through ReviewState), JobListModel (a real
// listing job in a JobRegistry) and LogModel (a real AWS error; the ring bound; redaction).
#include "core/jobs/job_registry.h"
#include "core/kvs/fragment_list_job.h"
#include "core/kvs/kvs_client.h"
#include "core/models/job_list_model.h"
#include "core/models/log_model.h"
#include "core/models/review_fragment_model.h"
#include "core/models/stream_list_model.h"
#include "core/review/review_state.h"
#include "tests/support/emulator_fixture.h"

#include <QAbstractItemModelTester>
#include <QDateTime>
#include <QSignalSpy>
#include <QTest>

#include <algorithm>
#include <memory>

using namespace kinescope;

class TestDeskModels : public QObject {
    Q_OBJECT

private:
    std::unique_ptr<test::EmulatorFixture> m_emu;
    std::unique_ptr<KvsClient> m_kvs;

    FragmentListJob* makeJob(const QString& stream, int pageSize, QObject* parent) {
        const qint64 now = QDateTime::currentMSecsSinceEpoch();
        FragmentListJob::Options options;
        options.pageSize = pageSize;
        return new FragmentListJob(m_kvs.get(), StreamRef::byName(stream),
                                   {TimestampType::Server, now - 6 * 3600 * 1000LL, now}, options,
                                   parent);
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

    void streamListModel() {
        StreamListModel model;
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        // Two streams per page, so the model grows page by page.
        bool done = false;
        std::function<void(const QString&)> fetch = [&](const QString& token) {
            m_kvs->listStreams(
                QString(), 2, token, this, [&](const Result<Page<StreamInfo>>& page) {
                    QVERIFY2(page, qPrintable(page ? QString() : page.error().toString()));
                    model.appendStreams(page->items);
                    if (page->nextToken.isEmpty())
                        done = true;
                    else
                        fetch(page->nextToken);
                });
        };
        fetch(QString());
        QTRY_VERIFY(done);
        const auto& specs = m_emu->emulator().scenario().streams;
        QCOMPARE(model.rowCount(), int(specs.size()));
        for (const auto& spec : specs) {
            const int row = model.rowOfName(spec.name);
            QVERIFY2(row >= 0, qPrintable(spec.name));
            QCOMPARE(model.index(row, StreamListModel::StatusColumn).data().toString(),
                     spec.status);
            QCOMPARE(model.index(row, StreamListModel::RetentionColumn)
                         .data(StreamListModel::SortRole)
                         .toInt(),
                     spec.dataRetentionHours);
            QCOMPARE(model.index(row, 0).data(StreamListModel::StreamArnRole).toString(),
                     spec.arn(m_emu->region(), m_emu->emulator().scenario().accountId));
        }
        // DescribeStream details replace the row's.
        StreamInfo changed = model.stream(0);
        changed.status = QStringLiteral("UPDATING");
        model.updateStream(changed);
        QCOMPARE(model.index(0, StreamListModel::StatusColumn).data().toString(),
                 QStringLiteral("UPDATING"));
        model.clear();
        QCOMPARE(model.rowCount(), 0);
    }

    void reviewFragmentModelInsertsPages_data() {
        QTest::addColumn<QString>("stream");
        QTest::newRow("front-door") << QStringLiteral("front-door");
        // Repeats fragments across pages: the table must not show them twice.
        QTest::newRow("parking-north") << QStringLiteral("parking-north");
    }

    void reviewFragmentModelInsertsPages() {
        QFETCH(QString, stream);
        ReviewState review;
        review.setStream(StreamRef::byName(stream));
        ReviewFragmentModel model(&review);
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
        FragmentListJob* job = makeJob(stream, 100, this);
        int pages = 0;
        connect(job, &FragmentListJob::pageAdded, &review, [&](const QList<Fragment>& page) {
            ++pages;
            review.addFragments(page);
        });
        job->start();
        QTRY_VERIFY_WITH_TIMEOUT(job->isFinished(), 60000);
        QCOMPARE(job->state(), Job::State::Succeeded);
        QVERIFY(pages > 1);
        // Every fragment exactly once, as in the index.
        QCOMPARE(model.rowCount(), int(review.index().size()));
        QCOMPARE(model.rowCount(), int(job->index().size()));
        QVERIFY(model.rowCount() > 100);
        // One insertion per page that brought something new: never one per fragment.
        QCOMPARE(inserted.count(), model.batchesInserted());
        QVERIFY(inserted.count() <= pages);
        QVERIFY(inserted.count() < model.rowCount() / 10);

        // Columns and sort roles come from the fragments.
        const Fragment f = model.fragment(3);
        QVERIFY(job->index().containsNumber(f.fragmentNumber));
        QCOMPARE(model.index(3, ReviewFragmentModel::NumberColumn).data().toString(),
                 f.fragmentNumber);
        QCOMPARE(model.index(3, ReviewFragmentModel::ServerTimeColumn)
                     .data(ReviewFragmentModel::SortRole)
                     .toLongLong(),
                 f.serverMs);
        QCOMPARE(model.index(3, ReviewFragmentModel::DriftColumn)
                     .data(ReviewFragmentModel::SortRole)
                     .toLongLong(),
                 f.serverMs - f.producerMs);
        QCOMPARE(model.index(3, ReviewFragmentModel::SizeColumn)
                     .data(ReviewFragmentModel::SortRole)
                     .toLongLong(),
                 f.sizeBytes);
        QCOMPARE(model.index(3, 0).data(ReviewFragmentModel::EndMsRole).toLongLong(),
                 f.serverMs + f.durationMs);
        review.setClock(TimestampType::Producer);
        QCOMPARE(model.index(3, 0).data(ReviewFragmentModel::StartMsRole).toLongLong(),
                 f.producerMs);

        // Switching streams empties the table.
        review.setStream(StreamRef::byName(QStringLiteral("lobby")));
        QCOMPARE(model.rowCount(), 0);
        QCOMPARE(model.batchesInserted(), 0);
    }

    void jobListModelFollowsJobs() {
        JobRegistry registry;
        JobListModel model(&registry);
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        FragmentListJob* first = makeJob(QStringLiteral("front-door"), 50, this);
        FragmentListJob* second = makeJob(QStringLiteral("loading-dock"), 50, this);
        registry.add(first);
        registry.add(second);
        QCOMPARE(model.rowCount(), 2);
        QCOMPARE(model.job(0), first);
        second->cancel();
        QCOMPARE(model.index(1, JobListModel::StateColumn).data().toString(),
                 JobListModel::stateText(Job::State::Canceled));
        QVERIFY(model.index(1, 0).data(JobListModel::FinishedRole).toBool());
        QTRY_VERIFY_WITH_TIMEOUT(first->isFinished(), 60000);
        QCOMPARE(first->state(), Job::State::Succeeded);
        QCOMPARE(model.index(0, 0).data(JobListModel::ProgressRole).toInt(), 100);
        QCOMPARE(model.index(0, JobListModel::StateColumn).data().toString(),
                 JobListModel::stateText(Job::State::Succeeded));
        QCOMPARE(model.index(0, JobListModel::MessageColumn).data().toString(),
                 first->progressText());
        registry.clearFinished();
        QCOMPARE(model.rowCount(), 0);
        // A destroyed job leaves the model too.
        FragmentListJob* third = makeJob(QStringLiteral("lobby"), 50, this);
        registry.add(third);
        QCOMPARE(model.rowCount(), 1);
        delete third;
        QCOMPARE(model.rowCount(), 0);
    }

    void logModelRingAndAwsDetails() {
        LogModel model(3);
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        std::optional<AwsError> error;
        m_kvs->describeStream(StreamRef::byName(QStringLiteral("no-such-stream")), this,
                              [&](const Result<StreamInfo>& r) {
                                  QVERIFY(!r);
                                  error = r.error();
                              });
        QTRY_VERIFY(error.has_value());
        model.addError(QStringLiteral("Describing no-such-stream"), *error);
        QCOMPARE(model.rowCount(), 1);
        QCOMPARE(model.index(0, LogModel::ErrorTypeColumn).data().toString(), error->type);
        QCOMPARE(model.index(0, LogModel::ErrorTypeColumn).data().toString(),
                 QStringLiteral("ResourceNotFoundException"));
        QCOMPARE(model.index(0, LogModel::HttpStatusColumn).data().toString(),
                 QString::number(error->httpStatus));
        QVERIFY(!error->requestId.isEmpty());
        QCOMPARE(model.index(0, LogModel::RequestIdColumn).data().toString(), error->requestId);
        QCOMPARE(model.index(0, LogModel::MessageColumn).data().toString(), error->userMessage());
        QCOMPARE(model.entry(0).level, LogModel::Level::Error);

        for (int i = 1; i <= 4; ++i)
            model.addInfo(QStringLiteral("message %1").arg(i));
        QCOMPARE(model.rowCount(), 3);
        QCOMPARE(model.entry(0).message, QStringLiteral("message 2"));
        QCOMPARE(model.entry(2).message, QStringLiteral("message 4"));

        model.addInfo(QStringLiteral("Playing https://b-1234.kinesisvideo.us-east-1.amazonaws.com/"
                                     "hls/v1/getHLSMasterPlaylist.m3u8?SessionToken=CiAbCdEf123"
                                     " with X-Amz-Signature=abcdef0123 and "
                                     "aws_secret_access_key = wJalrXUtnFEMI"));
        const QString shown = model.entry(2).message;
        QVERIFY2(!shown.contains(QLatin1String("CiAbCdEf123")), qPrintable(shown));
        QVERIFY2(!shown.contains(QLatin1String("abcdef0123")), qPrintable(shown));
        QVERIFY2(!shown.contains(QLatin1String("wJalrXUtnFEMI")), qPrintable(shown));
        QVERIFY(shown.contains(QLatin1String("getHLSMasterPlaylist.m3u8")));
        model.clear();
        QCOMPARE(model.rowCount(), 0);
    }
};

QTEST_GUILESS_MAIN(TestDeskModels)
#include "tst_desk_models.moc"
