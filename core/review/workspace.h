#pragma once

#include "core/aws/aws_error.h"
#include "core/aws/aws_settings.h"
#include "core/util/result.h"

#include <QObject>
#include <QString>

#include <memory>
#include <optional>

class QNetworkAccessManager;

namespace kinescope {

class AwsClient;
class JobRegistry;
class KvsClient;
class LiveSessionBudget;
class ReviewState;

// What one window works with: the AWS connection (settings resolved exactly as the CLI does,
// one pipeline, the typed clients on it), the jobs it runs and the review state. Panels get a
// pointer to it; nothing reaches it through a global.
class Workspace : public QObject {
    Q_OBJECT
public:
    explicit Workspace(QObject* parent = nullptr);
    ~Workspace() override;

    // Resolves the settings and replaces the connection. Calls in flight on the old client are
    // aborted and the review state is cleared. On failure the old connection stays.
    Status connectTo(const AwsSettingsInput& input);
    void disconnectFromAws();
    bool isConnected() const { return m_aws != nullptr; }
    const std::optional<AwsSetup>& setup() const { return m_setup; }
    // The profile plus, when overridden, the endpoint: keys local caches so an emulator's
    // fragments and thumbnails never mix with AWS's.
    QString cacheProfileKey() const { return m_cacheProfileKey; }

    QNetworkAccessManager* network() const { return m_network; }
    AwsClient* aws() const { return m_aws; }
    KvsClient* kvs() const { return m_kvs.get(); }
    JobRegistry* jobs() const { return m_jobs; }
    ReviewState* review() const { return m_review; }
    // Live HLS/DASH sessions per stream, shared by everything of this window that opens them
    // (SessionManager::setBudget).
    LiveSessionBudget* sessionBudget() const { return m_sessionBudget; }

    // Where per-profile caches live (fragment store, thumbnails); created on demand.
    // Default: QStandardPaths::CacheLocation. Tests point it at a temporary directory.
    QString cacheDir() const;
    void setCacheDir(const QString& dir) { m_cacheDir = dir; }

    // Panels report failures here; the status bar and the log panel show them.
    void reportError(const QString& context, const AwsError& error);
    void reportInfo(const QString& message);

Q_SIGNALS:
    void connectionChanged();
    void errorReported(const QString& context, const kinescope::AwsError& error);
    void infoReported(const QString& message);

private:
    void teardownConnection();

    QNetworkAccessManager* m_network = nullptr; // child
    AwsClient* m_aws = nullptr;                 // child
    std::unique_ptr<KvsClient> m_kvs;
    std::optional<AwsSetup> m_setup;
    QString m_cacheProfileKey;
    QString m_cacheDir;
    JobRegistry* m_jobs = nullptr;                // child
    ReviewState* m_review = nullptr;              // child
    LiveSessionBudget* m_sessionBudget = nullptr; // child
};

} // namespace kinescope
