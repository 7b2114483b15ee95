// The emulated Kinesis Video operations: scenario, computed archive, pagination, errors,
// quotas, faults.
#include "emulator/fragment_generator.h"
#include "tests/emulator/test_emulator.h"

#include <QElapsedTimer>
#include <QJsonArray>
#include <QSet>
#include <QTest>

using namespace kinescope;
using namespace kinescope::test;

void TestEmulatorServices::init() {
    m_emulator = std::make_unique<emu::Emulator>();
    QString error;
    QVERIFY2(m_emulator->start(&error), qPrintable(error));
}

void TestEmulatorServices::cleanup() {
    m_emulator.reset();
}

RawResponse TestEmulatorServices::call(const QString& path, const QJsonObject& body) {
    RawHttpClient c(m_emulator->port());
    c.send(jsonRequest(path, body, defaultTestCredentials(), m_emulator->port()));
    return c.read();
}

QList<QJsonObject> TestEmulatorServices::listAll(const QJsonObject& request, int* pages,
                                                 QList<bool>* pageSorted) {
    QList<QJsonObject> all;
    QJsonObject body = request;
    RawHttpClient c(m_emulator->port());
    for (*pages = 0; *pages < 10000; ++*pages) {
        c.send(jsonRequest(QStringLiteral("/listFragments"), body, defaultTestCredentials(),
                           m_emulator->port()));
        const RawResponse r = c.read();
        if (r.status != 200) {
            qWarning() << r.status << r.body;
            return {};
        }
        const QJsonArray fragments = r.json().value(QStringLiteral("Fragments")).toArray();
        bool sorted = true;
        for (qsizetype i = 0; i < fragments.size(); ++i) {
            all.append(fragments.at(i).toObject());
            if (i > 0 && fragments.at(i)[QStringLiteral("FragmentNumber")].toString() <
                             fragments.at(i - 1)[QStringLiteral("FragmentNumber")].toString())
                sorted = false;
        }
        pageSorted->append(sorted);
        const QString token = r.json().value(QStringLiteral("NextToken")).toString();
        if (token.isEmpty()) {
            ++*pages;
            break;
        }
        body.insert(QStringLiteral("NextToken"), token);
    }
    return all;
}

void TestEmulatorServices::scenarioSyntax() {
    const qint64 anchor = 1'700'000'000'000;
    QCOMPARE(emu::parseDurationMs(QStringLiteral("1d2h3m4s5ms")),
             std::optional<qint64>(93'784'005));
    QCOMPARE(emu::parseTimeMs(QStringLiteral("now"), anchor), std::optional<qint64>(anchor));
    QCOMPARE(emu::parseTimeMs(QStringLiteral("now-7d"), anchor),
             std::optional<qint64>(anchor - 7 * 86'400'000LL));
    QCOMPARE(emu::parseTimeMs(QStringLiteral("-2h+30m"), anchor),
             std::optional<qint64>(anchor - 5'400'000));
    QCOMPARE(emu::parseTimeMs(QStringLiteral("2023-11-14T22:13:20Z"), anchor),
             std::optional<qint64>(anchor));
    QVERIFY(!emu::parseTimeMs(QStringLiteral("yesterday"), anchor));
    QVERIFY(!emu::parseDurationMs(QStringLiteral("5 minutes")));

    QString error;
    const auto s =
        emu::Scenario::fromJson(R"({"streams":[{"name":"cam","footage":{"start":"-1d","end":"-1h"},
        "gaps":[{"start":"-20h","duration":"1h"},{"start":"-19h30m","end":"-18h"}],
        "producerClock":{"offsetMs":-250,"jumpAt":"-10h","jumpMs":5000}}]})",
                                anchor, &error);
    QVERIFY2(s, qPrintable(error));
    QCOMPARE(s->credentials.first().accessKeyId, QStringLiteral("AKIDKINESCOPEEMULATOR"));
    const emu::StreamSpec& cam = s->streams.first();
    QVERIFY(!cam.live);
    QCOMPARE(cam.footageEndMs, anchor - 3'600'000);
    QCOMPARE(cam.gaps.size(), 1); // overlapping gaps merged
    QCOMPARE(cam.gaps.first().startMs, anchor - 20 * 3'600'000LL);
    QCOMPARE(cam.gaps.first().endMs, anchor - 18 * 3'600'000LL);
    QVERIFY(cam.producerClock.hasJump);
    QCOMPARE(cam.arn(s->region, s->accountId),
             QStringLiteral("arn:aws:kinesisvideo:us-east-1:123456789012:stream/cam/%1")
                 .arg(cam.creationMs));

    QVERIFY(!emu::Scenario::fromJson(
        R"({"streams":[{"name":"bad name","footage":{"start":"-1d"}}]})", anchor, &error));
    QVERIFY(error.contains(QStringLiteral("name")));
    QVERIFY(!emu::Scenario::fromJson(
        R"({"streams":[{"name":"a","footage":{"start":"-1d"},"gaps":[{"start":"-2h","end":"-3h"}]}]})",
        anchor, &error));
    QVERIFY(!emu::Scenario::fromJson("[]", anchor, &error));

    // The built-in scenario: four cameras, a week of footage, gaps, a clock jump.
    const emu::Scenario d = emu::Scenario::defaultScenario(anchor);
    QCOMPARE(d.streams.size(), 4);
    for (const emu::StreamSpec& st : d.streams) {
        QVERIFY(st.live);
        QCOMPARE(st.footageStartMs, anchor - 7 * 86'400'000LL);
        QVERIFY(st.gaps.size() >= 2);
        QVERIFY(st.fragmentDurationMs >= 2000 && st.fragmentDurationMs <= 10000);
    }
}

void TestEmulatorServices::generatorArithmetic() {
    const qint64 now = m_emulator->nowMs();
    for (const emu::StreamSpec& spec : m_emulator->scenario().streams) {
        const emu::FragmentGenerator g(spec);
        const QList<emu::IndexRange> all = g.available(now);
        QVERIFY(!all.isEmpty());
        // A week of fragments, minus the gaps: counted, never materialised.
        const qint64 expected = 7 * 86'400'000LL / spec.fragmentDurationMs;
        qint64 gapFragments = 0;
        for (const emu::TimeRange& gap : spec.gaps)
            gapFragments += (gap.endMs - gap.startMs) / spec.fragmentDurationMs;
        QVERIFY(qAbs(emu::FragmentGenerator::total(all) - (expected - gapFragments)) <=
                2 * (spec.gaps.size() + 2));
        for (const emu::IndexRange& r : all) {
            for (qint64 i : {r.first, r.last}) {
                const Fragment f = g.fragment(i);
                QCOMPARE(f.fragmentNumber.size(), 47);
                QCOMPARE(g.indexOfNumber(f.fragmentNumber, now), std::optional<qint64>(i));
                for (const emu::TimeRange& gap : spec.gaps) // nothing overlaps a gap
                    QVERIFY(g.nominalStartMs(i) + f.durationMs <= gap.startMs ||
                            g.nominalStartMs(i) >= gap.endMs);
                QVERIFY(f.sizeBytes >= spec.minFragmentBytes &&
                        f.sizeBytes <= spec.maxFragmentBytes);
            }
            // Numbers grow with ingestion order, as in KVS.
            if (r.count() > 1)
                QVERIFY(g.fragmentNumber(r.first) < g.fragmentNumber(r.first + 1));
        }
    }
    const emu::FragmentGenerator lobby = m_emulator->generator(QStringLiteral("lobby"));
    const emu::StreamSpec* spec = m_emulator->scenario().findStream(QStringLiteral("lobby"));
    const qint64 jumpIndex = emu::ceilDiv(spec->producerClock.jumpAtMs - lobby.nominalStartMs(0),
                                          spec->fragmentDurationMs);
    QCOMPARE(lobby.producerMs(jumpIndex) - lobby.producerMs(jumpIndex - 1),
             spec->fragmentDurationMs + spec->producerClock.jumpMs);
}

void TestEmulatorServices::listStreamsPagination() {
    QStringList names;
    QJsonObject body{{QStringLiteral("MaxResults"), 1}};
    for (int page = 0; page < 10; ++page) {
        const RawResponse r = call(QStringLiteral("/listStreams"), body);
        QCOMPARE(r.status, 200);
        const QJsonArray list = r.json().value(QStringLiteral("StreamInfoList")).toArray();
        QCOMPARE(list.size(), 1);
        names << list.first()[QStringLiteral("StreamName")].toString();
        const QString token = r.json().value(QStringLiteral("NextToken")).toString();
        if (token.isEmpty())
            break;
        body.insert(QStringLiteral("NextToken"), token);
    }
    QCOMPARE(names, (QStringList{QStringLiteral("front-door"), QStringLiteral("loading-dock"),
                                 QStringLiteral("lobby"), QStringLiteral("parking-north")}));
    const RawResponse filtered =
        call(QStringLiteral("/listStreams"),
             {{QStringLiteral("StreamNameCondition"),
               QJsonObject{{QStringLiteral("ComparisonOperator"), QStringLiteral("BEGINS_WITH")},
                           {QStringLiteral("ComparisonValue"), QStringLiteral("lo")}}}});
    const QJsonArray list = filtered.json().value(QStringLiteral("StreamInfoList")).toArray();
    QCOMPARE(list.size(), 2);
    QVERIFY(!filtered.json().contains(QStringLiteral("NextToken")));
    for (int bad : {0, 10001}) {
        const RawResponse r =
            call(QStringLiteral("/listStreams"), {{QStringLiteral("MaxResults"), bad}});
        QCOMPARE(r.status, 400);
        QCOMPARE(r.errorType(), QByteArray("InvalidArgumentException"));
    }
}

void TestEmulatorServices::describeStream() {
    RawResponse r = call(QStringLiteral("/describeStream"),
                         {{QStringLiteral("StreamName"), QStringLiteral("nope")}});
    QCOMPARE(r.status, 404);
    QCOMPARE(r.errorType(), QByteArray("ResourceNotFoundException"));
    QVERIFY(r.header("x-amzn-ErrorType").startsWith("ResourceNotFoundException:"));
    QVERIFY(!r.json().value(QStringLiteral("Message")).toString().isEmpty());

    const emu::Scenario& s = m_emulator->scenario();
    const emu::StreamSpec* lobby = s.findStream(QStringLiteral("lobby"));
    r = call(QStringLiteral("/describeStream"),
             {{QStringLiteral("StreamARN"), lobby->arn(s.region, s.accountId)}});
    QCOMPARE(r.status, 200);
    const QJsonObject info = r.json().value(QStringLiteral("StreamInfo")).toObject();
    QCOMPARE(info.keys().size(), 9);
    QCOMPARE(info.value(QStringLiteral("StreamName")).toString(), QStringLiteral("lobby"));
    QCOMPARE(info.value(QStringLiteral("DeviceName")).toString(), lobby->deviceName);
    QCOMPARE(info.value(QStringLiteral("MediaType")).toString(), QStringLiteral("video/h264"));
    QCOMPARE(info.value(QStringLiteral("Status")).toString(), QStringLiteral("ACTIVE"));
    QCOMPARE(info.value(QStringLiteral("DataRetentionInHours")).toInt(), lobby->dataRetentionHours);
    QCOMPARE(qRound64(info.value(QStringLiteral("CreationTime")).toDouble() * 1000),
             lobby->creationMs);
    QVERIFY(info.value(QStringLiteral("StreamARN"))
                .toString()
                .endsWith(QStringLiteral(":stream/lobby/%1").arg(lobby->creationMs)));

    r = call(QStringLiteral("/describeStream"), {});
    QCOMPARE(r.status, 400);
    QCOMPARE(r.errorType(), QByteArray("InvalidArgumentException"));
    RawHttpClient c(m_emulator->port());
    SignedRequestSpec spec;
    spec.path = QStringLiteral("/describeStream");
    spec.body = "{not json";
    c.send(signedRequest(spec, defaultTestCredentials(), m_emulator->port()));
    QCOMPARE(c.read().errorType(), QByteArray("SerializationException"));
}

void TestEmulatorServices::getDataEndpoint() {
    m_emulator->quotas().enabled = false; // 5 TPS per stream would stop the loop
    for (const char* api : {"PUT_MEDIA", "GET_MEDIA", "LIST_FRAGMENTS",
                            "GET_MEDIA_FOR_FRAGMENT_LIST", "GET_HLS_STREAMING_SESSION_URL",
                            "GET_DASH_STREAMING_SESSION_URL", "GET_CLIP", "GET_IMAGES"}) {
        const RawResponse r = call(QStringLiteral("/getDataEndpoint"),
                                   {{QStringLiteral("StreamName"), QStringLiteral("lobby")},
                                    {QStringLiteral("APIName"), QString::fromLatin1(api)}});
        QCOMPARE(r.status, 200);
        QCOMPARE(r.json().value(QStringLiteral("DataEndpoint")).toString(),
                 m_emulator->url().toString());
    }
    const RawResponse r = call(QStringLiteral("/getDataEndpoint"),
                               {{QStringLiteral("StreamName"), QStringLiteral("lobby")},
                                {QStringLiteral("APIName"), QStringLiteral("GET_EVERYTHING")}});
    QCOMPARE(r.status, 400);
    QCOMPARE(r.errorType(), QByteArray("InvalidArgumentException"));
}

void TestEmulatorServices::listFragmentsReturnsEachFragmentOnce_data() {
    QTest::addColumn<QString>("stream");
    QTest::addColumn<QString>("selector");
    QTest::addColumn<qint64>("fromAgoMs");
    QTest::addColumn<qint64>("toAgoMs");
    QTest::addColumn<int>("maxResults");
    // Ranges crossing gaps; the lobby ones cross its producer clock jump. All stay a minute
    // away from "now" and from the retention edge, which move while the test runs.
    QTest::newRow("front-door server 6h")
        << "front-door"
        << "SERVER_TIMESTAMP" << qint64(30 * 3600'000LL) << qint64(24 * 3600'000LL) << 1000;
    QTest::newRow("loading-dock producer")
        << "loading-dock"
        << "PRODUCER_TIMESTAMP" << qint64(8 * 3600'000LL) << qint64(3600'000LL) << 250;
    QTest::newRow("lobby server across jump")
        << "lobby"
        << "SERVER_TIMESTAMP" << qint64(78 * 3600'000LL) << qint64(74 * 3600'000LL) << 97;
    QTest::newRow("lobby producer across jump")
        << "lobby"
        << "PRODUCER_TIMESTAMP" << qint64(78 * 3600'000LL) << qint64(74 * 3600'000LL) << 100;
    QTest::newRow("parking-north whole week")
        << "parking-north"
        << "SERVER_TIMESTAMP" << qint64(7 * 86'400'000LL - 600'000) << qint64(60'000) << 1000;
    QTest::newRow("empty range inside a gap")
        << "front-door"
        << "SERVER_TIMESTAMP" << qint64(116 * 3600'000LL - 60'000) << qint64(115 * 3600'000LL)
        << 100;
}

void TestEmulatorServices::listFragmentsReturnsEachFragmentOnce() {
    QFETCH(QString, stream);
    QFETCH(QString, selector);
    QFETCH(qint64, fromAgoMs);
    QFETCH(qint64, toAgoMs);
    QFETCH(int, maxResults);
    m_emulator->quotas().enabled = false;
    m_emulator->scenario().findStream(stream); // exists
    for (emu::StreamSpec& s : m_emulator->scenario().streams)
        s.duplicatesAcrossPages = false; // duplicates have their own test
    const qint64 now = m_emulator->nowMs();
    // Fractional seconds in the request, as SDKs send them.
    const double from = (now - fromAgoMs) / 1000.0 + 0.0005;
    const double to = (now - toAgoMs) / 1000.0;
    const QJsonObject request{{QStringLiteral("StreamName"), stream},
                              {QStringLiteral("MaxResults"), maxResults},
                              {QStringLiteral("FragmentSelector"),
                               QJsonObject{{QStringLiteral("FragmentSelectorType"), selector},
                                           {QStringLiteral("TimestampRange"),
                                            QJsonObject{{QStringLiteral("StartTimestamp"), from},
                                                        {QStringLiteral("EndTimestamp"), to}}}}}};
    int pages = 0;
    QList<bool> pageSorted;
    const QList<QJsonObject> got = listAll(request, &pages, &pageSorted);

    const emu::FragmentGenerator g = m_emulator->generator(stream);
    const TimestampType type = selector == QLatin1String("SERVER_TIMESTAMP")
                                   ? TimestampType::Server
                                   : TimestampType::Producer;
    const qint64 fromMs = qint64(std::ceil(from * 1000 - 1e-3));
    const qint64 toMs = qint64(std::floor(to * 1000 + 1e-3));
    QHash<QString, Fragment> expected;
    for (const emu::IndexRange& r : g.select(type, fromMs, toMs, now))
        for (qint64 i = r.first; i <= r.last; ++i)
            expected.insert(g.fragmentNumber(i), g.fragment(i));
    if (QByteArray(QTest::currentDataTag()).startsWith("empty")) {
        QVERIFY(expected.isEmpty());
        QCOMPARE(got.size(), 0);
        return;
    }
    QVERIFY(expected.size() > maxResults); // several pages
    QCOMPARE(got.size(), expected.size());
    QCOMPARE(pages, int((expected.size() + maxResults - 1) / maxResults));
    QSet<QString> seen;
    bool globallySorted = true;
    QString previous;
    for (const QJsonObject& o : got) {
        const QString number = o.value(QStringLiteral("FragmentNumber")).toString();
        QVERIFY2(!seen.contains(number), "returned twice");
        seen.insert(number);
        QVERIFY(expected.contains(number));
        const Fragment& f = expected[number];
        QCOMPARE(o.value(QStringLiteral("FragmentSizeInBytes")).toInteger(), f.sizeBytes);
        QCOMPARE(o.value(QStringLiteral("FragmentLengthInMilliseconds")).toInteger(), f.durationMs);
        const qint64 producer =
            qRound64(o.value(QStringLiteral("ProducerTimestamp")).toDouble() * 1000);
        const qint64 server =
            qRound64(o.value(QStringLiteral("ServerTimestamp")).toDouble() * 1000);
        QCOMPARE(producer, f.producerMs);
        QCOMPARE(server, f.serverMs);
        const qint64 selected = type == TimestampType::Server ? server : producer;
        QVERIFY(selected >= fromMs && selected <= toMs);
        globallySorted = globallySorted && previous < number;
        previous = number;
    }
    QVERIFY2(!globallySorted, "results must not come back in order");
    QVERIFY(pageSorted.contains(false));
}

void TestEmulatorServices::listFragmentsDuplicatesAcrossPages() {
    m_emulator->quotas().enabled = false;
    const qint64 now = m_emulator->nowMs();
    const QJsonObject request{
        {QStringLiteral("StreamName"), QStringLiteral("parking-north")},
        {QStringLiteral("MaxResults"), 50},
        {QStringLiteral("FragmentSelector"),
         QJsonObject{{QStringLiteral("FragmentSelectorType"), QStringLiteral("SERVER_TIMESTAMP")},
                     {QStringLiteral("TimestampRange"),
                      QJsonObject{{QStringLiteral("StartTimestamp"), (now - 4 * 3600'000) / 1000.0},
                                  {QStringLiteral("EndTimestamp"), (now - 60'000) / 1000.0}}}}}};
    int pages = 0;
    QList<bool> sorted;
    const QList<QJsonObject> got = listAll(request, &pages, &sorted);
    QSet<QString> unique;
    for (const QJsonObject& o : got)
        unique.insert(o.value(QStringLiteral("FragmentNumber")).toString());
    const emu::FragmentGenerator g = m_emulator->generator(QStringLiteral("parking-north"));
    const qint64 expected = emu::FragmentGenerator::total(
        g.select(TimestampType::Server, now - 4 * 3600'000, now - 60'000, now));
    QCOMPARE(unique.size(), expected);   // every fragment, modulo the declared duplicates
    QVERIFY(got.size() > unique.size()); // and some repeated on later pages
    QVERIFY(pages > 3);
}

void TestEmulatorServices::listFragmentsValidation() {
    const emu::Scenario& s = m_emulator->scenario();
    const QString lobbyArn = s.findStream(QStringLiteral("lobby"))->arn(s.region, s.accountId);
    auto type = [this](const QJsonObject& body, int status) {
        const RawResponse r = call(QStringLiteral("/listFragments"), body);
        return r.status == status ? r.errorType()
                                  : QByteArray("HTTP ") + QByteArray::number(r.status);
    };
    const QString name = QStringLiteral("StreamName");
    QCOMPARE(type({}, 400), QByteArray("InvalidArgumentException"));
    QCOMPARE(type({{name, QStringLiteral("lobby")}, {QStringLiteral("StreamARN"), lobbyArn}}, 400),
             QByteArray("InvalidArgumentException"));
    QCOMPARE(type({{name, QStringLiteral("lobby")}, {QStringLiteral("MaxResults"), 1001}}, 400),
             QByteArray("InvalidArgumentException"));
    QCOMPARE(type({{name, QStringLiteral("lobby")},
                   {QStringLiteral("NextToken"), QStringLiteral("bm9wZQ==")}},
                  400),
             QByteArray("InvalidArgumentException"));
    QCOMPARE(type({{name, QStringLiteral("lobby")},
                   {QStringLiteral("FragmentSelector"),
                    QJsonObject{
                        {QStringLiteral("FragmentSelectorType"), QStringLiteral("WALL_CLOCK")}}}},
                  400),
             QByteArray("InvalidArgumentException"));
    QCOMPARE(type({{name, QStringLiteral("lobby")},
                   {QStringLiteral("FragmentSelector"),
                    QJsonObject{{QStringLiteral("FragmentSelectorType"),
                                 QStringLiteral("SERVER_TIMESTAMP")},
                                {QStringLiteral("TimestampRange"),
                                 QJsonObject{{QStringLiteral("StartTimestamp"), 20.0},
                                             {QStringLiteral("EndTimestamp"), 10.0}}}}}},
                  400),
             QByteArray("InvalidArgumentException"));
    QCOMPARE(type({{name, QStringLiteral("no-such-camera")}}, 404),
             QByteArray("ResourceNotFoundException"));
    // By ARN alone, no selector: the newest part of the archive, default page size 100.
    const RawResponse r =
        call(QStringLiteral("/listFragments"), {{QStringLiteral("StreamARN"), lobbyArn}});
    QCOMPARE(r.status, 200);
    QCOMPARE(r.json().value(QStringLiteral("Fragments")).toArray().size(), 100);
    QVERIFY(!r.json().value(QStringLiteral("NextToken")).toString().isEmpty());
}

void TestEmulatorServices::quotasThrottle() {
    // ListFragments: 5 TPS per stream. A burst of 20 must see throttling, and no more
    // successes than the bucket allows for the time it took.
    RawHttpClient c(m_emulator->port());
    QElapsedTimer timer;
    timer.start();
    int ok = 0;
    int throttled = 0;
    for (int i = 0; i < 20; ++i) {
        c.send(jsonRequest(QStringLiteral("/listFragments"),
                           {{QStringLiteral("StreamName"), QStringLiteral("front-door")},
                            {QStringLiteral("MaxResults"), 1}},
                           defaultTestCredentials(), m_emulator->port()));
        const RawResponse r = c.read();
        if (r.status == 200) {
            ++ok;
        } else {
            QCOMPARE(r.status, 400);
            QCOMPARE(r.errorType(), QByteArray("ClientLimitExceededException"));
            ++throttled;
        }
    }
    QVERIFY(throttled > 0);
    QVERIFY(ok >= 5);
    QVERIFY(ok <= 5 + int(timer.elapsed() * 5 / 1000) + 1);
    // The bucket is per stream: another camera is not affected.
    QCOMPARE(call(QStringLiteral("/listFragments"),
                  {{QStringLiteral("StreamName"), QStringLiteral("lobby")},
                   {QStringLiteral("MaxResults"), 1}})
                 .status,
             200);
    // --no-quotas
    m_emulator->quotas().enabled = false;
    for (int i = 0; i < 10; ++i)
        QCOMPARE(call(QStringLiteral("/listFragments"),
                      {{QStringLiteral("StreamName"), QStringLiteral("front-door")},
                       {QStringLiteral("MaxResults"), 1}})
                     .status,
                 200);
}

void TestEmulatorServices::faultInjection() {
    m_emulator->quotas().enabled = false;
    emu::FaultOptions& f = m_emulator->faults();
    f.failOncePerOperation = true;
    RawResponse r = call(QStringLiteral("/listStreams"), {});
    QCOMPARE(r.status, 500);
    QCOMPARE(r.errorType(), QByteArray("InternalFailure"));
    QCOMPARE(call(QStringLiteral("/listStreams"), {}).status, 200);
    QCOMPARE(call(QStringLiteral("/describeStream"),
                  {{QStringLiteral("StreamName"), QStringLiteral("lobby")}})
                 .status,
             500);
    QCOMPARE(call(QStringLiteral("/describeStream"),
                  {{QStringLiteral("StreamName"), QStringLiteral("lobby")}})
                 .status,
             200);
    f.failOncePerOperation = false;

    f.throttleEveryN = 3;
    QList<int> statuses;
    for (int i = 0; i < 6; ++i)
        statuses << call(QStringLiteral("/listStreams"), {}).status;
    QCOMPARE(statuses.count(400), 2);
    QCOMPARE(statuses.count(200), 4);
    f.throttleEveryN = 0;

    f.latencyMs = 300;
    QElapsedTimer timer;
    timer.start();
    QCOMPARE(call(QStringLiteral("/listStreams"), {}).status, 200);
    QVERIFY(timer.elapsed() >= 300);
}
