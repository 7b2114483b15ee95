#include "core/review/workspace.h"

#include "core/aws/aws_client.h"
#include "core/jobs/job_registry.h"
#include "core/kvs/kvs_client.h"
#include "core/kvs/live_session_budget.h"
#include "core/review/review_state.h"

#include <QDir>
#include <QNetworkAccessManager>
#include <QStandardPaths>

namespace kinescope {

Workspace::Workspace(QObject* parent)
    : QObject(parent)
    , m_network(new QNetworkAccessManager(this))
    , m_jobs(new JobRegistry(this))
    , m_review(new ReviewState(this))
    , m_sessionBudget(new LiveSessionBudget(LiveSessionBudget::kAwsLimit, this)) {
}

Workspace::~Workspace() {
    m_jobs->cancelAll();
    teardownConnection();
}

Status Workspace::connectTo(const AwsSettingsInput& input) {
    AwsSettingsInput in = input;
    in.network = m_network;
    Result<AwsSetup> setup = resolveAwsSettings(in);
    if (!setup)
        return setup.error();
    m_jobs->cancelAll();
    teardownConnection();
    m_setup = std::move(setup).value();
    m_aws = m_setup->createClient(m_network, this);
    m_kvs = std::make_unique<KvsClient>(m_aws);
    m_cacheProfileKey = m_setup->profile;
    if (!in.endpointUrl.isEmpty())
        m_cacheProfileKey += QLatin1Char('@') + in.endpointUrl;
    m_review->setStream({});
    Q_EMIT connectionChanged();
    return Done{};
}

void Workspace::disconnectFromAws() {
    if (!m_aws)
        return;
    m_jobs->cancelAll();
    teardownConnection();
    m_review->setStream({});
    Q_EMIT connectionChanged();
}

QString Workspace::cacheDir() const {
    QString dir = m_cacheDir;
    if (dir.isEmpty())
        dir = QStandardPaths::writableLocation(QStandardPaths::CacheLocation);
    QDir().mkpath(dir);
    return dir;
}

void Workspace::reportError(const QString& context, const AwsError& error) {
    Q_EMIT errorReported(context, error);
}

void Workspace::reportInfo(const QString& message) {
    Q_EMIT infoReported(message);
}

void Workspace::teardownConnection() {
    m_kvs.reset();
    delete m_aws; // aborts its calls
    m_aws = nullptr;
    m_setup.reset();
    m_cacheProfileKey.clear();
}

} // namespace kinescope
