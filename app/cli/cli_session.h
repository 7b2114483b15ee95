#pragma once

#include "app/cli/cli_env.h"

#include <QObject>

#include <memory>

class QNetworkAccessManager;

namespace kinescope {
class AwsClient;
class KvsClient;
} // namespace kinescope

namespace kinescope::cli {

// The AWS connection of one CLI command: settings resolved from the global options, the
// environment and the AWS files, one pipeline, and the typed service clients on it.
class CliSession {
public:
    // Reports a configuration error on stderr (and finishes env) and returns nullptr.
    static std::shared_ptr<CliSession> create(CliEnv& env);
    ~CliSession();

    AwsClient* aws() const { return m_aws; }
    KvsClient* kvs() const { return m_kvs.get(); }
    // Parent for jobs and callback context; lives as long as the session.
    QObject* context() const { return m_context.get(); }
    // Identifies the account view for the local fragment cache: the profile, plus the
    // endpoint when it is overridden (an emulator's fragments never mix with AWS's).
    QString cacheProfileKey() const { return m_cacheProfileKey; }

private:
    CliSession() = default;

    std::unique_ptr<QObject> m_context;
    QNetworkAccessManager* m_network = nullptr; // child of m_context
    AwsClient* m_aws = nullptr;                 // child of m_context
    std::unique_ptr<KvsClient> m_kvs;
    QString m_cacheProfileKey;
};

} // namespace kinescope::cli
