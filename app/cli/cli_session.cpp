#include "app/cli/cli_session.h"

#include "core/aws/aws_client.h"
#include "core/aws/aws_settings.h"
#include "core/kvs/kvs_client.h"

#include <QCoreApplication>
#include <QNetworkAccessManager>
#include <QProcessEnvironment>

namespace kinescope::cli {

CliSession::CliSession(QObject* parent)
    : QObject(parent) {
}

CliSession* CliSession::create(CliEnv& env) {
    const GlobalOptions& o = env.options();
    auto* session = new CliSession(QCoreApplication::instance());
    session->m_network = new QNetworkAccessManager(session);

    AwsSettingsInput input;
    input.profile = o.profile;
    input.region = o.region;
    input.endpointUrl = o.endpointUrl.toString();
    input.network = session->m_network;
    const Result<AwsSetup> setup = resolveAwsSettings(input);
    if (!setup) {
        env.err() << "kinescope-cli: " << setup.error().userMessage() << '\n';
        env.err().flush();
        env.finish(ExitFailure);
        delete session;
        return nullptr;
    }

    session->m_aws = setup->createClient(session->m_network, session);
    if (o.verbose) {
        QTextStream* err = &env.err();
        *err << "[aws] profile " << setup->profile << ", region "
             << (setup->region.isEmpty() ? QStringLiteral("(none)") : setup->region)
             << (setup->regionSource.isEmpty() ? QString()
                                               : QStringLiteral(" from ") + setup->regionSource)
             << ", credentials: " << setup->credentials->describe() << '\n';
        session->m_aws->setLogger([err](const QString& line) {
            *err << "[aws] " << line << '\n';
            err->flush();
        });
    }
    session->m_kvs = std::make_unique<KvsClient>(session->m_aws);
    session->m_cacheProfileKey = setup->profile;
    if (o.endpointUrl.isValid())
        session->m_cacheProfileKey += QLatin1Char('@') + o.endpointUrl.toString();
    return session;
}

CliSession::~CliSession() {
    if (m_network)
        m_network->clearConnectionCache(); // closes kept-alive connections on the HTTP thread
    delete m_aws;                          // its calls before the network they use
    delete m_network;
}

} // namespace kinescope::cli
