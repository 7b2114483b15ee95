// The request pipeline against the local emulator: signing, typed errors, retries, skew,
// timeouts, cancellation and streaming bodies.
#include "core/aws/aws_client.h"
#include "core/aws/quota_budget.h"
#include "emulator/emulator.h"

#include <QBuffer>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QSignalSpy>
#include <QTest>
#include <QTimer>

using namespace kinescope;

namespace {

Credentials emulatorCredentials(
    const QString& secret = QStringLiteral("kinescope/emulator/secret+EXAMPLEKEY")) {
    Credentials c;
    c.accessKeyId = QStringLiteral("AKIDKINESCOPEEMULATOR");
    c.secretAccessKey = secret;
    c.source = QStringLiteral("test");
    return c;
}

AwsRequest describeStream(const QString& name) {
    AwsRequest r;
    r.serviceId = QStringLiteral("KINESIS_VIDEO");
    r.endpointPrefix = QStringLiteral("kinesisvideo");
    r.signingName = QStringLiteral("kinesisvideo");
    r.operation = QStringLiteral("DescribeStream");
    r.path = QStringLiteral("/describeStream");
    r.headers.append({QByteArrayLiteral("Content-Type"), QByteArrayLiteral("application/json")});
    r.body = QJsonDocument(QJsonObject{{QStringLiteral("StreamName"), name}})
                 .toJson(QJsonDocument::Compact);
    return r;
}

} // namespace

class TestAwsClient : public QObject {
    Q_OBJECT
    std::unique_ptr<emu::Emulator> m_emulator;
    QNetworkAccessManager m_network;
    QStringList m_log;

    AwsClient* makeClient(Credentials creds = emulatorCredentials()) {
        AwsClient::Config config;
        config.region = QStringLiteral("us-east-1");
        EndpointResolver::Overrides o;
        o.explicitUrl = m_emulator->url();
        config.endpoints = EndpointResolver(o);
        config.baseBackoffMs = 5; // keep the test quick; the policy itself is unit-tested
        auto* client = new AwsClient(&m_network, std::make_shared<StaticCredentialProvider>(creds),
                                     config, this);
        client->setLogger([this](const QString& line) { m_log << line; });
        return client;
    }

    Result<AwsResponse> run(AwsCall* call) {
        QSignalSpy spy(call, &AwsCall::finished);
        Result<AwsResponse> result = AwsError{};
        call->then(this, [&result](const Result<AwsResponse>& r) { result = r; });
        if (!spy.wait(20000))
            return AwsError::make(AwsError::Kind::Timeout, QStringLiteral("TestTimeout"), {});
        return result;
    }

private Q_SLOTS:
    void init() {
        m_emulator = std::make_unique<emu::Emulator>();
        QString error;
        QVERIFY2(m_emulator->start(&error), qPrintable(error));
        m_log.clear();
    }
    void cleanup() { m_emulator.reset(); }

    void signedRequestSucceeds() {
        AwsClient* client = makeClient();
        AwsCall* call = client->send(describeStream(QStringLiteral("front-door")));
        const auto r = run(call);
        QVERIFY2(r.ok(), qPrintable(r.ok() ? QString() : r.error().toString()));
        QCOMPARE(r->httpStatus, 200);
        QVERIFY(!r->requestId.isEmpty());
        const QJsonObject info = QJsonDocument::fromJson(r->body)
                                     .object()
                                     .value(QStringLiteral("StreamInfo"))
                                     .toObject();
        QCOMPARE(info.value(QStringLiteral("StreamName")).toString(), QStringLiteral("front-door"));
    }

    void wrongSecretIsATypedServiceError() {
        AwsClient* client = makeClient(emulatorCredentials(QStringLiteral("not-the-secret")));
        AwsCall* call = client->send(describeStream(QStringLiteral("front-door")));
        const auto r = run(call);
        QVERIFY(!r.ok());
        QCOMPARE(r.error().kind, AwsError::Kind::Service);
        QCOMPARE(r.error().httpStatus, 403);
        QCOMPARE(r.error().type, QStringLiteral("InvalidSignatureException"));
        QVERIFY(!r.error().requestId.isEmpty());
        QVERIFY(!r.error().clockSkew); // the clocks agree: it is the key
        QVERIFY(r.error().userMessage().contains(QStringLiteral("credentials")));
        QCOMPARE(call->attempts(), 1);
    }

    void unknownStreamIsNotFound() {
        AwsClient* client = makeClient();
        const auto r = run(client->send(describeStream(QStringLiteral("no-such-camera"))));
        QVERIFY(!r.ok());
        QCOMPARE(r.error().type, QStringLiteral("ResourceNotFoundException"));
        QCOMPARE(r.error().httpStatus, 404);
        QVERIFY(!r.error().message.isEmpty());
    }

    void throttlingIsRetried() {
        m_emulator->quotas().enabled = false;
        m_emulator->faults().throttleEveryN = 2; // the 2nd, 4th, ... call is throttled
        AwsClient* client = makeClient();
        QVERIFY(run(client->send(describeStream(QStringLiteral("front-door")))).ok());
        AwsCall* call = client->send(describeStream(QStringLiteral("front-door")));
        const auto r = run(call);
        QVERIFY2(r.ok(), qPrintable(r.ok() ? QString() : r.error().toString()));
        QCOMPARE(call->attempts(), 2);
        QVERIFY(
            m_log.join(QLatin1Char('\n')).contains(QStringLiteral("ClientLimitExceededException")));
    }

    void serverErrorIsRetriedForIdempotentCalls() {
        m_emulator->faults().failOncePerOperation = true;
        AwsClient* client = makeClient();
        AwsCall* call = client->send(describeStream(QStringLiteral("front-door")));
        const auto r = run(call);
        QVERIFY(r.ok());
        QCOMPARE(call->attempts(), 2);

        // A non-idempotent request that reached the server is not sent twice.
        m_emulator->faults().failOncePerOperation = false;
        m_emulator.reset();
        init();
        m_emulator->faults().failOncePerOperation = true;
        AwsClient* client2 = makeClient();
        AwsRequest req = describeStream(QStringLiteral("front-door"));
        req.idempotent = false;
        AwsCall* call2 = client2->send(req);
        const auto r2 = run(call2);
        QVERIFY(!r2.ok());
        QCOMPARE(r2.error().httpStatus, 500);
        QCOMPARE(call2->attempts(), 1);
    }

    void clockSkewIsCorrected() {
        m_emulator->faults().clockSkewSeconds = 3600; // the server runs an hour ahead
        AwsClient* client = makeClient();
        AwsCall* call = client->send(describeStream(QStringLiteral("front-door")));
        const auto r = run(call);
        QVERIFY2(r.ok(), qPrintable(r.ok() ? QString() : r.error().toString()));
        QVERIFY(qAbs(client->clockSkewSeconds() - 3600) < 5);
        // The next call is signed with the corrected clock right away.
        AwsCall* next = client->send(describeStream(QStringLiteral("front-door")));
        QVERIFY(run(next).ok());
        QCOMPARE(next->attempts(), 1);
    }

    void noAnswerTimesOut() {
        m_emulator->faults().latencyMs = 3000;
        AwsClient* client = makeClient();
        AwsRequest req = describeStream(QStringLiteral("front-door"));
        req.timeoutMs = 300;
        req.idempotent = false; // one attempt: the timeout is what we look at
        const auto r = run(client->send(req));
        QVERIFY(!r.ok());
        QCOMPARE(r.error().kind, AwsError::Kind::Timeout);
    }

    void abortCancels() {
        m_emulator->faults().latencyMs = 3000;
        AwsClient* client = makeClient();
        AwsCall* call = client->send(describeStream(QStringLiteral("front-door")));
        QTimer::singleShot(100, call, &AwsCall::abort);
        const auto r = run(call);
        QVERIFY(!r.ok());
        QCOMPARE(r.error().kind, AwsError::Kind::Canceled);
    }

    void refusedConnectionIsANetworkError() {
        AwsClient* client = makeClient();
        const quint16 port = m_emulator->port();
        m_emulator.reset(); // nothing listens there any more
        AwsRequest req = describeStream(QStringLiteral("front-door"));
        req.endpointOverride = QUrl(QStringLiteral("http://127.0.0.1:%1").arg(port));
        AwsCall* call = client->send(req);
        const auto r = run(call);
        QVERIFY(!r.ok());
        QCOMPARE(r.error().kind, AwsError::Kind::Network);
        QCOMPARE(call->attempts(), 3); // never sent, so always safe to retry
        init();
    }

    void bodyStreamsIntoASink() {
        AwsClient* client = makeClient();
        QBuffer sink;
        sink.open(QIODevice::WriteOnly);
        AwsRequest req = describeStream(QStringLiteral("front-door"));
        req.sink = &sink;
        const auto r = run(client->send(req));
        QVERIFY(r.ok());
        QVERIFY(r->body.isEmpty());
        QCOMPARE(r->bodyBytes, sink.data().size());
        QVERIFY(sink.data().contains("front-door"));
    }

    void missingRegionIsAConfigError() {
        AwsClient::Config config; // no region, no override
        AwsClient client(&m_network,
                         std::make_shared<StaticCredentialProvider>(emulatorCredentials()), config);
        const auto r = run(client.send(describeStream(QStringLiteral("front-door"))));
        QVERIFY(!r.ok());
        QCOMPARE(r.error().kind, AwsError::Kind::Config);
        QVERIFY(r.error().message.contains(QStringLiteral("region")));
    }
};

QTEST_GUILESS_MAIN(TestAwsClient)
#include "test_aws_client.moc"
