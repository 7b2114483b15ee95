#include "tests/cli/cli_runner.h"

#include "tests/support/emulator_fixture.h"
#include "tests/support/test_support.h"

#include <QProcess>
#include <QSignalSpy>
#include <QTest>

namespace kinescope::test {

QProcessEnvironment cliEnvironment(const EmulatorFixture& emulator, const QString& home,
                                   const QString& secret) {
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    for (const QString& key : env.keys())
        if (key.startsWith(QLatin1String("AWS_")))
            env.remove(key);
    env.insert(QStringLiteral("HOME"), home);
    env.insert(QStringLiteral("XDG_CACHE_HOME"), home + QStringLiteral("/cache"));
    env.insert(QStringLiteral("AWS_ACCESS_KEY_ID"), emulator.credentials().accessKeyId);
    env.insert(QStringLiteral("AWS_SECRET_ACCESS_KEY"),
               secret.isEmpty() ? emulator.credentials().secretAccessKey : secret);
    env.insert(QStringLiteral("AWS_REGION"), emulator.region());
    return env;
}

CliRun runCli(QStringList args, const QProcessEnvironment& env, const QUrl& endpoint) {
    if (endpoint.isValid())
        args.prepend(QStringLiteral("--endpoint-url=") + endpoint.toString());
    CliRun run;
    for (int attempt = 0; attempt < 3; ++attempt) {
        QProcess process;
        process.setProcessEnvironment(env);
        QSignalSpy finished(&process, &QProcess::finished);
        process.start(binaryDir() + QStringLiteral("/bin/kinescope-cli"), args);
        // Spawning can fail for reasons of the machine; that is not the CLI's behaviour, so try
        // again, and say so.
        if (!process.waitForStarted(10000)) {
            run.err +=
                "[test] could not start kinescope-cli: " + process.errorString().toUtf8() + '\n';
            QTest::qWait(200);
            continue;
        }
        if (finished.isEmpty() && !finished.wait(120000)) {
            process.kill();
            run.err += "[test] kinescope-cli did not finish in 120 s\n";
            return run;
        }
        run.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -2;
        run.out = process.readAllStandardOutput();
        run.err += process.readAllStandardError();
        if (run.exitCode == -2)
            run.err += "[test] kinescope-cli crashed: " + process.errorString().toUtf8();
        return run;
    }
    return run;
}

} // namespace kinescope::test
