#include "app/gui/demo_emulator.h"

#include <QCoreApplication>
#include <QDir>

#ifdef Q_OS_LINUX
#include <csignal>
#include <sys/prctl.h>
#endif

namespace kinescope {

DemoEmulator::DemoEmulator(QObject* parent)
    : QObject(parent) {
    connect(&m_process, &QProcess::readyReadStandardOutput, this, &DemoEmulator::onOutput);
    connect(&m_process, &QProcess::finished, this, &DemoEmulator::onFinished);
    connect(&m_process, &QProcess::errorOccurred, this, &DemoEmulator::onError);
}

DemoEmulator::~DemoEmulator() {
    stop();
}

QString DemoEmulator::programPath() {
    const QString fromEnv = qEnvironmentVariable("KINESCOPE_EMULATOR");
    if (!fromEnv.isEmpty())
        return fromEnv;
    return QDir(QCoreApplication::applicationDirPath())
        .filePath(QStringLiteral("kinescope-emulator"));
}

void DemoEmulator::start() {
    m_reported = false;
    m_buffer.clear();
    m_process.setProcessChannelMode(QProcess::SeparateChannels);
#ifdef Q_OS_LINUX
    // Should kinescope die without cleaning up (SIGKILL, a crash), the emulator goes too.
    m_process.setChildProcessModifier([] { ::prctl(PR_SET_PDEATHSIG, SIGTERM); });
#endif
    m_process.start(programPath(), {QStringLiteral("--port"), QStringLiteral("0")});
}

void DemoEmulator::stop() {
    if (m_process.state() == QProcess::NotRunning)
        return;
    disconnect(&m_process, nullptr, this, nullptr);
    m_process.terminate(); // SIGTERM: the emulator stops its server and exits
    if (!m_process.waitForFinished(3000)) {
        m_process.kill();
        m_process.waitForFinished(1000);
    }
}

void DemoEmulator::onOutput() {
    m_buffer += m_process.readAllStandardOutput();
    if (m_reported)
        return;
    qsizetype end = -1;
    while ((end = m_buffer.indexOf('\n')) >= 0) {
        const QByteArray line = m_buffer.left(end).trimmed();
        m_buffer.remove(0, end + 1);
        if (!line.startsWith("PORT "))
            continue;
        bool ok = false;
        const int port = line.mid(5).toInt(&ok);
        m_reported = true;
        if (!ok || port <= 0 || port > 65535) {
            Q_EMIT failed(tr("The demo emulator reported an unreadable port (%1).")
                              .arg(QString::fromUtf8(line)));
            return;
        }
        m_url = QUrl(QStringLiteral("http://127.0.0.1:%1").arg(port));
        Q_EMIT ready(m_url);
        return;
    }
}

void DemoEmulator::onFinished(int exitCode, QProcess::ExitStatus status) {
    if (m_reported)
        return;
    m_reported = true;
    const QString err = QString::fromLocal8Bit(m_process.readAllStandardError()).trimmed();
    Q_EMIT failed(status == QProcess::CrashExit
                      ? tr("The demo emulator crashed while starting. %1").arg(err)
                      : tr("The demo emulator exited with code %1 while starting. %2")
                            .arg(exitCode)
                            .arg(err));
}

void DemoEmulator::onError(QProcess::ProcessError error) {
    if (error != QProcess::FailedToStart || m_reported)
        return;
    m_reported = true;
    Q_EMIT failed(tr("Could not start the demo emulator %1: %2. Build the kinescope-emulator "
                     "target, or set KINESCOPE_EMULATOR to its path.")
                      .arg(programPath(), m_process.errorString()));
}

} // namespace kinescope
