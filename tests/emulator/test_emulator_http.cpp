// The emulator's HTTP/1.1 server: keep-alive, pipelining, chunked request bodies, limits,
// streaming responses, cut bodies.
#include "emulator/emulator.h"
#include "emulator/http_exchange.h"
#include "emulator/http_server.h"
#include "tests/emulator/raw_http_client.h"
#include "tests/emulator/test_emulator.h"

#include <QJsonArray>
#include <QRegularExpression>
#include <QTest>
#include <QUuid>

using namespace kinescope;
using namespace kinescope::test;

void TestEmulatorHttp::initTestCase() {
    m_emulator = std::make_unique<emu::Emulator>();
    QString error;
    QVERIFY2(m_emulator->start(&error), qPrintable(error));
    m_emulator->quotas().enabled = false;
}

void TestEmulatorHttp::cleanupTestCase() {
    m_emulator.reset();
}

void TestEmulatorHttp::responsesCarryRequestIdAndDate() {
    RawHttpClient c(m_emulator->port());
    c.send(jsonRequest(QStringLiteral("/listStreams"), {}, defaultTestCredentials(),
                       m_emulator->port()));
    const RawResponse r = c.read();
    QCOMPARE(r.status, 200);
    QVERIFY(!QUuid::fromString(QString::fromLatin1(r.header("x-amzn-RequestId"))).isNull());
    const QDateTime date = parseHttpDate(r.header("Date"));
    QVERIFY2(date.isValid(), r.header("Date").constData());
    QVERIFY(qAbs(date.secsTo(QDateTime::currentDateTimeUtc())) < 60);
    QCOMPARE(r.header("Content-Length").toInt(), r.body.size());
    QCOMPARE(r.json().value(QStringLiteral("StreamInfoList")).toArray().size(),
             m_emulator->scenario().streams.size());
}

void TestEmulatorHttp::keepAliveAndPipelining() {
    RawHttpClient c(m_emulator->port());
    const quint16 port = m_emulator->port();
    const Credentials creds = defaultTestCredentials();
    // Three requests in one write; the answers must come back in order on one connection.
    QByteArray batch;
    for (const char* name : {"lobby", "front-door", "parking-north"})
        batch +=
            jsonRequest(QStringLiteral("/describeStream"),
                        {{QStringLiteral("StreamName"), QString::fromLatin1(name)}}, creds, port);
    c.send(batch);
    QSet<QByteArray> ids;
    for (const char* name : {"lobby", "front-door", "parking-north"}) {
        const RawResponse r = c.read();
        QCOMPARE(r.status, 200);
        QCOMPARE(r.json()[QStringLiteral("StreamInfo")][QStringLiteral("StreamName")].toString(),
                 QString::fromLatin1(name));
        ids.insert(r.header("x-amzn-RequestId"));
    }
    QCOMPARE(ids.size(), 3);
    // Still open: one more on the same connection.
    c.send(jsonRequest(QStringLiteral("/listStreams"), {}, creds, port));
    QCOMPARE(c.read().status, 200);
    QVERIFY(c.connected());
}

void TestEmulatorHttp::chunkedRequestBody() {
    RawHttpClient c(m_emulator->port());
    SignedRequestSpec spec;
    spec.path = QStringLiteral("/describeStream");
    spec.headers.append({QByteArray("Content-Type"), QByteArray("application/json")});
    spec.body = R"({"StreamName":"loading-dock"})";
    spec.chunkedBody = true;
    c.send(signedRequest(spec, defaultTestCredentials(), m_emulator->port()));
    const RawResponse r = c.read();
    QCOMPARE(r.status, 200);
    QCOMPARE(r.json()[QStringLiteral("StreamInfo")][QStringLiteral("StreamName")].toString(),
             QStringLiteral("loading-dock"));
}

void TestEmulatorHttp::expectContinue() {
    RawHttpClient c(m_emulator->port());
    QByteArray req = jsonRequest(QStringLiteral("/listStreams"), {}, defaultTestCredentials(),
                                 m_emulator->port());
    const qsizetype headEnd = req.indexOf("\r\n\r\n");
    c.send(req.left(headEnd) + "\r\nExpect: 100-continue\r\n\r\n");
    QTest::qWait(50);
    c.send(req.mid(headEnd + 4));
    QCOMPARE(c.read().status, 200);
}

void TestEmulatorHttp::limitsAndMalformedRequests_data() {
    QTest::addColumn<QByteArray>("request");
    QTest::addColumn<int>("status");
    QTest::newRow("garbage") << QByteArray("HELLO\r\n\r\n") << 400;
    QTest::newRow("absolute-form target")
        << QByteArray("GET http://x/ HTTP/1.1\r\nHost: x\r\n\r\n") << 400;
    QTest::newRow("HTTP/2 preface") << QByteArray("GET / HTTP/2.0\r\nHost: x\r\n\r\n") << 505;
    QTest::newRow("header too large")
        << QByteArray("GET / HTTP/1.1\r\nX-Big: " + QByteArray(40000, 'a') + "\r\n\r\n") << 400;
    QTest::newRow("body too large")
        << QByteArray("POST /listStreams HTTP/1.1\r\nHost: x\r\nContent-Length: 999999999\r\n\r\n")
        << 413;
    QTest::newRow("bad content-length")
        << QByteArray("POST / HTTP/1.1\r\nHost: x\r\nContent-Length: 12x\r\n\r\n") << 400;
    QTest::newRow("CL and TE")
        << QByteArray("POST / HTTP/1.1\r\nHost: x\r\nContent-Length: 3\r\nTransfer-Encoding: "
                      "chunked\r\n\r\n0\r\n\r\n")
        << 400;
    QTest::newRow("unknown coding")
        << QByteArray("POST / HTTP/1.1\r\nHost: x\r\nTransfer-Encoding: gzip\r\n\r\n") << 501;
    QTest::newRow("bad chunk")
        << QByteArray("POST / HTTP/1.1\r\nHost: x\r\nTransfer-Encoding: chunked\r\n\r\nzz\r\n")
        << 400;
    QTest::newRow("folded header")
        << QByteArray("GET / HTTP/1.1\r\nHost: x\r\nX-A: 1\r\n  continued\r\n\r\n") << 400;
}

void TestEmulatorHttp::limitsAndMalformedRequests() {
    QFETCH(QByteArray, request);
    QFETCH(int, status);
    RawHttpClient c(m_emulator->port());
    c.send(request);
    const RawResponse r = c.read();
    QCOMPARE(r.status, status);
    QCOMPARE(r.header("Connection"), QByteArray("close"));
    QVERIFY(c.waitClosed());
}

void TestEmulatorHttp::requestBeforeBadOneIsStillAnswered() {
    RawHttpClient c(m_emulator->port());
    c.send(jsonRequest(QStringLiteral("/listStreams"), {}, defaultTestCredentials(),
                       m_emulator->port()) +
           "BROKEN\r\n\r\n");
    QCOMPARE(c.read().status, 200);
    QCOMPARE(c.read().status, 400);
    QVERIFY(c.waitClosed());
}

void TestEmulatorHttp::unknownRouteIs404() {
    RawHttpClient c(m_emulator->port());
    c.send(jsonRequest(QStringLiteral("/noSuchOperation"), {}, defaultTestCredentials(),
                       m_emulator->port()));
    const RawResponse r = c.read();
    QCOMPARE(r.status, 404);
    QCOMPARE(r.errorType(), QByteArray("UnknownOperationException"));
}

void TestEmulatorHttp::streamingResponses() {
    // The streaming API later operations (GetMedia, GetClip) build on, with and without a cut.
    QList<QByteArray> pieces{QByteArray(1000, 'a'), QByteArray(70000, 'b'), QByteArray(5, 'c')};
    qint64 cutAfter = -1;
    emu::HttpServer server(emu::HttpServerConfig(), [&](emu::HttpExchange* e) {
        e->setCutAfter(cutAfter);
        e->beginStream(200, {{QByteArray("Content-Type"), QByteArray("video/webm")}});
        for (const QByteArray& p : pieces)
            e->write(p);
        e->finish();
    });
    QVERIFY(server.listen(QHostAddress::LocalHost, 0));
    const QByteArray request = "GET /media HTTP/1.1\r\nHost: x\r\n\r\n";
    {
        RawHttpClient c(server.port());
        c.send(request);
        const RawResponse r = c.read();
        QVERIFY(r.complete);
        QVERIFY(r.chunked);
        QCOMPARE(r.body, pieces.join());
        QVERIFY(!r.header("x-amzn-RequestId").isEmpty());
        c.send(request); // the connection survives a streamed response
        QCOMPARE(c.read().body.size(), pieces.join().size());
    }
    {
        cutAfter = 1500;
        RawHttpClient c(server.port());
        c.send(request);
        const RawResponse r = c.read();
        QVERIFY(!r.complete);
        QVERIFY(r.connectionClosed);
        QVERIFY(r.body.contains(QByteArray(1000, 'a')));
        QVERIFY(r.body.count('b') == 500);
    }
}
