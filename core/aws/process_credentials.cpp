#include "core/aws/process_credentials.h"

#include "core/aws/profile_config.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTimer>

namespace kinescope {

namespace {

constexpr qsizetype kMaxStderrChars = 2000;

AwsError processError(const QString& profile, const QString& type, const QString& what) {
    return AwsError::make(
        AwsError::Kind::Credentials, type,
        QStringLiteral("credential_process of profile '%1' %2").arg(profile, what));
}

} // namespace

ProcessCredentialProvider::ProcessCredentialProvider(QString profile, QString commandLine,
                                                     QProcessEnvironment env)
    : m_profile(std::move(profile))
    , m_commandLine(std::move(commandLine))
    , m_env(std::move(env)) {
}

ProcessCredentialProvider::~ProcessCredentialProvider() {
    if (m_process) {
        // Stop it without waiting: the QProcess deletes itself once the kill took effect.
        QProcess* proc = m_process.data();
        proc->disconnect();
        if (proc->state() == QProcess::NotRunning) {
            proc->deleteLater();
            return;
        }
        QObject::connect(proc, &QProcess::finished, proc, &QObject::deleteLater);
        proc->kill();
    }
}

QString ProcessCredentialProvider::describe() const {
    return QStringLiteral("profile '%1' (credential_process)").arg(m_profile);
}

AwsError ProcessCredentialProvider::error(const QString& type, const QString& what) const {
    return processError(m_profile, type, what);
}

void ProcessCredentialProvider::fetch(Callback done) {
    const auto argv = shellSplit(m_commandLine);
    if (!argv)
        return done(error(QStringLiteral("InvalidConfig"),
                          QStringLiteral("has an unclosed quote: %1").arg(m_commandLine)));
    if (argv->isEmpty())
        return done(error(QStringLiteral("InvalidConfig"), QStringLiteral("is empty")));

    auto* proc = new QProcess;
    m_process = proc;
    proc->setProcessEnvironment(m_env);
    proc->setProgram(argv->first());
    proc->setArguments(argv->mid(1));

    // Exactly one of finished / errorOccurred(FailedToStart) / the timeout ends the run.
    auto finish = [this, proc, done](const Result<Credentials>& result) {
        proc->disconnect(); // no second ending
        proc->deleteLater();
        if (m_process == proc)
            m_process = nullptr;
        done(result);
    };
    QObject::connect(
        proc, &QProcess::finished, proc,
        [this, proc, finish](int exitCode, QProcess::ExitStatus status) {
            const QByteArray out = proc->readAllStandardOutput();
            QString err = QString::fromUtf8(proc->readAllStandardError()).trimmed();
            if (err.size() > kMaxStderrChars)
                err = err.left(kMaxStderrChars) + QStringLiteral("…");
            if (status == QProcess::CrashExit)
                return finish(
                    error(QStringLiteral("CredentialProcessFailed"),
                          QStringLiteral("crashed%1")
                              .arg(err.isEmpty() ? QString() : QStringLiteral(": ") + err)));
            if (exitCode != 0)
                return finish(error(QStringLiteral("CredentialProcessFailed"),
                                    QStringLiteral("failed with exit code %1%2")
                                        .arg(exitCode)
                                        .arg(err.isEmpty() ? QStringLiteral(" (no stderr)")
                                                           : QStringLiteral(": ") + err)));
            finish(parseOutput(out, m_profile, now()));
        });
    QObject::connect(proc, &QProcess::errorOccurred, proc,
                     [this, proc, finish](QProcess::ProcessError e) {
                         if (e != QProcess::FailedToStart)
                             return; // crashes and exits arrive through finished()
                         finish(error(QStringLiteral("CredentialProcessFailed"),
                                      QStringLiteral("could not be started (%1): %2")
                                          .arg(proc->program(), proc->errorString())));
                     });
    QTimer::singleShot(kTimeoutMs, proc, [this, proc, finish]() {
        proc->kill();
        finish(error(QStringLiteral("CredentialProcessTimeout"),
                     QStringLiteral("did not finish within %1 seconds").arg(kTimeoutMs / 1000)));
    });
    proc->start(QIODevice::ReadOnly);
}

Result<Credentials> ProcessCredentialProvider::parseOutput(const QByteArray& output,
                                                           const QString& profile,
                                                           const QDateTime& now) {
    QJsonParseError parseError{};
    const QJsonDocument doc = QJsonDocument::fromJson(output, &parseError);
    if (parseError.error != QJsonParseError::NoError || !doc.isObject())
        return processError(profile, QStringLiteral("CredentialProcessOutput"),
                            parseError.error != QJsonParseError::NoError
                                ? QStringLiteral("printed invalid JSON (%1 at offset %2)")
                                      .arg(parseError.errorString())
                                      .arg(parseError.offset)
                                : QStringLiteral("printed JSON that is not an object"));
    const QJsonObject o = doc.object();
    const QJsonValue version = o.value(QLatin1String("Version"));
    if (!version.isDouble() || version.toDouble() != 1.0)
        return processError(
            profile, QStringLiteral("CredentialProcessOutput"),
            QStringLiteral("printed unsupported Version '%1' (supported versions: 1)")
                .arg(version.isUndefined() ? QStringLiteral("<Version key not provided>")
                                           : version.toVariant().toString()));
    Credentials c;
    for (const auto& [key, target] :
         {std::pair{"AccessKeyId", &c.accessKeyId}, {"SecretAccessKey", &c.secretAccessKey}}) {
        const QJsonValue v = o.value(QLatin1String(key));
        if (!v.isString() || v.toString().isEmpty())
            return processError(profile, QStringLiteral("CredentialProcessOutput"),
                                QStringLiteral("printed no %1").arg(QLatin1String(key)));
        *target = v.toString();
    }
    c.sessionToken = o.value(QLatin1String("SessionToken")).toString();
    const QJsonValue expiration = o.value(QLatin1String("Expiration"));
    if (!expiration.isUndefined() && !expiration.isNull()) {
        c.expiration = parseCredentialTime(expiration.toString());
        if (!c.expiration.isValid())
            return processError(profile, QStringLiteral("CredentialProcessOutput"),
                                QStringLiteral("printed an Expiration that is not an ISO 8601 "
                                               "time: '%1'")
                                    .arg(expiration.toVariant().toString()));
        if (c.expiration <= now)
            return processError(profile, QStringLiteral("ExpiredCredentials"),
                                QStringLiteral("printed credentials that expired at %1")
                                    .arg(c.expiration.toString(Qt::ISODate)));
    }
    c.source = QStringLiteral("profile '%1' (credential_process)").arg(profile);
    return c;
}

} // namespace kinescope
