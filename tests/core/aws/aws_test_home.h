#pragma once

#include "core/aws/aws_settings.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QProcessEnvironment>
#include <QTemporaryDir>

namespace kinescope::test {

// A throw-away HOME with ~/.aws files, and an environment that points at it and carries
// nothing of the real environment but PATH.
class AwsTestHome {
public:
    AwsTestHome() { m_env.insert(QStringLiteral("HOME"), m_dir.path()); }

    bool isValid() const { return m_dir.isValid(); }
    QString path() const { return m_dir.path(); }
    QString filePath(const QString& relative) const {
        return QDir(m_dir.path()).filePath(relative);
    }

    // Writes a file under HOME (creating directories); returns its absolute path.
    QString write(const QString& relative, const QByteArray& content, bool executable = false) {
        const QString path = filePath(relative);
        QDir().mkpath(QFileInfo(path).absolutePath());
        QFile f(path);
        if (!f.open(QIODevice::WriteOnly | QIODevice::Truncate))
            return {};
        f.write(content);
        f.close();
        if (executable)
            f.setPermissions(f.permissions() | QFileDevice::ExeOwner | QFileDevice::ExeUser);
        return path;
    }
    QString writeConfig(const QByteArray& content) {
        return write(QStringLiteral(".aws/config"), content);
    }
    QString writeCredentials(const QByteArray& content) {
        return write(QStringLiteral(".aws/credentials"), content);
    }

    QProcessEnvironment& env() { return m_env; }
    void setEnv(const QString& name, const QString& value) { m_env.insert(name, value); }

    AwsSettingsInput input() const {
        AwsSettingsInput in;
        in.environment = m_env;
        return in;
    }

private:
    QTemporaryDir m_dir;
    QProcessEnvironment m_env = []() {
        QProcessEnvironment e;
        e.insert(QStringLiteral("PATH"),
                 qEnvironmentVariable("PATH", QStringLiteral("/usr/bin:/bin")));
        return e;
    }();
};

} // namespace kinescope::test
