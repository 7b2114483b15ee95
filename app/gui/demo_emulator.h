#pragma once

#include <QObject>
#include <QProcess>
#include <QUrl>

namespace kinescope {

// `kinescope --demo`: the bundled kinescope-emulator (next to the kinescope executable) as a
// child process with its default scenario on a free port. ready() carries its URL once it
// printed "PORT n"; failed() explains why it could not start. Stopped when destroyed.
class DemoEmulator : public QObject {
    Q_OBJECT

public:
    explicit DemoEmulator(QObject* parent = nullptr);
    ~DemoEmulator() override;

    // The emulator's path: $KINESCOPE_EMULATOR, else kinescope-emulator next to this program.
    static QString programPath();
    void start();
    void stop();
    QUrl url() const { return m_url; }

Q_SIGNALS:
    void ready(const QUrl& url);
    void failed(const QString& reason);

private:
    void onOutput();
    void onFinished(int exitCode, QProcess::ExitStatus status);
    void onError(QProcess::ProcessError error);

    QProcess m_process;
    QByteArray m_buffer;
    QUrl m_url;
    bool m_reported = false;
};

} // namespace kinescope
