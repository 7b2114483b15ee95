// SigV4Signer against AWS's public SigV4 test suite (tests/data/sigv4, every case folder),
// against reference values computed with botocore, and as a server verifies it.
#include "core/aws/sigv4_signer.h"
#include "tests/support/test_support.h"

#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>
#include <QTimeZone>
#include <QUrl>

#include <algorithm>

using namespace kinescope;

namespace {

const QStringList kCaseFiles = {
    QStringLiteral("context.json"),
    QStringLiteral("request.txt"),
    QStringLiteral("header-canonical-request.txt"),
    QStringLiteral("header-string-to-sign.txt"),
    QStringLiteral("header-signature.txt"),
    QStringLiteral("header-signed-request.txt"),
    QStringLiteral("query-canonical-request.txt"),
    QStringLiteral("query-string-to-sign.txt"),
    QStringLiteral("query-signature.txt"),
    QStringLiteral("query-signed-request.txt"),
};

QString suiteDir() {
    return test::testDataDir() + QStringLiteral("/sigv4");
}

QStringList caseNames() {
    return QDir(suiteDir()).entryList(QDir::Dirs | QDir::NoDotAndDotDot, QDir::Name);
}

QByteArray readFile(const QString& path) {
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    return f.readAll();
}

// Expected results end with a hash or a signature; some files have a final newline.
QByteArray readExpected(const QString& dir, const QString& name) {
    QByteArray data = readFile(dir + QLatin1Char('/') + name);
    data.replace("\r\n", "\n");
    while (data.endsWith('\n'))
        data.chop(1);
    return data;
}

// A raw HTTP/1.1 request as the suite writes it: the target may contain spaces and raw
// UTF-8, header values may continue on lines that start with whitespace (obsolete line
// folding; kept here with their line breaks), header names may repeat.
struct RawRequest {
    QByteArray method;
    QByteArray target;
    HeaderList headers;
    QByteArray body;
    bool ok = false;
};

RawRequest parseRawRequest(QByteArray text) {
    RawRequest r;
    text.replace("\r\n", "\n");
    const QList<QByteArray> lines = text.split('\n');
    if (lines.isEmpty())
        return r;
    const QByteArray& requestLine = lines.first();
    const qsizetype firstSpace = requestLine.indexOf(' ');
    const qsizetype lastSpace = requestLine.lastIndexOf(' ');
    if (firstSpace <= 0 || lastSpace <= firstSpace ||
        !requestLine.mid(lastSpace + 1).startsWith("HTTP/"))
        return r;
    r.method = requestLine.left(firstSpace);
    r.target = requestLine.mid(firstSpace + 1, lastSpace - firstSpace - 1);

    qsizetype i = 1;
    for (; i < lines.size(); ++i) {
        const QByteArray& line = lines[i];
        if (line.isEmpty())
            break;
        if (line.startsWith(' ') || line.startsWith('\t')) {
            if (r.headers.isEmpty())
                return r;
            r.headers.last().second.append('\n').append(line);
            continue;
        }
        const qsizetype colon = line.indexOf(':');
        if (colon <= 0)
            return r;
        r.headers.append({line.left(colon), line.mid(colon + 1)});
    }
    if (i + 1 < lines.size())
        r.body = lines.mid(i + 1).join('\n');
    r.ok = true;
    return r;
}

QString decodedPath(const QByteArray& target) {
    const qsizetype q = target.indexOf('?');
    return QString::fromUtf8(QByteArray::fromPercentEncoding(q < 0 ? target : target.left(q)));
}

QueryItems decodedQuery(const QByteArray& target) {
    QueryItems items;
    const qsizetype q = target.indexOf('?');
    if (q < 0)
        return items;
    const QList<QByteArray> pairs = target.mid(q + 1).split('&');
    for (const QByteArray& pair : pairs) {
        if (pair.isEmpty())
            continue;
        const qsizetype eq = pair.indexOf('=');
        const QByteArray name = eq < 0 ? pair : pair.left(eq);
        const QByteArray value = eq < 0 ? QByteArray() : pair.mid(eq + 1);
        items.append({QString::fromUtf8(QByteArray::fromPercentEncoding(name)),
                      QString::fromUtf8(QByteArray::fromPercentEncoding(value))});
    }
    return items;
}

HeaderList sortedHeaders(HeaderList headers) {
    for (auto& h : headers)
        h.first = h.first.toLower();
    std::sort(headers.begin(), headers.end());
    return headers;
}

QueryItems sortedQuery(QueryItems query) {
    std::sort(query.begin(), query.end());
    return query;
}

// One suite case turned into signer inputs.
struct SuiteCase {
    SigV4Signer::Message message;
    Credentials credentials;
    SigV4Signer::Scope scope;
    SigV4Signer::Options options;
    int expiresSeconds = 0;
};

bool loadCase(const QString& dir, SuiteCase* c, QString* error) {
    QJsonParseError jsonError;
    const QJsonObject ctx =
        QJsonDocument::fromJson(readFile(dir + QStringLiteral("/context.json")), &jsonError)
            .object();
    if (jsonError.error != QJsonParseError::NoError || ctx.isEmpty()) {
        *error = QStringLiteral("context.json: ") + jsonError.errorString();
        return false;
    }
    const RawRequest raw = parseRawRequest(readFile(dir + QStringLiteral("/request.txt")));
    if (!raw.ok) {
        *error = QStringLiteral("request.txt is not an HTTP request");
        return false;
    }

    const QJsonObject creds = ctx.value(QStringLiteral("credentials")).toObject();
    c->credentials.accessKeyId = creds.value(QStringLiteral("access_key_id")).toString();
    c->credentials.secretAccessKey = creds.value(QStringLiteral("secret_access_key")).toString();
    c->credentials.sessionToken = creds.value(QStringLiteral("token")).toString();

    c->scope.region = ctx.value(QStringLiteral("region")).toString();
    c->scope.service = ctx.value(QStringLiteral("service")).toString();
    c->scope.time =
        QDateTime::fromString(ctx.value(QStringLiteral("timestamp")).toString(), Qt::ISODate);
    c->expiresSeconds = ctx.value(QStringLiteral("expiration_in_seconds")).toInt();

    c->options.normalizePath = ctx.value(QStringLiteral("normalize")).toBool();
    // The suite's paths are raw and unencoded and are expected encoded exactly once (see
    // Options in sigv4_signer.h); double encoding is checked against botocore below.
    c->options.doubleEncodePath = false;
    c->options.addContentSha256Header = ctx.value(QStringLiteral("sign_body")).toBool();
    c->options.omitSessionToken = ctx.value(QStringLiteral("omit_session_token")).toBool();

    c->message.method = raw.method;
    c->message.path = decodedPath(raw.target);
    c->message.query = decodedQuery(raw.target);
    c->message.headers = raw.headers;
    c->message.payloadHash = SigV4Signer::sha256Hex(raw.body);

    if (c->credentials.accessKeyId.isEmpty() || c->scope.region.isEmpty() ||
        !c->scope.time.isValid() || c->expiresSeconds <= 0) {
        *error = QStringLiteral("context.json lacks credentials, region, timestamp or expiry");
        return false;
    }
    return true;
}

QByteArray header(const HeaderList& headers, const QByteArray& name) {
    for (const auto& [k, v] : headers)
        if (k.compare(name, Qt::CaseInsensitive) == 0)
            return v;
    return {};
}

int headerCount(const HeaderList& headers, const QByteArray& name) {
    return int(std::count_if(headers.begin(), headers.end(), [&](const auto& h) {
        return h.first.compare(name, Qt::CaseInsensitive) == 0;
    }));
}

// What a server does with a header-signed request: take the headers named in the
// Authorization header and the payload hash it can see, and recompute the signature.
QByteArray serverSideSignature(const SigV4Signer::Message& received, const QString& secret,
                               const SigV4Signer::Options& options,
                               QByteArray* canonicalOut = nullptr) {
    const auto auth = SigV4Signer::parseAuthorization(header(received.headers, "Authorization"));
    if (!auth.valid)
        return {};
    SigV4Signer::Message m = received;
    m.headers = SigV4Signer::selectHeaders(received.headers, auth.signedHeaders);
    const QByteArray contentSha = header(received.headers, "x-amz-content-sha256");
    if (!contentSha.isEmpty())
        m.payloadHash = contentSha;
    const SigV4Signer::Scope scope{
        auth.region, auth.service,
        SigV4Signer::parseAmzDate(header(received.headers, "X-Amz-Date"))};
    QByteArray signedHeaders;
    const QByteArray canonical = SigV4Signer::canonicalRequest(m, options, &signedHeaders);
    if (canonicalOut)
        *canonicalOut = canonical;
    if (signedHeaders != auth.signedHeaders.join(';'))
        return {};
    return SigV4Signer::signature(secret, scope, SigV4Signer::stringToSign(canonical, scope));
}

// A typical Kinescope call (KVS archived media) with the emulator's credentials.
SigV4Signer::Message kvsMessage() {
    SigV4Signer::Message m;
    m.method = "POST";
    m.path = QStringLiteral("/listFragments");
    m.headers = {{"Host", "kinesisvideo.us-east-1.amazonaws.com"},
                 {"Content-Type", "application/json"},
                 {"User-Agent", "kinescope/0.1"}};
    m.payloadHash = SigV4Signer::sha256Hex(R"({"StreamName":"cam-1","MaxResults":100})");
    return m;
}

Credentials emulatorCredentials(const QString& token = {}) {
    Credentials c;
    c.accessKeyId = QStringLiteral("AKIDKINESCOPEEMULATOR");
    c.secretAccessKey = QStringLiteral("kinescope/emulator/secret+EXAMPLEKEY");
    c.sessionToken = token;
    return c;
}

SigV4Signer::Scope kvsScope() {
    return {QStringLiteral("us-east-1"), QStringLiteral("kinesisvideo"),
            QDateTime(QDate(2024, 2, 29), QTime(23, 59, 58), QTimeZone::utc())};
}

} // namespace

class TestSigV4 : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void suiteIsComplete();
    void headerSigning_data();
    void headerSigning();
    void querySigning_data();
    void querySigning();
    void doubleEncodingMatchesBotocore_data();
    void doubleEncodingMatchesBotocore();
    void presignUnsignedPayloadMatchesBotocore();
    void normalizedPath_data();
    void normalizedPath();
    void canonicalQuerySortsAndKeepsEquals();
    void encodedPathSurvivesQUrl();
    void amzDates();
    void unsignedPayloadHeader();
    void resigningReplacesSigningHeaders();
    void parseAuthorizationRoundTrip();
    void tamperingChangesSignature();
    void parseAuthorizationRejectsMalformed_data();
    void parseAuthorizationRejectsMalformed();

private:
    void addCaseRows();
};

void TestSigV4::addCaseRows() {
    QTest::addColumn<QString>("dir");
    const QStringList names = caseNames();
    for (const QString& name : names)
        QTest::newRow(qPrintable(name)) << suiteDir() + QLatin1Char('/') + name;
}

void TestSigV4::suiteIsComplete() {
    QVERIFY2(QFile::exists(suiteDir() + QStringLiteral("/LICENSE")), qPrintable(suiteDir()));
    QVERIFY(QFile::exists(suiteDir() + QStringLiteral("/README.md")));
    const QStringList names = caseNames();
    QVERIFY2(names.size() >= 30, "the AWS SigV4 suite is missing from tests/data/sigv4");
    for (const QString& name : names)
        for (const QString& file : kCaseFiles)
            QVERIFY2(QFile::exists(suiteDir() + QLatin1Char('/') + name + QLatin1Char('/') + file),
                     qPrintable(name + QLatin1Char('/') + file));
}

void TestSigV4::headerSigning_data() {
    addCaseRows();
}

void TestSigV4::headerSigning() {
    QFETCH(QString, dir);
    SuiteCase c;
    QString error;
    QVERIFY2(loadCase(dir, &c, &error), qPrintable(error));

    SigV4Signer::Message m = c.message;
    SigV4Signer::Trace trace;
    SigV4Signer::signHeaders(m, c.credentials, c.scope, c.options, &trace);

    QCOMPARE(trace.canonicalRequest,
             readExpected(dir, QStringLiteral("header-canonical-request.txt")));
    QCOMPARE(trace.stringToSign, readExpected(dir, QStringLiteral("header-string-to-sign.txt")));
    QCOMPARE(trace.signature, readExpected(dir, QStringLiteral("header-signature.txt")));

    // The request as it goes on the wire has exactly the headers AWS shows.
    const RawRequest expected =
        parseRawRequest(readFile(dir + QStringLiteral("/header-signed-request.txt")));
    QVERIFY(expected.ok);
    QCOMPARE(sortedHeaders(m.headers), sortedHeaders(expected.headers));

    // A server recomputing the signature from the signed request gets the same one.
    QCOMPARE(serverSideSignature(m, c.credentials.secretAccessKey, c.options), trace.signature);
}

void TestSigV4::querySigning_data() {
    addCaseRows();
}

void TestSigV4::querySigning() {
    QFETCH(QString, dir);
    SuiteCase c;
    QString error;
    QVERIFY2(loadCase(dir, &c, &error), qPrintable(error));

    SigV4Signer::Message m = c.message;
    SigV4Signer::Trace trace;
    SigV4Signer::presign(m, c.credentials, c.scope, c.expiresSeconds, c.options, &trace);

    QCOMPARE(trace.canonicalRequest,
             readExpected(dir, QStringLiteral("query-canonical-request.txt")));
    QCOMPARE(trace.stringToSign, readExpected(dir, QStringLiteral("query-string-to-sign.txt")));
    QCOMPARE(trace.signature, readExpected(dir, QStringLiteral("query-signature.txt")));

    const RawRequest expected =
        parseRawRequest(readFile(dir + QStringLiteral("/query-signed-request.txt")));
    QVERIFY(expected.ok);
    QCOMPARE(m.path, decodedPath(expected.target));
    QCOMPARE(sortedQuery(m.query), sortedQuery(decodedQuery(expected.target)));
    QCOMPARE(sortedHeaders(m.headers), sortedHeaders(c.message.headers)); // headers untouched
}

// Reference values computed with botocore 1.43 (Debian's python3-botocore):
//   req = AWSRequest('PUT', 'https://example.amazonaws.com/a%20b/./c%28d%29//%E1%88%B4/'
//                    '?list-type=2&prefix=x%2Fy%20z&empty=', headers={Host, Content-Type,
//                    User-Agent}, data=b'hello'); req.context['timestamp'] = '20150830T123600Z'
//   auth = SigV4Auth|S3SigV4Auth(Credentials(AKIDEXAMPLE, <suite secret>, 'token/with+specials='),
//                                'mediastore', 'eu-west-1');
//                                auth._modify_request_before_signing(req)
//   auth.canonical_request(req); auth.signature(auth.string_to_sign(req, cr), req)
void TestSigV4::doubleEncodingMatchesBotocore_data() {
    QTest::addColumn<bool>("s3Style");
    QTest::addColumn<QByteArray>("canonicalRequest");
    QTest::addColumn<QByteArray>("signature");
    QTest::newRow("SigV4Auth: normalized, double-encoded")
        << false
        << QByteArray(
               "PUT\n/a%2520b/c%2528d%2529/%25E1%2588%25B4/\nempty=&list-type=2&prefix=x%2Fy%"
               "20z\ncontent-type:application/octet-stream\nhost:example.amazonaws.com\nx-"
               "amz-date:20150830T123600Z\nx-amz-security-token:token/with+specials=\n\ncont"
               "ent-type;host;x-amz-date;x-amz-security-token\n2cf24dba5fb0a30e26e83b2ac5b9e"
               "29e1b161e5c1fa7425e73043362938b9824")
        << QByteArray("3fb36663d3022782b76f85423a2287837c35c2017f7016afe989544b0710c0ef");
    QTest::newRow("S3SigV4Auth: as is, encoded once, content sha256")
        << true
        << QByteArray(
               "PUT\n/a%20b/./c%28d%29//%E1%88%B4/\nempty=&list-type=2&prefix=x%2Fy%20z\ncont"
               "ent-type:application/octet-stream\nhost:example.amazonaws.com\nx-amz-conte"
               "nt-sha256:2cf24dba5fb0a30e26e83b2ac5b9e29e1b161e5c1fa7425e73043362938b9824\n"
               "x-amz-date:20150830T123600Z\nx-amz-security-token:token/with+specials=\n\n"
               "content-type;host;x-amz-content-sha256;x-amz-date;x-amz-security-token\n2cf"
               "24dba5fb0a30e26e83b2ac5b9e29e1b161e5c1fa7425e73043362938b9824")
        << QByteArray("bfc76bda0ffbe395badb7866348185c62225b546deb1733c56047b74bc7a6d88");
}

void TestSigV4::doubleEncodingMatchesBotocore() {
    QFETCH(bool, s3Style);
    QFETCH(QByteArray, canonicalRequest);
    QFETCH(QByteArray, signature);

    SigV4Signer::Message m;
    m.method = "PUT";
    m.path = QString::fromUtf8("/a b/./c(d)//\u1234/");
    m.query = {{QStringLiteral("list-type"), QStringLiteral("2")},
               {QStringLiteral("prefix"), QStringLiteral("x/y z")},
               {QStringLiteral("empty"), QString()}};
    m.headers = {{"Host", "example.amazonaws.com"},
                 {"Content-Type", "application/octet-stream"},
                 {"User-Agent", "kinescope/0.1"}};
    m.payloadHash = SigV4Signer::sha256Hex("hello");
    Credentials creds;
    creds.accessKeyId = QStringLiteral("AKIDEXAMPLE");
    creds.secretAccessKey = QStringLiteral("wJalrXUtnFEMI/K7MDENG+bPxRfiCYEXAMPLEKEY");
    creds.sessionToken = QStringLiteral("token/with+specials=");
    const SigV4Signer::Scope scope{QStringLiteral("eu-west-1"), QStringLiteral("mediastore"),
                                   SigV4Signer::parseAmzDate("20150830T123600Z")};
    SigV4Signer::Options options;
    options.normalizePath = !s3Style;
    options.doubleEncodePath = !s3Style;
    options.addContentSha256Header = s3Style;

    SigV4Signer::Trace trace;
    SigV4Signer::signHeaders(m, creds, scope, options, &trace);
    QCOMPARE(trace.canonicalRequest, canonicalRequest);
    QCOMPARE(trace.signature, signature);
    QCOMPARE(header(m.headers, "User-Agent"), QByteArray("kinescope/0.1")); // kept, not signed
}

// botocore S3SigV4QueryAuth(expires=900) on GET https://example.amazonaws.com/media/seg%201.ts
// with the credentials above, timestamp 20150830T123600Z.
void TestSigV4::presignUnsignedPayloadMatchesBotocore() {
    SigV4Signer::Message m;
    m.method = "GET";
    m.path = QStringLiteral("/media/seg 1.ts");
    m.headers = {{"Host", "example.amazonaws.com"}};
    m.payloadHash = "UNSIGNED-PAYLOAD";
    Credentials creds;
    creds.accessKeyId = QStringLiteral("AKIDEXAMPLE");
    creds.secretAccessKey = QStringLiteral("wJalrXUtnFEMI/K7MDENG+bPxRfiCYEXAMPLEKEY");
    creds.sessionToken = QStringLiteral("token/with+specials=");
    const SigV4Signer::Scope scope{QStringLiteral("eu-west-1"), QStringLiteral("mediastore"),
                                   SigV4Signer::parseAmzDate("20150830T123600Z")};
    SigV4Signer::Options options;
    options.normalizePath = false;
    options.doubleEncodePath = false;

    SigV4Signer::Trace trace;
    SigV4Signer::presign(m, creds, scope, 900, options, &trace);
    QCOMPARE(trace.canonicalRequest,
             QByteArray("GET\n/media/seg%201.ts\nX-Amz-Algorithm=AWS4-HMAC-SHA256&X-Amz-Credential="
                        "AKIDEXAMPLE%2F20150830%2Feu-west-1%2Fmediastore%2Faws4_request&X-Amz-Date="
                        "20150830T123600Z&X-Amz-Expires=900&X-Amz-Security-Token=token%2Fwith%2Bsp"
                        "ecials%3D&X-Amz-SignedHeaders=host\nhost:example.amazonaws.com\n\nhost\nUN"
                        "SIGNED-PAYLOAD"));
    QCOMPARE(trace.signature,
             QByteArray("bd07e4c2b044c15ba7f91c70de1fe72031f37c30add5b73a87d9332d544f90a0"));
    QCOMPARE(m.query.last().first, QStringLiteral("X-Amz-Signature"));
    QCOMPARE(m.query.last().second.toLatin1(), trace.signature);

    // Presigning again (a refreshed URL) replaces the parameters instead of repeating them.
    SigV4Signer::presign(m, creds, scope, 900, options, &trace);
    QCOMPARE(m.query.size(), 7);
}

void TestSigV4::normalizedPath_data() {
    QTest::addColumn<QString>("path");
    QTest::addColumn<QString>("normalized");
    QTest::newRow("empty") << QString() << QStringLiteral("/");
    QTest::newRow("root") << QStringLiteral("/") << QStringLiteral("/");
    QTest::newRow("dots") << QStringLiteral("/a/./b/../c/") << QStringLiteral("/a/c/");
    QTest::newRow("above root") << QStringLiteral("/../../a") << QStringLiteral("/a");
    QTest::newRow("slashes") << QStringLiteral("///a//b///") << QStringLiteral("/a/b/");
    QTest::newRow("dot dir name") << QStringLiteral("/.a/..b/...") << QStringLiteral("/.a/..b/...");
    QTest::newRow("trailing dot") << QStringLiteral("/a/b/.") << QStringLiteral("/a/b");
}

void TestSigV4::normalizedPath() {
    QFETCH(QString, path);
    QFETCH(QString, normalized);
    QCOMPARE(SigV4Signer::normalizedPath(path), normalized);
    SigV4Signer::Options keep;
    keep.normalizePath = false;
    keep.doubleEncodePath = false;
    QCOMPARE(SigV4Signer::canonicalUri(path, keep),
             path.isEmpty() ? QByteArray("/") : path.toUtf8());
}

void TestSigV4::canonicalQuerySortsAndKeepsEquals() {
    const QueryItems query = {{QStringLiteral("b"), QStringLiteral("2")},
                              {QStringLiteral("a"), QStringLiteral("2")},
                              {QStringLiteral("flag"), QString()},
                              {QStringLiteral("a"), QStringLiteral("1")},
                              {QStringLiteral("A"), QStringLiteral("z y")},
                              {QStringLiteral("a b"), QStringLiteral("+/=")}};
    QCOMPARE(SigV4Signer::canonicalQuery(query),
             QByteArray("A=z%20y&a=1&a=2&a%20b=%2B%2F%3D&b=2&flag="));
    QCOMPARE(SigV4Signer::canonicalQuery({}), QByteArray());
}

void TestSigV4::encodedPathSurvivesQUrl() {
    // The wire path the pipeline sends must be exactly encodedPath(), or a double-encoding
    // service computes a different canonical URI than the client did.
    const QString path = QString::fromUtf8("/a b/(x)!$&'*+,;=:@/\u1234/%41/~-._");
    const QByteArray encoded = SigV4Signer::encodedPath(path);
    QCOMPARE(encoded,
             QByteArray("/a%20b/%28x%29%21%24%26%27%2A%2B%2C%3B%3D%3A%40/%E1%88%B4/%2541/~-._"));
    QUrl url(QStringLiteral("https://example.amazonaws.com"));
    url.setPath(QString::fromLatin1(encoded), QUrl::TolerantMode);
    QCOMPARE(url.path(QUrl::FullyEncoded).toLatin1(), encoded);
    QCOMPARE(url.path(QUrl::FullyDecoded), path);
    QCOMPARE(QString::fromUtf8(QByteArray::fromPercentEncoding(encoded)), path);
}

void TestSigV4::amzDates() {
    const QDateTime t(QDate(2015, 8, 30), QTime(12, 36, 0), QTimeZone::utc());
    QCOMPARE(SigV4Signer::amzDate(t), QByteArray("20150830T123600Z"));
    QCOMPARE(SigV4Signer::dateStamp(t), QByteArray("20150830"));
    QCOMPARE(SigV4Signer::parseAmzDate("20150830T123600Z"), t);
    // Another zone is converted to UTC first.
    QCOMPARE(SigV4Signer::amzDate(t.toTimeZone(QTimeZone(3600 * 9))),
             QByteArray("20150830T123600Z"));
    QVERIFY(!SigV4Signer::parseAmzDate("20150830T123600").isValid());
    QVERIFY(!SigV4Signer::parseAmzDate("2015-08-30T12:36:00Z").isValid());
    QVERIFY(!SigV4Signer::parseAmzDate("20151330T123600Z").isValid());
    QVERIFY(!SigV4Signer::parseAmzDate("").isValid());
}

void TestSigV4::unsignedPayloadHeader() {
    SigV4Signer::Message m = kvsMessage();
    m.method = "PUT";
    m.path = QStringLiteral("/folder/object.ts");
    m.payloadHash = "UNSIGNED-PAYLOAD";
    SigV4Signer::Options options;
    options.normalizePath = false;
    options.doubleEncodePath = false;
    options.addContentSha256Header = true;
    SigV4Signer::Trace trace;
    SigV4Signer::signHeaders(m, emulatorCredentials(), kvsScope(), options, &trace);
    QCOMPARE(header(m.headers, "x-amz-content-sha256"), QByteArray("UNSIGNED-PAYLOAD"));
    QVERIFY(trace.canonicalRequest.endsWith("\nUNSIGNED-PAYLOAD"));
    QVERIFY(trace.canonicalRequest.contains("\nx-amz-content-sha256:UNSIGNED-PAYLOAD\n"));
    QVERIFY(trace.signedHeaders.contains("x-amz-content-sha256"));
    QCOMPARE(serverSideSignature(m, emulatorCredentials().secretAccessKey, options),
             trace.signature);
}

void TestSigV4::resigningReplacesSigningHeaders() {
    SigV4Signer::Message m = kvsMessage();
    const Credentials creds = emulatorCredentials(QStringLiteral("session-token-1"));
    SigV4Signer::Options options;
    options.addContentSha256Header = true;
    SigV4Signer::signHeaders(m, creds, kvsScope(), options);
    const QByteArray firstAuth = header(m.headers, "Authorization");

    SigV4Signer::Scope later = kvsScope();
    later.time = later.time.addSecs(5);
    SigV4Signer::Trace trace;
    SigV4Signer::signHeaders(m, creds, later, options, &trace);

    for (const QByteArray name :
         {"Authorization", "X-Amz-Date", "X-Amz-Security-Token", "x-amz-content-sha256", "Host"})
        QCOMPARE(headerCount(m.headers, name), 1);
    QCOMPARE(header(m.headers, "X-Amz-Date"), QByteArray("20240301T000003Z"));
    QVERIFY(header(m.headers, "Authorization") != firstAuth);
    QCOMPARE(trace.signedHeaders,
             QByteArray("content-type;host;x-amz-content-sha256;x-amz-date;x-amz-security-token"));
    QCOMPARE(serverSideSignature(m, creds.secretAccessKey, options), trace.signature);
}

void TestSigV4::parseAuthorizationRoundTrip() {
    SigV4Signer::Message m = kvsMessage();
    const SigV4Signer::Options options;
    SigV4Signer::Trace trace;
    SigV4Signer::signHeaders(m, emulatorCredentials(), kvsScope(), options, &trace);

    const auto auth = SigV4Signer::parseAuthorization(header(m.headers, "Authorization"));
    QVERIFY(auth.valid);
    QCOMPARE(auth.accessKeyId, QStringLiteral("AKIDKINESCOPEEMULATOR"));
    QCOMPARE(auth.date, QByteArray("20240229"));
    QCOMPARE(auth.region, QStringLiteral("us-east-1"));
    QCOMPARE(auth.service, QStringLiteral("kinesisvideo"));
    QCOMPARE(auth.signedHeaders,
             (QList<QByteArray>{"content-type", "host", "x-amz-date"})); // no user-agent
    QCOMPARE(auth.signature, trace.signature);

    QByteArray serverCanonical;
    QCOMPARE(
        serverSideSignature(m, emulatorCredentials().secretAccessKey, options, &serverCanonical),
        trace.signature);
    QCOMPARE(serverCanonical, trace.canonicalRequest);

    // Whitespace variations a server must accept.
    const auto spaced = SigV4Signer::parseAuthorization(
        "  AWS4-HMAC-SHA256 Credential=AKID/20240229/eu-west-1/sts/aws4_request,SignedHeaders=host,"
        "   Signature=" +
        trace.signature + "  ");
    QVERIFY(spaced.valid);
    QCOMPARE(spaced.signedHeaders, QList<QByteArray>{"host"});
    QCOMPARE(spaced.service, QStringLiteral("sts"));
}

void TestSigV4::tamperingChangesSignature() {
    const QString secret = emulatorCredentials().secretAccessKey;
    const SigV4Signer::Options options;
    SigV4Signer::Message signedMessage = kvsMessage();
    SigV4Signer::signHeaders(signedMessage, emulatorCredentials(), kvsScope(), options);
    const QByteArray good = serverSideSignature(signedMessage, secret, options);
    const auto sent =
        SigV4Signer::parseAuthorization(header(signedMessage.headers, "Authorization"));
    QCOMPARE(good, sent.signature);

    auto tampered = [&](auto change) {
        SigV4Signer::Message m = signedMessage;
        change(m);
        return serverSideSignature(m, secret, options);
    };
    auto setHeader = [](SigV4Signer::Message& m, const QByteArray& name, const QByteArray& v) {
        for (auto& h : m.headers)
            if (h.first.compare(name, Qt::CaseInsensitive) == 0)
                h.second = v;
    };
    QVERIFY(tampered([&](auto& m) { setHeader(m, "Content-Type", "text/plain"); }) != good);
    QVERIFY(tampered([&](auto& m) { setHeader(m, "Host", "evil.example.com"); }) != good);
    QVERIFY(tampered([&](auto& m) { setHeader(m, "X-Amz-Date", "20240229T235959Z"); }) != good);
    QVERIFY(tampered([](auto& m) { m.payloadHash = SigV4Signer::sha256Hex("{}"); }) != good);
    QVERIFY(tampered([](auto& m) { m.path = QStringLiteral("/getClip"); }) != good);
    QVERIFY(tampered([](auto& m) { m.method = "PUT"; }) != good);
    QVERIFY(tampered([](auto& m) {
                m.query.append({QStringLiteral("x"), QStringLiteral("1")});
            }) != good);
    // Whitespace folding and header-name case are not tampering.
    QCOMPARE(tampered([&](auto& m) { setHeader(m, "content-type", "  application/json "); }), good);
    // Headers that are not signed may change on the way.
    QCOMPARE(tampered([&](auto& m) { setHeader(m, "User-Agent", "proxy/2"); }), good);
    // A wrong secret does not verify.
    QVERIFY(serverSideSignature(signedMessage, secret + QLatin1Char('x'), options) != good);
}

void TestSigV4::parseAuthorizationRejectsMalformed_data() {
    const QByteArray sig(64, 'a');
    QTest::addColumn<QByteArray>("value");
    QTest::newRow("empty") << QByteArray();
    QTest::newRow("other algorithm")
        << "AWS4-HMAC-SHA512 Credential=A/20240229/us-east-1/s/aws4_request, SignedHeaders=host, "
           "Signature=" +
               sig;
    QTest::newRow("short credential")
        << "AWS4-HMAC-SHA256 Credential=A/20240229/us-east-1/aws4_request, SignedHeaders=host, "
           "Signature=" +
               sig;
    QTest::newRow("bad terminator")
        << "AWS4-HMAC-SHA256 Credential=A/20240229/us-east-1/s/aws5_request, SignedHeaders=host, "
           "Signature=" +
               sig;
    QTest::newRow("bad date")
        << "AWS4-HMAC-SHA256 Credential=A/2024-02-29/us-east-1/s/aws4_request, SignedHeaders=host, "
           "Signature=" +
               sig;
    QTest::newRow("no signed headers")
        << "AWS4-HMAC-SHA256 Credential=A/20240229/us-east-1/s/aws4_request, Signature=" + sig;
    QTest::newRow("empty signed header")
        << "AWS4-HMAC-SHA256 Credential=A/20240229/us-east-1/s/aws4_request, "
           "SignedHeaders=host;;x, "
           "Signature=" +
               sig;
    QTest::newRow("short signature")
        << QByteArray("AWS4-HMAC-SHA256 Credential=A/20240229/us-east-1/s/aws4_request, "
                      "SignedHeaders=host, Signature=abc");
    QTest::newRow("uppercase signature")
        << "AWS4-HMAC-SHA256 Credential=A/20240229/us-east-1/s/aws4_request, SignedHeaders=host, "
           "Signature=" +
               QByteArray(64, 'A');
    QTest::newRow("repeated component")
        << "AWS4-HMAC-SHA256 Credential=A/20240229/us-east-1/s/aws4_request, SignedHeaders=host, "
           "SignedHeaders=host, Signature=" +
               sig;
    QTest::newRow("unknown component")
        << "AWS4-HMAC-SHA256 Credential=A/20240229/us-east-1/s/aws4_request, SignedHeaders=host, "
           "Extra=1, Signature=" +
               sig;
}

void TestSigV4::parseAuthorizationRejectsMalformed() {
    QFETCH(QByteArray, value);
    QVERIFY(!SigV4Signer::parseAuthorization(value).valid);
}

QTEST_GUILESS_MAIN(TestSigV4)
#include "test_sigv4.moc"
