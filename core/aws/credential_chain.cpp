#include "core/aws/credential_chain.h"

#include "core/aws/assume_role_credentials.h"
#include "core/aws/environment_credentials.h"
#include "core/aws/process_credentials.h"
#include "core/aws/profile_credentials.h"
#include "core/aws/sso_credentials.h"

#include <QDir>

namespace kinescope {

namespace {

const QString kRoleArn = QStringLiteral("role_arn");
const QString kAccessKey = QStringLiteral("aws_access_key_id");
const QString kSecretKey = QStringLiteral("aws_secret_access_key");

bool hasStaticKeys(const ProfileConfig::Section& s) {
    return s.contains(kAccessKey) || s.contains(kSecretKey);
}

bool isFailing(const CredentialProviderPtr& p) {
    return dynamic_cast<FailingCredentialProvider*>(p.get()) != nullptr;
}

} // namespace

CredentialChain::CredentialChain(const Options& options)
    : m_options(options) {
}

CredentialProviderPtr CredentialChain::build(const Options& options) {
    CredentialChain chain(options);
    if (!options.profileFromOption) {
        if (EnvironmentCredentialProvider::isConfigured(options.environment))
            return std::make_shared<EnvironmentCredentialProvider>(options.environment);
        chain.m_tried << QStringLiteral("environment variables (AWS_ACCESS_KEY_ID is not set)");
    }
    chain.m_visited = QStringList{options.profile};
    if (auto provider = chain.forProfile(options.profile, false))
        return provider;
    return std::make_shared<FailingCredentialProvider>(
        AwsError::make(AwsError::Kind::Credentials, QStringLiteral("NoCredentials"),
                       QStringLiteral("No AWS credentials found for profile '%1'. Tried: %2. Set "
                                      "AWS_ACCESS_KEY_ID and AWS_SECRET_ACCESS_KEY, run `aws "
                                      "configure --profile %1`, or add the profile in Kinescope.")
                           .arg(options.profile, chain.m_tried.join(QStringLiteral("; ")))),
        QStringLiteral("no credentials"));
}

QString CredentialChain::filesLabel() const {
    if (!m_options.config)
        return QStringLiteral("the AWS config files");
    return QStringLiteral("%1 or %2")
        .arg(m_options.config->paths().config, m_options.config->paths().credentials);
}

const AppProfile* CredentialChain::appProfile(const QString& name) const {
    for (const AppProfile& p : m_options.appProfiles)
        if (p.name == name)
            return &p;
    return nullptr;
}

CredentialProviderPtr CredentialChain::fail(AwsError::Kind kind, const QString& type,
                                            const QString& message, const QString& name) const {
    return std::make_shared<FailingCredentialProvider>(AwsError::make(kind, type, message),
                                                       QStringLiteral("profile '%1'").arg(name));
}

CredentialProviderPtr CredentialChain::forProfile(const QString& name, bool asSource) {
    const auto profile = m_options.config ? m_options.config->profile(name)
                                          : std::optional<ProfileConfig::Section>();
    if (!profile) {
        if (const AppProfile* app = appProfile(name))
            return std::make_shared<KeychainCredentialProvider>(*app, m_options.secretStore);
        m_tried << QStringLiteral("profile '%1' (not found in %2)").arg(name, filesLabel());
        return nullptr;
    }

    // AssumeRoleProvider: role_arn without web_identity_token_file. A source profile with its
    // own static keys uses those keys instead.
    const bool hasRole = profile->contains(kRoleArn);
    const bool hasWebIdentityFile = profile->contains(QStringLiteral("web_identity_token_file"));
    if (hasRole && !hasWebIdentityFile && !(asSource && hasStaticKeys(*profile)))
        return assumeRole(name, *profile);

    // AssumeRoleWithWebIdentityProvider (environment values only for the top-level profile).
    const bool envAllowed = !asSource && !m_options.profileFromOption;
    auto wi = [&](const char* envName, const QString& key) {
        const QString v = m_options.environment.value(QLatin1String(envName));
        return envAllowed && !v.isEmpty() ? v : profile->value(key);
    };
    if (!wi("AWS_WEB_IDENTITY_TOKEN_FILE", QStringLiteral("web_identity_token_file")).isEmpty() &&
        !wi("AWS_ROLE_ARN", kRoleArn).isEmpty())
        return fail(AwsError::Kind::Config, QStringLiteral("UnsupportedCredentialSource"),
                    QStringLiteral("The profile '%1' uses a web identity token "
                                   "(web_identity_token_file / AWS_WEB_IDENTITY_TOKEN_FILE), "
                                   "which Kinescope does not support")
                        .arg(name),
                    name);

    if (profile->contains(QStringLiteral("sso_account_id")) ||
        profile->contains(QStringLiteral("sso_role_name")))
        return sso(name, *profile);

    const ProfileConfig::Section* creds = m_options.config->credentialsProfile(name);
    if (creds && ProfileCredentials::hasAccessKey(*creds))
        return ProfileCredentials::provider(name, *creds);

    if (profile->contains(QStringLiteral("credential_process")))
        return std::make_shared<ProcessCredentialProvider>(
            name, profile->value(QStringLiteral("credential_process")), m_options.environment);

    const ProfileConfig::Section* config = m_options.config->configProfile(name);
    if (config && ProfileCredentials::hasAccessKey(*config))
        return ProfileCredentials::provider(name, *config);

    QString why = QStringLiteral("profile '%1' (no aws_access_key_id, role_arn, sso_session / "
                                 "sso_account_id or credential_process in it)")
                      .arg(name);
    for (const ProfileConfig::Section* s : {creds, config}) {
        if (s && s->contains(kSecretKey) && !s->contains(kAccessKey)) {
            why = QStringLiteral("profile '%1' (%2, line %3, has aws_secret_access_key but no "
                                 "aws_access_key_id)")
                      .arg(name, s->file)
                      .arg(s->line);
            break;
        }
    }
    m_tried << why;
    return nullptr;
}

CredentialProviderPtr CredentialChain::assumeRole(const QString& name,
                                                  const ProfileConfig::Section& profile) {
    auto configError = [&](const QString& message) {
        return fail(AwsError::Kind::Config, QStringLiteral("InvalidConfig"), message, name);
    };
    const QString roleArn = profile.value(kRoleArn);
    if (roleArn.isEmpty())
        return configError(QStringLiteral("The profile '%1' has an empty role_arn").arg(name));
    const bool hasSource = profile.contains(QStringLiteral("source_profile"));
    const bool hasCredentialSource = profile.contains(QStringLiteral("credential_source"));
    if (hasSource && hasCredentialSource)
        return configError(QStringLiteral("The profile '%1' contains both source_profile and "
                                          "credential_source; use one")
                               .arg(name));
    if (!hasSource && !hasCredentialSource)
        return configError(QStringLiteral("The profile '%1' has role_arn but neither "
                                          "source_profile nor credential_source")
                               .arg(name));
    if (profile.contains(QStringLiteral("mfa_serial")))
        return configError(QStringLiteral("The profile '%1' needs an MFA code (mfa_serial), "
                                          "which Kinescope cannot ask for; use a profile with "
                                          "credential_process or temporary keys instead")
                               .arg(name));

    AssumeRoleCredentialProvider::Params params;
    params.profile = name;
    params.roleArn = roleArn;
    params.roleSessionName = profile.value(QStringLiteral("role_session_name"));
    params.externalId = profile.value(QStringLiteral("external_id"));
    params.region = m_options.stsRegion;
    if (profile.contains(QStringLiteral("duration_seconds"))) {
        bool ok = false;
        const int secs = profile.value(QStringLiteral("duration_seconds")).toInt(&ok);
        if (!ok || secs <= 0)
            return configError(QStringLiteral("The profile '%1' has duration_seconds '%2', which "
                                              "is not a number of seconds")
                                   .arg(name, profile.value(QStringLiteral("duration_seconds"))));
        params.durationSeconds = secs;
    }

    CredentialProviderPtr source;
    if (hasCredentialSource) {
        const QString cs = profile.value(QStringLiteral("credential_source"));
        if (cs == QLatin1String("Environment")) {
            if (!EnvironmentCredentialProvider::isConfigured(m_options.environment))
                return fail(AwsError::Kind::Credentials, QStringLiteral("NoCredentials"),
                            QStringLiteral("The profile '%1' has credential_source Environment "
                                           "but AWS_ACCESS_KEY_ID is not set")
                                .arg(name),
                            name);
            source = std::make_shared<EnvironmentCredentialProvider>(m_options.environment);
        } else if (cs == QLatin1String("Ec2InstanceMetadata") ||
                   cs == QLatin1String("EcsContainer")) {
            return fail(AwsError::Kind::Config, QStringLiteral("UnsupportedCredentialSource"),
                        QStringLiteral("The profile '%1' has credential_source %2, which "
                                       "Kinescope does not support (only Environment)")
                            .arg(name, cs),
                        name);
        } else {
            return configError(QStringLiteral("The credential_source '%1' in profile '%2' is not "
                                              "valid (Environment, Ec2InstanceMetadata or "
                                              "EcsContainer)")
                                   .arg(cs, name));
        }
    } else {
        source = sourceProfile(name, profile.value(QStringLiteral("source_profile")));
        if (isFailing(source))
            return source;
    }
    return std::make_shared<AssumeRoleCredentialProvider>(params, source, m_options.clientFactory);
}

CredentialProviderPtr CredentialChain::sourceProfile(const QString& parent, const QString& source) {
    const bool exists =
        (m_options.config && m_options.config->hasProfile(source)) || appProfile(source) != nullptr;
    if (!exists)
        return fail(AwsError::Kind::Config, QStringLiteral("InvalidConfig"),
                    QStringLiteral("The source_profile '%1' referenced in the profile '%2' does "
                                   "not exist in %3")
                        .arg(source, parent, filesLabel()),
                    parent);
    if (m_visited.contains(source)) {
        // A profile may name itself as source to use its own static keys; any other repeat is
        // a loop.
        const auto self = m_options.config ? m_options.config->profile(source)
                                           : std::optional<ProfileConfig::Section>();
        if (source != parent || !self || !hasStaticKeys(*self))
            return fail(AwsError::Kind::Config, QStringLiteral("InfiniteLoopConfig"),
                        QStringLiteral("Infinite loop in the source_profile chain of profile "
                                       "'%1': %2")
                            .arg(m_visited.first(),
                                 (m_visited + QStringList{source}).join(QStringLiteral(" -> "))),
                        parent);
    }
    m_visited.append(source);
    const qsizetype triedBefore = m_tried.size();
    if (auto provider = forProfile(source, true))
        return provider;
    return fail(AwsError::Kind::Config, QStringLiteral("InvalidConfig"),
                QStringLiteral("The source profile '%1' of profile '%2' must have credentials: "
                               "%3")
                    .arg(source, parent, m_tried.mid(triedBefore).join(QStringLiteral("; "))),
                parent);
}

CredentialProviderPtr CredentialChain::sso(const QString& name,
                                           const ProfileConfig::Section& profile) {
    auto configError = [&](const QString& message) {
        return fail(AwsError::Kind::Config, QStringLiteral("InvalidConfig"), message, name);
    };
    QHash<QString, QString> resolved = profile.values;
    QStringList required{QStringLiteral("sso_start_url"), QStringLiteral("sso_region"),
                         QStringLiteral("sso_account_id"), QStringLiteral("sso_role_name")};
    const QString sessionName = profile.value(QStringLiteral("sso_session"));
    if (profile.contains(QStringLiteral("sso_session"))) {
        const ProfileConfig::Section* session =
            m_options.config ? m_options.config->ssoSession(sessionName) : nullptr;
        if (!session)
            return configError(QStringLiteral("The profile '%1' refers to sso_session '%2', but "
                                              "there is no [sso-session %2] section in %3")
                                   .arg(name, sessionName, m_options.config->paths().config));
        for (auto it = session->values.cbegin(); it != session->values.cend(); ++it) {
            if (resolved.contains(it.key()) && resolved.value(it.key()) != it.value())
                return configError(
                    QStringLiteral("The value of %1 differs between profile '%2' "
                                   "(%3) and sso-session '%4' (%5)")
                        .arg(it.key(), name, resolved.value(it.key()), sessionName, it.value()));
            resolved.insert(it.key(), it.value());
        }
    }
    QStringList missing;
    for (const QString& key : required)
        if (resolved.value(key).isEmpty())
            missing << key;
    if (!missing.isEmpty())
        return configError(QStringLiteral("The profile '%1' is configured to use SSO but is "
                                          "missing required configuration: %2")
                               .arg(name, missing.join(QStringLiteral(", "))));
    SsoCredentialProvider::Params params;
    params.profile = name;
    params.sessionName = sessionName;
    params.startUrl = resolved.value(QStringLiteral("sso_start_url"));
    params.ssoRegion = resolved.value(QStringLiteral("sso_region"));
    params.accountId = resolved.value(QStringLiteral("sso_account_id"));
    params.roleName = resolved.value(QStringLiteral("sso_role_name"));
    params.cacheDir = QDir(ProfileConfig::homeDir(m_options.environment))
                          .filePath(QStringLiteral(".aws/sso/cache"));
    return std::make_shared<SsoCredentialProvider>(params, m_options.clientFactory);
}

} // namespace kinescope
