#include "core/aws/profile_credentials.h"

namespace kinescope {

bool ProfileCredentials::hasAccessKey(const ProfileConfig::Section& section) {
    return section.contains(QStringLiteral("aws_access_key_id"));
}

Result<Credentials> ProfileCredentials::read(const QString& profile,
                                             const ProfileConfig::Section& section) {
    auto fail = [&](const QString& what) {
        return AwsError::make(AwsError::Kind::Credentials, QStringLiteral("PartialCredentials"),
                              QStringLiteral("The profile '%1' (%2, line %3) %4")
                                  .arg(profile, section.file)
                                  .arg(section.line)
                                  .arg(what));
    };
    Credentials c;
    c.accessKeyId = section.value(QStringLiteral("aws_access_key_id"));
    c.secretAccessKey = section.value(QStringLiteral("aws_secret_access_key"));
    if (!section.contains(QStringLiteral("aws_access_key_id")))
        return fail(QStringLiteral("has no aws_access_key_id"));
    if (c.accessKeyId.isEmpty())
        return fail(QStringLiteral("has an empty aws_access_key_id"));
    if (!section.contains(QStringLiteral("aws_secret_access_key")))
        return fail(QStringLiteral("has aws_access_key_id but no aws_secret_access_key"));
    if (c.secretAccessKey.isEmpty())
        return fail(QStringLiteral("has an empty aws_secret_access_key"));
    for (const char* key : {"aws_security_token", "aws_session_token"}) {
        if (section.contains(QLatin1String(key))) {
            c.sessionToken = section.value(QLatin1String(key));
            break;
        }
    }
    c.source = QStringLiteral("profile '%1' (%2)").arg(profile, section.file);
    return c;
}

CredentialProviderPtr ProfileCredentials::provider(const QString& profile,
                                                   const ProfileConfig::Section& section) {
    auto creds = read(profile, section);
    if (!creds)
        return std::make_shared<FailingCredentialProvider>(
            creds.error(), QStringLiteral("profile '%1' (%2)").arg(profile, section.file));
    return std::make_shared<StaticCredentialProvider>(creds.value());
}

FailingCredentialProvider::FailingCredentialProvider(AwsError error, QString description)
    : m_error(std::move(error))
    , m_description(std::move(description)) {
}

void FailingCredentialProvider::resolve(Callback done) {
    done(m_error);
}

} // namespace kinescope
