// EndpointResolver: the AWS SDKs' endpoint precedence ("service-specific endpoints"),
// partitions and configuration errors.
#include "core/aws/endpoint_resolver.h"

#include <QTest>

using namespace kinescope;

namespace {

const QString kKvs = QStringLiteral("KINESIS_VIDEO");
const QString kKvsPrefix = QStringLiteral("kinesisvideo");

QUrl u(const char* s) {
    return QUrl(QString::fromLatin1(s));
}

// Every override source set, each to a different URL.
EndpointResolver::Overrides allOverrides() {
    EndpointResolver::Overrides o;
    o.explicitUrl = u("http://explicit.test:1");
    o.envService.insert(kKvs, u("http://env-service.test:2"));
    o.envService.insert(QStringLiteral("STS"), u("http://env-sts.test:2"));
    o.profileService.insert(kKvs, u("http://profile-service.test:3"));
    o.profileService.insert(QStringLiteral("MEDIASTORE"), u("http://profile-mediastore.test:3"));
    o.envGlobal = u("http://env-global.test:4");
    o.profileGlobal = u("http://profile-global.test:5");
    return o;
}

} // namespace

class TestEndpoints : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void standardHosts_data();
    void standardHosts();
    void partitionSuffixes_data();
    void partitionSuffixes();
    void precedence_data();
    void precedence();
    void serviceOverridesApplyOnlyToTheirService();
    void serviceIdSpellings();
    void ignoreConfiguredKeepsExplicitUrl();
    void emptyRegionIsConfigError();
    void invalidRegionIsConfigError();
    void invalidOverrideNamesItsSource_data();
    void invalidOverrideNamesItsSource();
    void overridePathIsKept();
};

void TestEndpoints::standardHosts_data() {
    QTest::addColumn<QString>("serviceId");
    QTest::addColumn<QString>("prefix");
    QTest::addColumn<QString>("region");
    QTest::addColumn<QUrl>("expected");
    QTest::newRow("kvs") << kKvs << kKvsPrefix << QStringLiteral("us-east-1")
                         << u("https://kinesisvideo.us-east-1.amazonaws.com");
    QTest::newRow("sts regional") << QStringLiteral("STS") << QStringLiteral("sts")
                                  << QStringLiteral("eu-west-1")
                                  << u("https://sts.eu-west-1.amazonaws.com");
    QTest::newRow("sso portal") << QStringLiteral("SSO") << QStringLiteral("portal.sso")
                                << QStringLiteral("ap-southeast-2")
                                << u("https://portal.sso.ap-southeast-2.amazonaws.com");
    QTest::newRow("mediatailor") << QStringLiteral("MEDIATAILOR")
                                 << QStringLiteral("api.mediatailor") << QStringLiteral("us-west-2")
                                 << u("https://api.mediatailor.us-west-2.amazonaws.com");
    QTest::newRow("china") << kKvs << kKvsPrefix << QStringLiteral("cn-north-1")
                           << u("https://kinesisvideo.cn-north-1.amazonaws.com.cn");
    QTest::newRow("china sts") << QStringLiteral("STS") << QStringLiteral("sts")
                               << QStringLiteral("cn-northwest-1")
                               << u("https://sts.cn-northwest-1.amazonaws.com.cn");
    QTest::newRow("govcloud") << kKvs << kKvsPrefix << QStringLiteral("us-gov-west-1")
                              << u("https://kinesisvideo.us-gov-west-1.amazonaws.com");
    QTest::newRow("iso") << kKvs << kKvsPrefix << QStringLiteral("us-iso-east-1")
                         << u("https://kinesisvideo.us-iso-east-1.c2s.ic.gov");
    QTest::newRow("isob") << kKvs << kKvsPrefix << QStringLiteral("us-isob-east-1")
                          << u("https://kinesisvideo.us-isob-east-1.sc2s.sgov.gov");
}

void TestEndpoints::standardHosts() {
    QFETCH(QString, serviceId);
    QFETCH(QString, prefix);
    QFETCH(QString, region);
    QFETCH(QUrl, expected);
    const EndpointResolver resolver;
    const Result<QUrl> url = resolver.resolve(serviceId, prefix, region);
    QVERIFY2(url.ok(), qPrintable(url.ok() ? QString() : url.error().message));
    QCOMPARE(url.value(), expected);
}

void TestEndpoints::partitionSuffixes_data() {
    QTest::addColumn<QString>("region");
    QTest::addColumn<QString>("suffix");
    QTest::newRow("us") << QStringLiteral("us-east-1") << QStringLiteral("amazonaws.com");
    QTest::newRow("eu") << QStringLiteral("eu-central-2") << QStringLiteral("amazonaws.com");
    QTest::newRow("cn") << QStringLiteral("cn-north-1") << QStringLiteral("amazonaws.com.cn");
    QTest::newRow("gov") << QStringLiteral("us-gov-east-1") << QStringLiteral("amazonaws.com");
    QTest::newRow("iso") << QStringLiteral("us-iso-west-1") << QStringLiteral("c2s.ic.gov");
    QTest::newRow("isob") << QStringLiteral("us-isob-east-1") << QStringLiteral("sc2s.sgov.gov");
}

void TestEndpoints::partitionSuffixes() {
    QFETCH(QString, region);
    QFETCH(QString, suffix);
    QCOMPARE(EndpointResolver::partitionDnsSuffix(region), suffix);
}

// Remove the sources one by one from the top: each time the next one in the documented
// order must win.
void TestEndpoints::precedence_data() {
    QTest::addColumn<int>("removed");
    QTest::addColumn<QUrl>("expected");
    QTest::newRow("explicit url") << 0 << u("http://explicit.test:1");
    QTest::newRow("AWS_ENDPOINT_URL_<SERVICE>") << 1 << u("http://env-service.test:2");
    QTest::newRow("profile services section") << 2 << u("http://profile-service.test:3");
    QTest::newRow("AWS_ENDPOINT_URL") << 3 << u("http://env-global.test:4");
    QTest::newRow("profile endpoint_url") << 4 << u("http://profile-global.test:5");
    QTest::newRow("standard host") << 5 << u("https://kinesisvideo.eu-west-1.amazonaws.com");
}

void TestEndpoints::precedence() {
    QFETCH(int, removed);
    QFETCH(QUrl, expected);
    EndpointResolver::Overrides o = allOverrides();
    if (removed > 0)
        o.explicitUrl.clear();
    if (removed > 1)
        o.envService.remove(kKvs);
    if (removed > 2)
        o.profileService.remove(kKvs);
    if (removed > 3)
        o.envGlobal.clear();
    if (removed > 4)
        o.profileGlobal.clear();
    const Result<QUrl> url =
        EndpointResolver(o).resolve(kKvs, kKvsPrefix, QStringLiteral("eu-west-1"));
    QVERIFY(url.ok());
    QCOMPARE(url.value(), expected);
}

void TestEndpoints::serviceOverridesApplyOnlyToTheirService() {
    EndpointResolver::Overrides o = allOverrides();
    o.explicitUrl.clear();
    const EndpointResolver resolver(o);
    const QString region = QStringLiteral("us-east-1");
    QCOMPARE(resolver.resolve(kKvs, kKvsPrefix, region).value(), u("http://env-service.test:2"));
    QCOMPARE(resolver.resolve(QStringLiteral("STS"), QStringLiteral("sts"), region).value(),
             u("http://env-sts.test:2"));
    QCOMPARE(resolver.resolve(QStringLiteral("MEDIASTORE"), QStringLiteral("mediastore"), region)
                 .value(),
             u("http://profile-mediastore.test:3"));
    // No service-specific entry: the global environment variable.
    QCOMPARE(
        resolver.resolve(QStringLiteral("MEDIATAILOR"), QStringLiteral("api.mediatailor"), region)
            .value(),
        u("http://env-global.test:4"));
}

void TestEndpoints::serviceIdSpellings() {
    // The profile's services section spells ids in snake case ("kinesis_video").
    EndpointResolver::Overrides o;
    o.profileService.insert(QStringLiteral("kinesis_video"), u("http://snake.test:9"));
    const Result<QUrl> url =
        EndpointResolver(o).resolve(kKvs, kKvsPrefix, QStringLiteral("us-east-1"));
    QVERIFY(url.ok());
    QCOMPARE(url.value(), u("http://snake.test:9"));
    // ... and it does not leak to a service whose id merely starts the same way.
    QCOMPARE(EndpointResolver(o)
                 .resolve(QStringLiteral("KINESIS_VIDEO_MEDIA"), QStringLiteral("kinesisvideo"),
                          QStringLiteral("us-east-1"))
                 .value(),
             u("https://kinesisvideo.us-east-1.amazonaws.com"));
}

void TestEndpoints::ignoreConfiguredKeepsExplicitUrl() {
    EndpointResolver::Overrides o = allOverrides();
    o.ignoreConfigured = true;
    QCOMPARE(EndpointResolver(o).resolve(kKvs, kKvsPrefix, QStringLiteral("us-east-1")).value(),
             u("http://explicit.test:1"));
    o.explicitUrl.clear();
    QCOMPARE(EndpointResolver(o).resolve(kKvs, kKvsPrefix, QStringLiteral("us-east-1")).value(),
             u("https://kinesisvideo.us-east-1.amazonaws.com"));
    // Ignored sources are not even validated.
    o.envGlobal = u("not a url");
    QVERIFY(EndpointResolver(o).resolve(kKvs, kKvsPrefix, QStringLiteral("us-east-1")).ok());
}

void TestEndpoints::emptyRegionIsConfigError() {
    const Result<QUrl> url = EndpointResolver().resolve(kKvs, kKvsPrefix, QString());
    QVERIFY(!url.ok());
    QCOMPARE(url.error().kind, AwsError::Kind::Config);
    QCOMPARE(
        url.error().message,
        QStringLiteral("No AWS region is set: use --region, AWS_REGION or the profile's region."));
    // Even with an explicit endpoint: requests still have to be signed for a region.
    EndpointResolver::Overrides o;
    o.explicitUrl = u("http://127.0.0.1:4566");
    QCOMPARE(EndpointResolver(o).resolve(kKvs, kKvsPrefix, QString()).error().kind,
             AwsError::Kind::Config);
}

void TestEndpoints::invalidRegionIsConfigError() {
    for (const char* region : {"us east 1", "us-east-1/evil", "US-EAST-1", "-us", "us-"}) {
        const Result<QUrl> url =
            EndpointResolver().resolve(kKvs, kKvsPrefix, QString::fromLatin1(region));
        QVERIFY2(!url.ok(), region);
        QCOMPARE(url.error().kind, AwsError::Kind::Config);
        QVERIFY(url.error().message.contains(QString::fromLatin1(region)));
    }
}

void TestEndpoints::invalidOverrideNamesItsSource_data() {
    QTest::addColumn<int>("source");
    QTest::addColumn<QUrl>("bad");
    QTest::addColumn<QString>("origin");
    QTest::newRow("explicit, no scheme")
        << 0 << u("localhost:4566") << QStringLiteral("--endpoint-url");
    QTest::newRow("env service, no host")
        << 1 << u("http://") << QStringLiteral("AWS_ENDPOINT_URL_KINESIS_VIDEO");
    QTest::newRow("profile service, relative")
        << 2 << u("/just/a/path") << QStringLiteral("services section (kinesis_video");
    QTest::newRow("env global, ftp")
        << 3 << u("ftp://host.test") << QStringLiteral("AWS_ENDPOINT_URL");
    QTest::newRow("profile global, no scheme")
        << 4 << u("example.com") << QStringLiteral("profile's endpoint_url");
}

void TestEndpoints::invalidOverrideNamesItsSource() {
    QFETCH(int, source);
    QFETCH(QUrl, bad);
    QFETCH(QString, origin);
    EndpointResolver::Overrides o;
    switch (source) {
    case 0:
        o.explicitUrl = bad;
        break;
    case 1:
        o.envService.insert(kKvs, bad);
        break;
    case 2:
        o.profileService.insert(kKvs, bad);
        break;
    case 3:
        o.envGlobal = bad;
        break;
    default:
        o.profileGlobal = bad;
        break;
    }
    // A valid lower-precedence source must not hide the mistake.
    if (source < 4)
        o.profileGlobal = u("http://fallback.test");
    const Result<QUrl> url =
        EndpointResolver(o).resolve(kKvs, kKvsPrefix, QStringLiteral("us-east-1"));
    QVERIFY(!url.ok());
    QCOMPARE(url.error().kind, AwsError::Kind::Config);
    QVERIFY2(url.error().message.contains(origin), qPrintable(url.error().message));
}

void TestEndpoints::overridePathIsKept() {
    EndpointResolver::Overrides o;
    o.envGlobal = u("http://127.0.0.1:4566/prefix/");
    QCOMPARE(EndpointResolver(o).resolve(kKvs, kKvsPrefix, QStringLiteral("us-east-1")).value(),
             u("http://127.0.0.1:4566/prefix/"));
}

QTEST_GUILESS_MAIN(TestEndpoints)
#include "test_endpoints.moc"
