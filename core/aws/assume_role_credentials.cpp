#include "core/aws/assume_role_credentials.h"

#include "core/aws/aws_client.h"

#include <QUrl>
#include <QXmlStreamReader>

namespace kinescope {

namespace {

QByteArray formEncode(const QList<QPair<QString, QString>>& fields) {
    QByteArray body;
    for (const auto& [name, value] : fields) {
        if (!body.isEmpty())
            body += '&';
        body += QUrl::toPercentEncoding(name) + '=' + QUrl::toPercentEncoding(value);
    }
    return body;
}

} // namespace

AssumeRoleCredentialProvider::AssumeRoleCredentialProvider(Params params,
                                                           CredentialProviderPtr source,
                                                           CredentialClientFactory clientFactory)
    : m_params(std::move(params))
    , m_source(std::move(source))
    , m_clientFactory(std::move(clientFactory)) {
    m_sessionName =
        m_params.roleSessionName.isEmpty()
            ? QStringLiteral("kinescope-session-%1").arg(QDateTime::currentSecsSinceEpoch())
            : m_params.roleSessionName;
}

AssumeRoleCredentialProvider::~AssumeRoleCredentialProvider() = default;

QString AssumeRoleCredentialProvider::describe() const {
    return QStringLiteral("profile '%1' (assume role %2 with %3)")
        .arg(m_params.profile, m_params.roleArn,
             m_source ? m_source->describe() : QStringLiteral("no source"));
}

AwsRequest AssumeRoleCredentialProvider::buildRequest(const Params& params,
                                                      const QString& sessionName) {
    AwsRequest r;
    r.serviceId = QStringLiteral("STS");
    r.endpointPrefix = QStringLiteral("sts");
    r.signingName = QStringLiteral("sts");
    r.operation = QStringLiteral("AssumeRole");
    r.method = "POST";
    r.path = QStringLiteral("/");
    r.headers.append(qMakePair(QByteArray("Content-Type"),
                               QByteArray("application/x-www-form-urlencoded; charset=utf-8")));
    QList<QPair<QString, QString>> fields{
        {QStringLiteral("Action"), QStringLiteral("AssumeRole")},
        {QStringLiteral("Version"), QStringLiteral("2011-06-15")},
        {QStringLiteral("RoleArn"), params.roleArn},
        {QStringLiteral("RoleSessionName"), sessionName},
    };
    if (!params.externalId.isEmpty())
        fields.append({QStringLiteral("ExternalId"), params.externalId});
    if (params.durationSeconds)
        fields.append(
            {QStringLiteral("DurationSeconds"), QString::number(*params.durationSeconds)});
    r.body = formEncode(fields);
    r.idempotent = true; // AssumeRole has no side effects a retry could repeat
    return r;
}

Result<Credentials> AssumeRoleCredentialProvider::parseResponse(const QByteArray& xml) {
    QXmlStreamReader reader(xml);
    Credentials c;
    bool inCredentials = false;
    QString expiration;
    while (!reader.atEnd()) {
        reader.readNext();
        if (reader.isStartElement()) {
            const auto name = reader.name();
            if (name == QLatin1String("Credentials")) {
                inCredentials = true;
            } else if (inCredentials) {
                const QString text = reader.readElementText();
                if (name == QLatin1String("AccessKeyId"))
                    c.accessKeyId = text;
                else if (name == QLatin1String("SecretAccessKey"))
                    c.secretAccessKey = text;
                else if (name == QLatin1String("SessionToken"))
                    c.sessionToken = text;
                else if (name == QLatin1String("Expiration"))
                    expiration = text;
            }
        } else if (reader.isEndElement() && reader.name() == QLatin1String("Credentials")) {
            inCredentials = false;
        }
    }
    if (reader.hasError())
        return AwsError::make(AwsError::Kind::Parse, QStringLiteral("InvalidXml"),
                              QStringLiteral("STS AssumeRole answered with unreadable XML: %1")
                                  .arg(reader.errorString()));
    if (!c.isValid() || c.sessionToken.isEmpty())
        return AwsError::make(AwsError::Kind::Parse, QStringLiteral("MissingCredentials"),
                              QStringLiteral("STS AssumeRole answered without complete "
                                             "Credentials"));
    if (!expiration.isEmpty()) {
        c.expiration = parseCredentialTime(expiration);
        if (!c.expiration.isValid())
            return AwsError::make(AwsError::Kind::Parse, QStringLiteral("InvalidExpiration"),
                                  QStringLiteral("STS AssumeRole answered with an unreadable "
                                                 "Expiration '%1'")
                                      .arg(expiration));
    }
    return c;
}

void AssumeRoleCredentialProvider::fetch(Callback done) {
    if (!m_client) {
        const QString region =
            m_params.region.isEmpty() ? QStringLiteral("us-east-1") : m_params.region;
        m_client = m_clientFactory(m_source, region);
    }
    const QString profile = m_params.profile;
    const QString roleArn = m_params.roleArn;
    const QString description = describe();
    m_client->send(buildRequest(m_params, m_sessionName))
        ->then(m_client.get(),
               [done, profile, roleArn, description](const Result<AwsResponse>& response) {
                   if (!response) {
                       AwsError e = response.error();
                       e.message = QStringLiteral("Assuming role %1 for profile '%2' failed: %3")
                                       .arg(roleArn, profile,
                                            e.message.isEmpty() ? e.toString() : e.message);
                       return done(e);
                   }
                   auto creds = parseResponse(response->body);
                   if (!creds) {
                       AwsError e = creds.error();
                       e.message = QStringLiteral("profile '%1': %2").arg(profile, e.message);
                       return done(e);
                   }
                   creds.value().source = description;
                   done(creds);
               });
}

} // namespace kinescope
