#include "core/aws/endpoint_resolver.h"

#include <QCoreApplication>
#include <QRegularExpression>

namespace kinescope {

namespace {

QString tr(const char* text) {
    return QCoreApplication::translate("kinescope::EndpointResolver", text);
}

AwsError configError(const QString& type, const QString& message) {
    return AwsError::make(AwsError::Kind::Config, type, message);
}

// "KINESIS_VIDEO", "kinesis_video", "Kinesis Video" and "kinesis-video" name the same service.
QString normalizedServiceId(const QString& id) {
    QString out = id.trimmed().toUpper();
    out.replace(QLatin1Char(' '), QLatin1Char('_'));
    out.replace(QLatin1Char('-'), QLatin1Char('_'));
    return out;
}

QUrl lookup(const QHash<QString, QUrl>& urls, const QString& serviceId) {
    const auto exact = urls.constFind(serviceId);
    if (exact != urls.constEnd())
        return exact.value();
    const QString wanted = normalizedServiceId(serviceId);
    for (auto it = urls.constBegin(); it != urls.constEnd(); ++it)
        if (normalizedServiceId(it.key()) == wanted)
            return it.value();
    return {};
}

bool isUsableUrl(const QUrl& url) {
    const QString scheme = url.scheme().toLower();
    return url.isValid() && (scheme == QLatin1String("http") || scheme == QLatin1String("https")) &&
           !url.host().isEmpty();
}

} // namespace

QString EndpointResolver::partitionDnsSuffix(const QString& region) {
    if (region.startsWith(QLatin1String("cn-")))
        return QStringLiteral("amazonaws.com.cn");
    if (region.startsWith(QLatin1String("us-isob-")))
        return QStringLiteral("sc2s.sgov.gov");
    if (region.startsWith(QLatin1String("us-iso-")))
        return QStringLiteral("c2s.ic.gov");
    return QStringLiteral("amazonaws.com"); // aws and aws-us-gov
}

Result<QUrl> EndpointResolver::resolve(const QString& serviceId, const QString& endpointPrefix,
                                       const QString& region) const {
    if (region.isEmpty())
        return configError(QStringLiteral("NoRegion"),
                           tr("No AWS region is set: use --region, AWS_REGION or the profile's "
                              "region."));
    static const QRegularExpression regionRe(QStringLiteral("^[a-z0-9]+(-[a-z0-9]+)*$"));
    if (!regionRe.match(region).hasMatch())
        return configError(QStringLiteral("InvalidRegion"),
                           tr("\"%1\" is not a valid AWS region name (expected something like "
                              "us-east-1).")
                               .arg(region));

    struct Candidate {
        QUrl url;
        QString origin;
    };
    QList<Candidate> candidates;
    candidates.append({m_overrides.explicitUrl, QStringLiteral("--endpoint-url")});
    if (!m_overrides.ignoreConfigured) {
        const QString envName =
            QStringLiteral("AWS_ENDPOINT_URL_") + normalizedServiceId(serviceId);
        candidates.append({lookup(m_overrides.envService, serviceId), envName});
        candidates.append({lookup(m_overrides.profileService, serviceId),
                           tr("the profile's services section (%1 endpoint_url)")
                               .arg(normalizedServiceId(serviceId).toLower())});
        candidates.append({m_overrides.envGlobal, QStringLiteral("AWS_ENDPOINT_URL")});
        candidates.append({m_overrides.profileGlobal, tr("the profile's endpoint_url")});
    }
    for (const Candidate& c : candidates) {
        if (c.url.isEmpty())
            continue;
        if (!isUsableUrl(c.url))
            return configError(
                QStringLiteral("InvalidEndpointUrl"),
                tr("The endpoint URL \"%1\" from %2 is not a valid http:// or https:// URL with "
                   "a host name.")
                    .arg(c.url.toDisplayString(QUrl::RemoveUserInfo), c.origin));
        return c.url;
    }

    if (endpointPrefix.isEmpty())
        return AwsError::make(AwsError::Kind::Usage, QStringLiteral("NoEndpointPrefix"),
                              tr("No endpoint prefix is known for service %1.").arg(serviceId));
    QUrl url;
    url.setScheme(QStringLiteral("https"));
    url.setHost(endpointPrefix + QLatin1Char('.') + region + QLatin1Char('.') +
                partitionDnsSuffix(region));
    return url;
}

} // namespace kinescope
