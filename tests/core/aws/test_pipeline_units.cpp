// Pure parts of the request pipeline: error documents, retry policy, quotas, pagination, times.
#include "core/aws/error_parser.h"
#include "core/aws/paginator.h"
#include "core/aws/quota_budget.h"
#include "core/aws/retry_policy.h"
#include "core/util/time_format.h"

#include <QTest>

#include <cmath>

using namespace kinescope;

class TestPipelineUnits : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void restJsonErrorFromHeader() {
        const HeaderList headers{{"x-amzn-RequestId", "1d1f5c3a-0000-4000-8000-000000000001"},
                                 {"x-amzn-ErrorType",
                                  "ResourceNotFoundException:http://internal.amazon.com/coral/"
                                  "com.amazonaws.kinesisvideo/"}};
        const AwsError e = parseErrorResponse(
            404, headers, "{\"message\":\"The requested stream is not found or not active.\"}");
        QCOMPARE(e.type, QStringLiteral("ResourceNotFoundException"));
        QCOMPARE(e.message, QStringLiteral("The requested stream is not found or not active."));
        QCOMPARE(e.httpStatus, 404);
        QCOMPARE(e.requestId, QStringLiteral("1d1f5c3a-0000-4000-8000-000000000001"));
        QVERIFY(!e.retryable);
        QVERIFY(e.toString().contains(QStringLiteral("request id 1d1f5c3a")));
        QVERIFY(e.userMessage().contains(QStringLiteral("region")));
    }

    void jsonTypeField() {
        const AwsError e =
            parseErrorResponse(400, {},
                               "{\"__type\":\"com.amazonaws.kinesisvideo#"
                               "ClientLimitExceededException\",\"Message\":\"slow down\"}");
        QCOMPARE(e.type, QStringLiteral("ClientLimitExceededException"));
        QCOMPARE(e.message, QStringLiteral("slow down"));
        // Kinesis Video throttles with HTTP 400; it must be retried as throttling.
        QVERIFY(e.throttling);
        QVERIFY(e.retryable);
    }

    void queryXmlError() {
        const QByteArray body =
            "<ErrorResponse xmlns=\"https://sts.amazonaws.com/doc/2011-06-15/\">\n"
            "  <Error><Type>Sender</Type><Code>SignatureDoesNotMatch</Code>\n"
            "    <Message>The request signature we calculated does not match the signature you "
            "provided.</Message></Error>\n"
            "  <RequestId>c6104cbe-af31-11e0-8154-cbc7ccf896c7</RequestId></ErrorResponse>";
        const AwsError e = parseErrorResponse(403, {}, body);
        QCOMPARE(e.type, QStringLiteral("SignatureDoesNotMatch"));
        QVERIFY(e.message.startsWith(QStringLiteral("The request signature")));
        QCOMPARE(e.requestId, QStringLiteral("c6104cbe-af31-11e0-8154-cbc7ccf896c7"));
        QVERIFY(e.clockSkew); // a candidate; the client checks the Date header
    }

    void unreadableErrorBody() {
        const AwsError e = parseErrorResponse(503, {}, "<html>Service Unavailable</html");
        QCOMPARE(e.type, QStringLiteral("ServiceUnavailable"));
        QVERIFY(e.retryable);
        const AwsError e2 = parseErrorResponse(502, {}, "");
        QCOMPARE(e2.type, QStringLiteral("BadGateway"));
        QVERIFY(e2.retryable);
    }

    void retryPolicyDecisions() {
        RetryPolicy policy;
        AwsError throttled =
            parseErrorResponse(400, {}, "{\"__type\":\"ClientLimitExceededException\"}");
        QVERIFY(policy.shouldRetry(throttled, 1, false, true)); // throttled = not processed
        QVERIFY(!policy.shouldRetry(throttled, 3, true, true)); // attempts exhausted
        AwsError internal = parseErrorResponse(500, {}, "{}");
        QVERIFY(policy.shouldRetry(internal, 1, true, true));
        QVERIFY(!policy.shouldRetry(internal, 1, false, true)); // may have been processed
        AwsError refused =
            AwsError::make(AwsError::Kind::Network, QStringLiteral("NetworkError"), {});
        QVERIFY(policy.shouldRetry(refused, 1, false, false)); // never sent: safe
        QVERIFY(!policy.shouldRetry(refused, 1, false, true));
        AwsError notFound =
            parseErrorResponse(404, {}, "{\"__type\":\"ResourceNotFoundException\"}");
        QVERIFY(!policy.shouldRetry(notFound, 1, true, true));
    }

    void retryBackoffIsFullJitter() {
        RetryPolicy policy({3, 100, 20000, 500});
        policy.setRandom([] { return 0.999999; });
        QCOMPARE(policy.backoffMs(1), 199);
        QCOMPARE(policy.backoffMs(3), 799);
        QCOMPARE(policy.backoffMs(20), 19999); // capped
        policy.setRandom([] { return 0.0; });
        QCOMPARE(policy.backoffMs(5), 0);
    }

    void retryQuotaDrainsAndRefills() {
        RetryPolicy policy({3, 100, 20000, 20});
        AwsError e = parseErrorResponse(500, {}, "{}");
        QVERIFY(policy.acquireRetryToken(e));
        QVERIFY(policy.acquireRetryToken(e));
        QVERIFY(policy.acquireRetryToken(e));
        QVERIFY(policy.acquireRetryToken(e));
        QVERIFY(!policy.acquireRetryToken(e)); // 20 tokens / 5 each
        policy.onSuccess(true);
        QCOMPARE(policy.quotaTokens(), 5);
        AwsError timeout = AwsError::make(AwsError::Kind::Timeout, QStringLiteral("Timeout"), {});
        QVERIFY(!policy.acquireRetryToken(timeout)); // costs 10
    }

    void tokenBucketSpacesCalls() {
        TokenBucket bucket(5.0, 5.0);
        for (int i = 0; i < 5; ++i)
            QCOMPARE(bucket.reserve(0), 0);
        QCOMPARE(bucket.reserve(0), 200);
        QCOMPARE(bucket.reserve(0), 400);  // debt spaces later callers further out
        QCOMPARE(bucket.reserve(1000), 0); // 5 tokens came back, 2 were owed
        QCOMPARE(bucket.reserve(1000), 0);
        QCOMPARE(bucket.reserve(1000), 0);
        QCOMPARE(bucket.reserve(1000), 200);
    }

    void quotaBudgetPerStreamAndApi() {
        QuotaBudget budget;
        qint64 now = 0;
        budget.setClock([&now] { return now; });
        const QString lf = QStringLiteral("ListFragments");
        // ListFragments: documented 5 per second per stream; the budget keeps a margin
        // (4 burst, 4.5 per second) and never lets 6 calls into one second.
        int immediate = 0;
        while (budget.reserve(QStringLiteral("cam"), lf) == 0)
            ++immediate;
        QCOMPARE(immediate, 4);
        qint64 lastWait = 0;
        for (int i = 0; i < 9; ++i)
            lastWait = budget.reserve(QStringLiteral("cam"), lf);
        // 4 burst + 10 more calls at 4.5/s: the last one waits 10/4.5 s.
        QCOMPARE(lastWait, qint64(std::ceil(10 * 1000.0 / 4.5)));
        // Another stream has its own bucket; an API without a quota never waits.
        QCOMPARE(budget.reserve(QStringLiteral("other"), lf), 0);
        QCOMPARE(budget.reserve(QStringLiteral("cam"), QStringLiteral("DescribeStream")), 0);
        // GetClip: 1 per second, so a second call waits.
        QCOMPARE(budget.reserve(QStringLiteral("cam"), QStringLiteral("GetClip")), 0);
        QVERIFY(budget.reserve(QStringLiteral("cam"), QStringLiteral("GetClip")) >= 1000);
        // Session URLs: a burst, then about one per second.
        int sessionBurst = 0;
        while (budget.reserve(QStringLiteral("cam"), QStringLiteral("GetHLSStreamingSessionURL")) ==
               0)
            ++sessionBurst;
        QCOMPARE(sessionBurst, 4);
    }

    void paginatorFollowsTokensThroughEmptyPages() {
        // A service whose second page is empty but still carries a token.
        const QList<Page<int>> pages{
            {{1, 2, 3}, QStringLiteral("t1")}, {{}, QStringLiteral("t2")}, {{4, 5}, QString()}};
        QStringList tokensSeen;
        auto fetch = [&](const QString& token, int, Paginator<int>::PageCallback done) {
            tokensSeen << token;
            const int i = token.isEmpty() ? 0 : token.mid(1).toInt();
            done(pages[i]);
        };
        QList<int> items;
        QString resume = QStringLiteral("unset");
        Paginator<int>::start(
            {}, fetch, [&](const QList<int>& got) { items += got; },
            [&](const Result<QString>& r) { resume = *r; });
        QCOMPARE(items, (QList<int>{1, 2, 3, 4, 5}));
        QCOMPARE(tokensSeen, (QStringList{QString(), QStringLiteral("t1"), QStringLiteral("t2")}));
        QVERIFY(resume.isEmpty());
    }

    void paginatorMaxItemsResumesMidPage() {
        const QList<Page<int>> pages{{{1, 2, 3}, QStringLiteral("t1")}, {{4, 5, 6}, QString()}};
        auto fetch = [&](const QString& token, int, Paginator<int>::PageCallback done) {
            done(pages[token.isEmpty() ? 0 : 1]);
        };
        QList<int> first;
        QString resume;
        Paginator<int>::start(
            {2, 0, {}}, fetch, [&](const QList<int>& got) { first += got; },
            [&](const Result<QString>& r) { resume = *r; });
        QCOMPARE(first, (QList<int>{1, 2}));
        QVERIFY(!resume.isEmpty());
        QList<int> second;
        QString resume2 = QStringLiteral("unset");
        Paginator<int>::start(
            {0, 0, resume}, fetch, [&](const QList<int>& got) { second += got; },
            [&](const Result<QString>& r) { resume2 = *r; });
        QCOMPARE(second, (QList<int>{3, 4, 5, 6}));
        QVERIFY(resume2.isEmpty());
    }

    void paginatorReportsErrors() {
        auto fetch = [&](const QString&, int, Paginator<int>::PageCallback done) {
            done(AwsError::make(AwsError::Kind::Network, QStringLiteral("NetworkError"),
                                QStringLiteral("refused")));
        };
        bool failed = false;
        Paginator<int>::start(
            {}, fetch, [](const QList<int>&) {},
            [&](const Result<QString>& r) { failed = !r.ok(); });
        QVERIFY(failed);
    }

    void timeArguments() {
        QCOMPARE(*parseTimeArgument(QStringLiteral("2024-05-01T12:00:00Z")), 1714564800000LL);
        QCOMPARE(*parseTimeArgument(QStringLiteral("2024-05-01T14:00:00.250+02:00")),
                 1714564800250LL);
        QCOMPARE(*parseTimeArgument(QStringLiteral("2024-05-01T14:00:00+0200")), 1714564800000LL);
        QCOMPARE(*parseTimeArgument(QStringLiteral("1714564800")), 1714564800000LL);
        QCOMPARE(*parseTimeArgument(QStringLiteral("1714564800.5")), 1714564800500LL);
        QVERIFY(!parseTimeArgument(QStringLiteral("2024-05-01T12:00:00")).ok()); // no zone
        QVERIFY(!parseTimeArgument(QStringLiteral("yesterday")).ok());
        QCOMPARE(formatIsoUtcMs(1714564800250LL), QStringLiteral("2024-05-01T12:00:00.250Z"));
        QCOMPARE(formatDuration(3 * 3600 * 1000 + 5 * 60 * 1000), QStringLiteral("3 h 5 min"));
    }

    void httpDates() {
        const QDateTime want(QDate(1994, 11, 6), QTime(8, 49, 37), Qt::UTC);
        QCOMPARE(parseHttpDate("Sun, 06 Nov 1994 08:49:37 GMT"), want);
        QCOMPARE(parseHttpDate("Sunday, 06-Nov-94 08:49:37 GMT"), want);
        QCOMPARE(parseHttpDate("Sun Nov  6 08:49:37 1994"), want);
        QVERIFY(!parseHttpDate("not a date").isValid());
    }
};

QTEST_GUILESS_MAIN(TestPipelineUnits)
#include "test_pipeline_units.moc"
