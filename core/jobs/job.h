#pragma once

#include "core/aws/aws_error.h"

#include <QObject>
#include <QString>

#include <optional>

namespace kinescope {

// Long work (listing, export, download, upload, thumbnails) as an object with progress,
// cancel and a typed result (in the subclass). The GUI's jobs panel and the CLI's progress
// line read the same signals.
class Job : public QObject {
    Q_OBJECT
public:
    enum class State { Pending, Running, Succeeded, Failed, Canceled };
    Q_ENUM(State)

    explicit Job(QString title, QObject* parent = nullptr);

    QString title() const { return m_title; }
    State state() const { return m_state; }
    bool isFinished() const {
        return m_state == State::Succeeded || m_state == State::Failed ||
               m_state == State::Canceled;
    }
    qint64 done() const { return m_done; }
    qint64 total() const { return m_total; } // 0 = unknown
    QString progressText() const { return m_progressText; }
    const std::optional<AwsError>& error() const { return m_error; }

    void start();
    void cancel();

Q_SIGNALS:
    void progress(qint64 done, qint64 total, const QString& text);
    void stateChanged(kinescope::Job::State state);
    void finished();

protected:
    virtual void doStart() = 0;
    virtual void doCancel() {}

    void reportProgress(qint64 done, qint64 total, const QString& text);
    void succeed();
    void fail(const AwsError& error);

private:
    void setState(State state);

    QString m_title;
    State m_state = State::Pending;
    qint64 m_done = 0;
    qint64 m_total = 0;
    QString m_progressText;
    std::optional<AwsError> m_error;
};

} // namespace kinescope
