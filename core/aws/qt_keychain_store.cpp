#include "core/aws/qt_keychain_store.h"

#include <qt6keychain/keychain.h>

namespace kinescope {

namespace {

AwsError keychainError(QKeychain::Job* job, const QString& action) {
    return AwsError::make(
        AwsError::Kind::Credentials, QStringLiteral("KeychainError"),
        QStringLiteral("%1 the OS keychain failed: %2").arg(action, job->errorString()));
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
