#include "app/cli/cli_session.h"

#include "core/aws/aws_client.h"
#include "core/kvs/kvs_client.h"

#include <QNetworkAccessManager>
#include <QProcessEnvironment>

namespace kinescope::cli {

std::shared_ptr<CliSession> CliSession::create(CliEnv& env)
{
    const GlobalOptions& o = env.options();
    const QProcessEnvironment sys = QProcessEnvironment::systemEnvironment();

    // Interim resolution until AwsSettings lands: environment keys only.
    Credentials creds;
    creds.accessKeyId = sys.value(QStringLiteral("AWS_ACCESS_KEY_ID"));
    creds.secretAccessKey = sys.value(QStringLiteral("AWS_SECRET_ACCESS_KEY"));
    creds.sessionToken = sys.value(QStringLiteral("AWS_SESSION_TOKEN"));
    creds.source = QStringLiteral("environment variables");

    AwsClient::Config config;
    config.region = o.region;
    if (config.region.isEmpty())
        config.region = sys.value(QStringLiteral("AWS_REGION"), sys.value(QStringLiteral("AWS_DEFAULT_REGION")));
    EndpointResolver::Overrides overrides;
    overrides.explicitUrl = o.endpointUrl;
    config.endpoints = EndpointResolver(overrides);

    std::shared_ptr<CliSession> session(new CliSession);
    session->m_context = std::make_unique<QObject>();
    session->m_network = new QNetworkAccessManager(session->m_context.get());
    session->m_aws = new AwsClient(session->m_network,
                                   std::make_shared<StaticCredentialProvider>(creds), config,
                                   session->m_context.get());
    if (o.verbose) {
        QTextStream* err = &env.err();
        session->m_aws->setLogger([err](const QString& line) {
            *err << "[aws] " << line << '\n';
            err->flush();
        });
    }
    session->m_kvs = std::make_unique<KvsClient>(session->m_aws);
    session->m_cacheProfileKey = o.profile.isEmpty() ? QStringLiteral("default") : o.profile;
    if (o.endpointUrl.isValid())
        session->m_cacheProfileKey += QLatin1Char('@') + o.endpointUrl.toString();
    return session;
}

CliSession::~CliSession() = default;

} // namespace kinescope::cli
