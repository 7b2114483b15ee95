#include "core/aws/qt_keychain_store.h"

#include <qt6keychain/keychain.h>

namespace kinescope {

namespace {

QString describeError(QKeychain::Job* job) {
    QString what;
    switch (job->error()) {
    case QKeychain::AccessDeniedByUser:
        what = QStringLiteral("access was denied by the user");
        break;
    case QKeychain::AccessDenied:
        what = QStringLiteral("access was denied");
        break;
    case QKeychain::NoBackendAvailable:
        what = QStringLiteral("no keychain service is available (Secret Service or KWallet)");
        break;
    case QKeychain::NotImplemented:
        what = QStringLiteral("not supported on this platform");
        break;
    case QKeychain::CouldNotDeleteEntry:
        what = QStringLiteral("the entry could not be deleted");
        break;
    default:
        break;
    }
    const QString detail = job->errorString();
    if (what.isEmpty())
        return detail;
    if (detail.isEmpty() || detail == QLatin1String("Unknown error"))
        return what;
    return QStringLiteral("%1 (%2)").arg(what, detail);
}

AwsError keychainError(QKeychain::Job* job, const QString& action) {
    return AwsError::make(
        AwsError::Kind::Credentials, QStringLiteral("KeychainError"),
        QStringLiteral("%1 the OS keychain failed: %2").arg(action, describeError(job)));
}

template <typename JobT> JobT* makeJob(const QString& service, const QString& key) {
    auto* job = new JobT(service);
    job->setAutoDelete(true);
    job->setInsecureFallback(false);
    job->setKey(key);
    return job;
}

} // namespace

QtKeychainStore::QtKeychainStore(QString service, QObject* parent)
    : QObject(parent)
    , m_service(std::move(service)) {
}

void QtKeychainStore::read(const QString& key, ReadCallback done) {
    auto* job = makeJob<QKeychain::ReadPasswordJob>(m_service, key);
    connect(job, &QKeychain::Job::finished, this, [done = std::move(done)](QKeychain::Job* j) {
        auto* rj = static_cast<QKeychain::ReadPasswordJob*>(j);
        if (j->error() == QKeychain::NoError)
            return done(std::optional<QString>(rj->textData()));
        if (j->error() == QKeychain::EntryNotFound)
            return done(std::optional<QString>());
        done(keychainError(j, QStringLiteral("Reading from")));
    });
    job->start();
}

void QtKeychainStore::write(const QString& key, const QString& secret, DoneCallback done) {
    auto* job = makeJob<QKeychain::WritePasswordJob>(m_service, key);
    job->setTextData(secret);
    connect(job, &QKeychain::Job::finished, this, [done = std::move(done)](QKeychain::Job* j) {
        if (j->error() == QKeychain::NoError)
            return done(Done{});
        done(keychainError(j, QStringLiteral("Writing to")));
    });
    job->start();
}

void QtKeychainStore::remove(const QString& key, DoneCallback done) {
    auto* job = makeJob<QKeychain::DeletePasswordJob>(m_service, key);
    connect(job, &QKeychain::Job::finished, this, [done = std::move(done)](QKeychain::Job* j) {
        if (j->error() == QKeychain::NoError || j->error() == QKeychain::EntryNotFound)
            return done(Done{});
        done(keychainError(j, QStringLiteral("Deleting from")));
    });
    job->start();
}

} // namespace kinescope
