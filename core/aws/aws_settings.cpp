#include "core/aws/aws_settings.h"

#include "core/aws/credential_chain.h"

#include <QNetworkAccessManager>

namespace kinescope {

namespace {

const QString kEndpointEnvPrefix = QStringLiteral("AWS_ENDPOINT_URL_");

AwsError configError(const QString& message) {
    return AwsError::make(AwsError::Kind::Config, QStringLiteral("InvalidConfig"), message);
}

Result<QUrl> parseEndpoint(const QString& text, const QString& where) {
    const QUrl url(text.trimmed(), QUrl::StrictMode);
    const QString scheme = url.scheme().toLower();
    if (!url.isValid() || url.host().isEmpty() ||
        (scheme != QLatin1String("http") && scheme != QLatin1String("https")))
        return configError(QStringLiteral("%1 is not a valid http(s) URL: '%2'").arg(where, text));
    return url;
}

bool isTrue(const QString& v) {
    return v.trimmed().compare(QLatin1String("true"), Qt::CaseInsensitive) == 0;
}

const AppProfile* findApp(const QList<AppProfile>& profiles, const QString& name) {
    for (const AppProfile& p : profiles)
        if (p.name == name)
            return &p;
    return nullptr;
}

Status collectEndpoints(const AwsSettingsInput& in,
                        const std::optional<ProfileConfig::Section>& profile, const AppProfile* app,
                        const ProfileConfig& config, const QString& profileName,
                        EndpointResolver::Overrides* out) {
    const QProcessEnvironment& env = in.environment;
    if (!in.endpointUrl.isEmpty()) {
        auto url = parseEndpoint(in.endpointUrl, QStringLiteral("--endpoint-url"));
        if (!url)
            return url.error();
        out->explicitUrl = url.value();
    }

    const QString ignoreEnv = env.value(QStringLiteral("AWS_IGNORE_CONFIGURED_ENDPOINT_URLS"));
    if (!ignoreEnv.isEmpty())
        out->ignoreConfigured = isTrue(ignoreEnv);
    else if (profile)
        out->ignoreConfigured =
            isTrue(profile->value(QStringLiteral("ignore_configured_endpoint_urls")));
    if (out->ignoreConfigured)
        return Done{}; // configured URLs are not used, so not read either

    const QStringList keys = env.keys();
    for (const QString& key : keys) {
        if (!key.startsWith(kEndpointEnvPrefix) || env.value(key).isEmpty())
            continue;
        auto url = parseEndpoint(env.value(key), key);
        if (!url)
            return url.error();
        out->envService.insert(key.mid(kEndpointEnvPrefix.size()), url.value());
    }
    if (const QString global = env.value(QStringLiteral("AWS_ENDPOINT_URL")); !global.isEmpty()) {
        auto url = parseEndpoint(global, QStringLiteral("AWS_ENDPOINT_URL"));
        if (!url)
            return url.error();
        out->envGlobal = url.value();
    }

    if (profile) {
        const QString where = QStringLiteral("endpoint_url in profile '%1'").arg(profileName);
        if (const QString e = profile->value(QStringLiteral("endpoint_url")); !e.isEmpty()) {
            auto url = parseEndpoint(e, where);
            if (!url)
                return url.error();
            out->profileGlobal = url.value();
        }
        if (profile->contains(QStringLiteral("services"))) {
            const QString servicesName = profile->value(QStringLiteral("services"));
            const ProfileConfig::Section* services = config.servicesSection(servicesName);
            if (!services)
                return configError(QStringLiteral("The profile '%1' refers to services '%2', but "
                                                  "there is no [services %2] section in %3")
                                       .arg(profileName, servicesName, config.paths().config));
            for (auto it = services->subsections.cbegin(); it != services->subsections.cend();
                 ++it) {
                const QString e = it.value().value(QStringLiteral("endpoint_url"));
                if (e.isEmpty())
                    continue;
                auto url = parseEndpoint(e, QStringLiteral("endpoint_url of %1 in [services %2]")
                                                .arg(it.key(), servicesName));
                if (!url)
                    return url.error();
                out->profileService.insert(it.key().toUpper(), url.value());
            }
        }
    } else if (app && !app->endpointUrl.isEmpty()) {
        auto url = parseEndpoint(app->endpointUrl,
                                 QStringLiteral("the endpoint URL of profile '%1'").arg(app->name));
        if (!url)
            return url.error();
        out->profileGlobal = url.value();
    }
    return Done{};
}

} // namespace

AwsClient::Config AwsSetup::clientConfig() const {
    AwsClient::Config c;
    c.region = region;
    c.endpoints = EndpointResolver(endpoints);
    return c;
}

AwsClient* AwsSetup::createClient(QNetworkAccessManager* network, QObject* parent) const {
    return new AwsClient(network, credentials, clientConfig(), parent);
}

Result<AwsSetup> resolveAwsSettings(const AwsSettingsInput& in) {
    const QProcessEnvironment& env = in.environment;
    auto loaded = ProfileConfig::load(ProfileConfig::pathsFromEnvironment(env));
    if (!loaded)
        return loaded.error();

    AwsSetup setup;
    setup.config = std::make_shared<const ProfileConfig>(std::move(loaded).value());
    const ProfileConfig& config = *setup.config;

    // Profile: --profile > AWS_PROFILE > AWS_DEFAULT_PROFILE > default.
    setup.profile = QStringLiteral("default");
    if (!in.profile.isEmpty()) {
        setup.profile = in.profile;
        setup.profileOrigin = AwsSetup::ProfileOrigin::Option;
    } else {
        for (const char* var : {"AWS_PROFILE", "AWS_DEFAULT_PROFILE"}) {
            if (const QString v = env.value(QLatin1String(var)); !v.isEmpty()) {
                setup.profile = v;
                setup.profileOrigin = AwsSetup::ProfileOrigin::Environment;
                break;
            }
        }
    }
    const auto profile = config.profile(setup.profile);
    const AppProfile* app = profile ? nullptr : findApp(in.appProfiles, setup.profile);
    setup.profileExists = profile.has_value() || app != nullptr;
    setup.isAppProfile = app != nullptr;
    if (!setup.profileExists && setup.profileOrigin != AwsSetup::ProfileOrigin::Default)
        return AwsError::make(AwsError::Kind::Config, QStringLiteral("ProfileNotFound"),
                              QStringLiteral("The profile '%1'%2 was not found in %3 or %4%5")
                                  .arg(setup.profile,
                                       setup.profileOrigin == AwsSetup::ProfileOrigin::Environment
                                           ? QStringLiteral(" (from AWS_PROFILE)")
                                           : QString(),
                                       config.paths().config, config.paths().credentials,
                                       in.appProfiles.isEmpty()
                                           ? QString()
                                           : QStringLiteral(" or among Kinescope's profiles")));

    // Region: --region > AWS_REGION > AWS_DEFAULT_REGION > profile region.
    if (!in.region.isEmpty()) {
        setup.region = in.region;
        setup.regionSource = QStringLiteral("--region");
    } else {
        for (const char* var : {"AWS_REGION", "AWS_DEFAULT_REGION"}) {
            if (const QString v = env.value(QLatin1String(var)); !v.isEmpty()) {
                setup.region = v;
                setup.regionSource = QLatin1String(var);
                break;
            }
        }
        const QString profileRegion = profile ? profile->value(QStringLiteral("region"))
                                      : app   ? app->region
                                              : QString();
        if (setup.region.isEmpty() && !profileRegion.isEmpty()) {
            setup.region = profileRegion;
            setup.regionSource = QStringLiteral("profile '%1'").arg(setup.profile);
        }
    }
    setup.region = setup.region.trimmed();

    if (auto st = collectEndpoints(in, profile, app, config, setup.profile, &setup.endpoints); !st)
        return st.error();

    // Credential providers call STS / the SSO portal with the configured endpoints, but
    // --endpoint-url belongs to the command's own service only.
    EndpointResolver::Overrides credentialEndpoints = setup.endpoints;
    credentialEndpoints.explicitUrl = QUrl();
    QPointer<QNetworkAccessManager> network = in.network;
    CredentialChain::Options options;
    options.profile = setup.profile;
    options.profileFromOption = setup.profileOrigin == AwsSetup::ProfileOrigin::Option;
    options.environment = env;
    options.config = setup.config;
    options.appProfiles = in.appProfiles;
    options.secretStore = in.secretStore;
    options.stsRegion = setup.region;
    options.clientFactory = [network, credentialEndpoints](CredentialProviderPtr credentials,
                                                           const QString& region) {
        AwsClient::Config cfg;
        cfg.region = region;
        cfg.endpoints = EndpointResolver(credentialEndpoints);
        QNetworkAccessManager* nam = network.data();
        const bool own = nam == nullptr;
        if (own)
            nam = new QNetworkAccessManager;
        auto client = std::make_unique<AwsClient>(nam, std::move(credentials), cfg);
        if (own)
            nam->setParent(client.get());
        return client;
    };
    setup.credentials = CredentialChain::build(options);
    return setup;
}

} // namespace kinescope
