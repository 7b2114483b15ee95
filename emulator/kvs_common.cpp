#include "emulator/kvs_common.h"

#include "emulator/emulator_state.h"

#include <QJsonDocument>
#include <QRegularExpression>

namespace kinescope::emu::kvs {

std::optional<QJsonObject> parseBody(ApiCall& call) {
    const QByteArray& body = call.request().body;
    if (body.trimmed().isEmpty())
        return QJsonObject();
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(body, &error);
    if (!doc.isObject()) {
        ServiceError e = ServiceError::make(
            400, QStringLiteral("SerializationException"),
            QStringLiteral("Start of structure or map found where not expected."));
        e.typeSuffix = QString::fromLatin1(kCoralErrorNamespace);
        call.fail(e);
        return std::nullopt;
    }
    return doc.object();
}

void invalidArgument(ApiCall& call, const QString& message) {
    call.fail(kvsError(400, QStringLiteral("InvalidArgumentException"), message));
}

const StreamSpec* resolveStream(ApiCall& call, const QJsonObject& body, StreamRef rule) {
    const QJsonValue nameValue = body.value(QLatin1String("StreamName"));
    const QJsonValue arnValue = body.value(QLatin1String("StreamARN"));
    const bool hasName = !nameValue.isUndefined() && !nameValue.isNull();
    const bool hasArn = !arnValue.isUndefined() && !arnValue.isNull();
    if (!hasName && !hasArn) {
        invalidArgument(call, QStringLiteral("Either StreamName or StreamARN must be specified."));
        return nullptr;
    }
    if (rule == StreamRef::ExactlyOne && hasName && hasArn) {
        invalidArgument(call, QStringLiteral("Specify either StreamName or StreamARN, not both."));
        return nullptr;
    }
    if ((hasName && !nameValue.isString()) || (hasArn && !arnValue.isString())) {
        invalidArgument(call, QStringLiteral("StreamName and StreamARN must be strings."));
        return nullptr;
    }
    static const QRegularExpression namePattern(QStringLiteral("^[a-zA-Z0-9_.-]{1,256}$"));
    static const QRegularExpression arnPattern(QStringLiteral(
        "^arn:[a-z\\d-]+:kinesisvideo:[a-z0-9-]+:[0-9]+:[a-z]+/[a-zA-Z0-9_.-]+/[0-9]+$"));
    const QString name = nameValue.toString();
    const QString arn = arnValue.toString();
    if (hasName && !namePattern.match(name).hasMatch()) {
        invalidArgument(call,
                        QStringLiteral("1 validation error detected: Value '%1' at 'streamName' "
                                       "failed to satisfy constraint: Member must satisfy "
                                       "regular expression pattern: [a-zA-Z0-9_.-]+")
                            .arg(name));
        return nullptr;
    }
    if (hasArn && (arn.size() > 1024 || !arnPattern.match(arn).hasMatch())) {
        invalidArgument(
            call, QStringLiteral(
                      "1 validation error detected: Value '%1' at 'streamARN' "
                      "failed to satisfy constraint: Member must satisfy "
                      "regular expression pattern: "
                      "arn:[a-z\\d-]+:kinesisvideo:[a-z0-9-]+:[0-9]+:[a-z]+/[a-zA-Z0-9_.-]+/[0-9]+")
                      .arg(arn));
        return nullptr;
    }
    const Scenario& scenario = call.state().scenario;
    const StreamSpec* byName = hasName ? scenario.findStream(name) : nullptr;
    const StreamSpec* byArn = hasArn ? scenario.findStreamByArn(arn) : nullptr;
    const StreamSpec* stream = hasName ? byName : byArn;
    if (!stream || (hasName && hasArn && byName != byArn) ||
        stream->status == QLatin1String("DELETING")) {
        call.fail(kvsError(404, QStringLiteral("ResourceNotFoundException"),
                           QStringLiteral("The requested stream is not found or not active.")));
        return nullptr;
    }
    if (!call.principal().mayAccessStream(stream->name)) {
        call.fail(kvsError(
            401, QStringLiteral("NotAuthorizedException"),
            QStringLiteral("User: %1 is not authorized to perform this operation on "
                           "resource: %2")
                .arg(call.principal().arn, stream->arn(scenario.region, scenario.accountId))));
        return nullptr;
    }
    return stream;
}

double jsonTimestamp(qint64 ms) {
    return static_cast<double>(ms) / 1000.0;
}

QJsonObject streamInfo(const StreamSpec& stream, const Scenario& scenario) {
    QJsonObject o;
    o.insert(QStringLiteral("DeviceName"), stream.deviceName);
    o.insert(QStringLiteral("StreamName"), stream.name);
    o.insert(QStringLiteral("StreamARN"), stream.arn(scenario.region, scenario.accountId));
    o.insert(QStringLiteral("MediaType"), stream.mediaType);
    o.insert(QStringLiteral("KmsKeyId"), stream.kmsKeyId);
    o.insert(QStringLiteral("Version"), stream.version);
    o.insert(QStringLiteral("Status"), stream.status);
    o.insert(QStringLiteral("CreationTime"), jsonTimestamp(stream.creationMs));
    o.insert(QStringLiteral("DataRetentionInHours"), stream.dataRetentionHours);
    return o;
}

} // namespace kinescope::emu::kvs
