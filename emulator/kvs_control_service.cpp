#include "emulator/kvs_control_service.h"

#include "emulator/emulator_state.h"
#include "emulator/kvs_common.h"

#include <QJsonArray>

#include <algorithm>
#include <cmath>

namespace kinescope::emu {

namespace {

const QString kSigningName = QStringLiteral("kinesisvideo");

void listStreams(ApiCall& call) {
    const auto body = kvs::parseBody(call);
    if (!body)
        return;
    qint64 maxResults = 10000;
    const QJsonValue max = body->value(QLatin1String("MaxResults"));
    if (!max.isUndefined() && !max.isNull()) {
        if (!max.isDouble() || max.toDouble() != std::floor(max.toDouble()) || max.toDouble() < 1 ||
            max.toDouble() > 10000)
            return kvs::invalidArgument(
                call,
                QStringLiteral("1 validation error detected: Value at 'maxResults' failed to "
                               "satisfy constraint: Member must have value between 1 and 10000"));
        maxResults = max.toInteger();
    }
    QString prefix;
    const QJsonValue condition = body->value(QLatin1String("StreamNameCondition"));
    if (condition.isObject()) {
        const QJsonObject c = condition.toObject();
        const QString op = c.value(QLatin1String("ComparisonOperator")).toString();
        if (!op.isEmpty() && op != QLatin1String("BEGINS_WITH"))
            return kvs::invalidArgument(call,
                                        QStringLiteral("ComparisonOperator must be BEGINS_WITH"));
        prefix = c.value(QLatin1String("ComparisonValue")).toString();
    }
    qint64 offset = 0;
    const QString token = body->value(QLatin1String("NextToken")).toString();
    if (!token.isEmpty()) {
        const QByteArray decoded = QByteArray::fromBase64(token.toLatin1());
        bool ok = decoded.startsWith("streams:");
        offset = ok ? decoded.mid(8).toLongLong(&ok) : 0;
        if (!ok || offset < 0)
            return kvs::invalidArgument(call, QStringLiteral("NextToken is invalid."));
    }
    if (!call.checkQuota(QString()))
        return;

    const Scenario& scenario = call.state().scenario;
    QList<const StreamSpec*> matching;
    for (const StreamSpec& s : scenario.streams)
        if (s.name.startsWith(prefix))
            matching.append(&s);
    std::sort(matching.begin(), matching.end(),
              [](const StreamSpec* a, const StreamSpec* b) { return a->name < b->name; });
    QJsonArray list;
    qint64 i = offset;
    for (; i < matching.size() && list.size() < maxResults; ++i)
        list.append(kvs::streamInfo(*matching.at(i), scenario));
    QJsonObject out;
    out.insert(QStringLiteral("StreamInfoList"), list);
    if (i < matching.size())
        out.insert(QStringLiteral("NextToken"),
                   QString::fromLatin1(("streams:" + QByteArray::number(i)).toBase64()));
    call.replyJson(out);
}

void describeStream(ApiCall& call) {
    const auto body = kvs::parseBody(call);
    if (!body)
        return;
    const StreamSpec* stream = kvs::resolveStream(call, *body, kvs::StreamRef::EitherOrBoth);
    if (!stream || !call.checkQuota(stream->name))
        return;
    QJsonObject out;
    out.insert(QStringLiteral("StreamInfo"), kvs::streamInfo(*stream, call.state().scenario));
    call.replyJson(out);
}

void getDataEndpoint(ApiCall& call) {
    static const QStringList apiNames{
        QStringLiteral("PUT_MEDIA"),
        QStringLiteral("GET_MEDIA"),
        QStringLiteral("LIST_FRAGMENTS"),
        QStringLiteral("GET_MEDIA_FOR_FRAGMENT_LIST"),
        QStringLiteral("GET_HLS_STREAMING_SESSION_URL"),
        QStringLiteral("GET_DASH_STREAMING_SESSION_URL"),
        QStringLiteral("GET_CLIP"),
        QStringLiteral("GET_IMAGES"),
    };
    const auto body = kvs::parseBody(call);
    if (!body)
        return;
    const QString apiName = body->value(QLatin1String("APIName")).toString();
    if (!apiNames.contains(apiName))
        return kvs::invalidArgument(
            call, QStringLiteral("1 validation error detected: Value '%1' at 'aPIName' failed to "
                                 "satisfy constraint: Member must satisfy enum value set: [%2]")
                      .arg(apiName, apiNames.join(QStringLiteral(", "))));
    const StreamSpec* stream = kvs::resolveStream(call, *body, kvs::StreamRef::EitherOrBoth);
    if (!stream || !call.checkQuota(stream->name))
        return;
    QJsonObject out;
    out.insert(QStringLiteral("DataEndpoint"),
               call.state().baseUrl.toString(QUrl::StripTrailingSlash));
    call.replyJson(out);
}

Route route(const char* path, const char* operation, std::function<void(ApiCall&)> handler) {
    return Route{
        "POST",       QString::fromLatin1(path), QString::fromLatin1(operation), Protocol::RestJson,
        kSigningName, std::move(handler)};
}

} // namespace

void addKvsControlRoutes(Router& router) {
    router.add(route("/listStreams", "ListStreams", listStreams));
    router.add(route("/describeStream", "DescribeStream", describeStream));
    router.add(route("/getDataEndpoint", "GetDataEndpoint", getDataEndpoint));
}

} // namespace kinescope::emu
