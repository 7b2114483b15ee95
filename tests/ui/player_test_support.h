#pragma once

// Shared by the player and thumbnail-strip tests: a Workspace connected to the in-process
// emulator, with a stream's fragments loaded into its review state as the desk loads them.
#include "core/kvs/fragment_list_job.h"
#include "core/review/review_state.h"
#include "core/review/workspace.h"
#include "tests/support/emulator_fixture.h"
#include "tests/support/test_support.h"

#include <QDir>
#include <QFile>
#include <QImage>
#include <QProcess>
#include <QProcessEnvironment>
#include <QScreen>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QWidget>

namespace kinescope::test {

inline bool connectWorkspace(Workspace& workspace, EmulatorFixture& emu, QString* error) {
    AwsSettingsInput input;
    QProcessEnvironment env;
    const Credentials c = emu.credentials();
    env.insert(QStringLiteral("AWS_ACCESS_KEY_ID"), c.accessKeyId);
    env.insert(QStringLiteral("AWS_SECRET_ACCESS_KEY"), c.secretAccessKey);
    env.insert(QStringLiteral("AWS_CONFIG_FILE"), QStringLiteral("/nonexistent/config"));
    env.insert(QStringLiteral("AWS_SHARED_CREDENTIALS_FILE"), QStringLiteral("/nonexistent/creds"));
    input.environment = env;
    input.region = emu.region();
    input.endpointUrl = emu.url().toString();
    const Status status = workspace.connectTo(input);
    if (!status) {
        *error = status.error().toString();
        return false;
    }
    return true;
}

// Lists [t0, t1] of a stream (server clock) into the review state.
inline bool loadStream(Workspace& workspace, const QString& stream, qint64 t0, qint64 t1) {
    FragmentListJob job(workspace.kvs(), StreamRef::byName(stream), {TimestampType::Server, t0, t1},
                        {});
    QSignalSpy finished(&job, &Job::finished);
    job.start();
    if (!job.isFinished() && !finished.wait(60000))
        return false;
    if (job.state() != Job::State::Succeeded)
        return false;
    StreamInfo info;
    info.streamName = stream;
    info.dataRetentionInHours = 168;
    ReviewState* review = workspace.review();
    review->setStream(StreamRef::byName(stream), info);
    review->setLoadedRange({t0, t1});
    review->addFragments(job.index().toList());
    return true;
}

// A test clip made by ffmpeg (testsrc2, H.264, 25 fps, a keyframe per second) in dir; empty on
// failure with the reason in *error.
inline QString makeClip(const QTemporaryDir& dir, const QString& name, double seconds,
                        QString* error) {
    const QString path = dir.filePath(name);
    QProcess ffmpeg;
    ffmpeg.start(QStringLiteral("ffmpeg"),
                 {"-y", "-hide_banner", "-loglevel", "error", "-f", "lavfi", "-i",
                  QStringLiteral("testsrc2=size=320x240:rate=25:duration=%1").arg(seconds), "-c:v",
                  "libx264", "-g", "25", "-bf", "0", "-pix_fmt", "yuv420p", "-movflags",
                  "+faststart", path});
    if (!ffmpeg.waitForFinished(120000) || ffmpeg.exitCode() != 0) {
        *error = QString::fromLocal8Bit(ffmpeg.readAllStandardError());
        return {};
    }
    return path;
}

// Writes a grab of the widget next to the test binary (screenshots/NAME.png) for people to
// look at; returns the path.
inline QString saveScreenshot(QWidget* widget, const QString& name) {
    const QString dir = binaryDir() + QStringLiteral("/screenshots");
    QDir().mkpath(dir);
    const QString path = dir + QLatin1Char('/') + name + QStringLiteral(".png");
    // From the screen when the platform can (xvfb), else the widget's own rendering
    // (offscreen): both go through VideoView::paintEvent, so the video is in either.
    QPixmap shot;
    if (QScreen* screen = widget->screen())
        shot = screen->grabWindow(widget->winId());
    if (shot.isNull() || shot.width() < 16 || shot.size() != widget->size())
        shot = widget->grab();
    shot.save(path);
    return path;
}

} // namespace kinescope::test
