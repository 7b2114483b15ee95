#pragma once

#include <QByteArray>
#include <QJsonDocument>
#include <QProcessEnvironment>
#include <QString>
#include <QStringList>
#include <QUrl>

namespace kinescope::test {

class EmulatorFixture;

// What one kinescope-cli process did.
struct CliRun {
    int exitCode = -1; // -1: did not run or did not finish; -2: crashed
    QByteArray out;
    QByteArray err;
    QJsonDocument json() const { return QJsonDocument::fromJson(out); }
    QString describe() const {
        return QStringLiteral("exit %1; stderr: %2").arg(exitCode).arg(QString::fromUtf8(err));
    }
};

// The environment of a CLI run against the emulator: none of the developer's AWS_* variables,
// a throw-away HOME and cache, and the emulator's access key (or `secret` instead of its secret).
QProcessEnvironment cliEnvironment(const EmulatorFixture& emulator, const QString& home,
                                   const QString& secret = {});

// Runs build/bin/kinescope-cli with `args` (after --endpoint-url=`endpoint` when it is valid)
// without blocking this thread's event loop, where the in-process emulator answers. A spawn the
// machine refuses (fork under memory pressure with sanitizers) is retried and noted in `err`.
CliRun runCli(QStringList args, const QProcessEnvironment& env, const QUrl& endpoint = {});

} // namespace kinescope::test
