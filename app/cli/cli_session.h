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
//
// A session lives until the application object is destroyed (it is a child of qApp), so
// callbacks may use it freely and it is never torn down in the middle of a signal.
class CliSession : public QObject {
    Q_OBJECT
public:
    // Reports a configuration error on stderr (and finishes env) and returns nullptr.
    static CliSession* create(CliEnv& env);
    ~CliSession() override;

    AwsClient* aws() const { return m_aws; }
    KvsClient* kvs() const { return m_kvs.get(); }
    // Parent for jobs and callback context.
    QObject* context() { return this; }
    // Identifies the account view for the local fragment cache: the profile, plus the
    // endpoint when it is overridden (an emulator's fragments never mix with AWS's).
    QString cacheProfileKey() const { return m_cacheProfileKey; }

private:
    explicit CliSession(QObject* parent);

    QNetworkAccessManager* m_network = nullptr; // child
    AwsClient* m_aws = nullptr;                 // child
    std::unique_ptr<KvsClient> m_kvs;
    QString m_cacheProfileKey;
};

} // namespace kinescope::cli
