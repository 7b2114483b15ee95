// QtKeychainStore against the real OS keychain (Secret Service / KWallet). Skips cleanly when
// no keychain service is reachable (CI machines have none).
#include "core/aws/keychain_credentials.h"
#include "core/aws/qt_keychain_store.h"

#include "tests/core/aws/credentials_test_util.h"

#include <QCoreApplication>
#include <QTest>
#include <QUuid>

using namespace kinescope;

namespace {

// Waits for an asynchronous store operation; nullopt when it never answered.
template <typename T>
std::optional<T> await(const std::function<void(std::function<void(const T&)>)>& start,
                       int timeoutMs = 20000) {
    auto out = std::make_shared<std::optional<T>>();
    start([out](const T& r) { *out = r; });
    if (!QTest::qWaitFor([&]() { return out->has_value(); }, timeoutMs))
        return std::nullopt;
    return *out;
}

} // namespace

class TestQtKeychainStore : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void roundTripThroughTheOsKeychain() {
        const QString service =
            QStringLiteral("Kinescope-test-%1").arg(QCoreApplication::applicationPid());
        auto store = std::make_shared<QtKeychainStore>(service);
        const AppProfile profile{"keychain-test-" + QUuid::createUuid().toString(QUuid::Id128),
                                 "AKIDKEYCHAINTEST", "us-east-1", QString()};

        auto written = await<Status>([&](auto done) {
            KeychainCredentialProvider::storeSecret(*store, profile, "keychain-secret", done);
        });
        if (!written)
            QSKIP("the OS keychain did not answer (no Secret Service running?)");
        if (!written->ok())
            QSKIP(qPrintable("no usable OS keychain here: " + written->error().message));

        KeychainCredentialProvider provider(profile, store);
        auto creds = test::resolveAndWait(provider, 20000);
        QVERIFY2(creds, qPrintable(test::errorText(creds)));
        QCOMPARE(creds->secretAccessKey, QString("keychain-secret"));
        QCOMPARE(creds->accessKeyId, QString("AKIDKEYCHAINTEST"));

        auto removed = await<Status>(
            [&](auto done) { KeychainCredentialProvider::removeSecret(*store, profile, done); });
        QVERIFY(removed && removed->ok());
        auto gone = await<Result<std::optional<QString>>>(
            [&](auto done) { store->read(profile.secretKeyName(), done); });
        QVERIFY(gone && gone->ok());
        QVERIFY(!gone->value().has_value());
        // Removing again is not an error.
        auto again =
            await<Status>([&](auto done) { store->remove(profile.secretKeyName(), done); });
        QVERIFY(again && again->ok());
    }
};

QTEST_GUILESS_MAIN(TestQtKeychainStore)
#include "test_qt_keychain_store.moc"
