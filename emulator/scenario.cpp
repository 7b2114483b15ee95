#include "emulator/scenario.h"

#include <QCryptographicHash>
#include <QDateTime>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>

#include <algorithm>
#include <cmath>

// Resources of a static library must be registered by name, outside any namespace.
static void initScenarioResources() {
    Q_INIT_RESOURCE(kinescope_emulator_scenarios);
}

namespace kinescope::emu {

namespace {

const QString kDefaultAccessKey = QStringLiteral("AKIDKINESCOPEEMULATOR");
const QString kDefaultSecret = QStringLiteral("kinescope/emulator/secret+EXAMPLEKEY");

struct Parser {
    qint64 anchorMs;
    QString error;

    bool fail(const QString& message) {
        if (error.isEmpty())
            error = message;
        return false;
    }

    std::optional<qint64> time(const QJsonValue& v, const QString& where) {
        std::optional<qint64> t;
        if (v.isDouble())
            t = static_cast<qint64>(std::llround(v.toDouble()));
        else if (v.isString())
            t = parseTimeMs(v.toString(), anchorMs);
        if (!t)
            fail(QStringLiteral("%1: not a time: %2")
                     .arg(where, QString::fromUtf8(
                                     QJsonDocument(QJsonArray{v}).toJson(QJsonDocument::Compact))));
        return t;
    }

    std::optional<qint64> duration(const QJsonValue& v, const QString& where) {
        std::optional<qint64> d;
        if (v.isDouble())
            d = static_cast<qint64>(std::llround(v.toDouble()));
        else if (v.isString())
            d = parseDurationMs(v.toString());
        if (!d || *d < 0) {
            fail(QStringLiteral("%1: not a duration").arg(where));
            return std::nullopt;
        }
        return d;
    }

    QStringList strings(const QJsonValue& v) {
        QStringList out;
        const QJsonArray a = v.toArray();
        for (const QJsonValue& s : a)
            out.append(s.toString());
        return out;
    }

    bool range(const QJsonObject& o, const QString& where, TimeRange* out) {
        const auto start = time(o.value(QLatin1String("start")), where + QLatin1String(".start"));
        if (!start)
            return false;
        std::optional<qint64> end;
        if (o.contains(QLatin1String("duration"))) {
            const auto d =
                duration(o.value(QLatin1String("duration")), where + QLatin1String(".duration"));
            if (d)
                end = *start + *d;
        } else {
            end = time(o.value(QLatin1String("end")), where + QLatin1String(".end"));
        }
        if (!end)
            return false;
        if (*end <= *start)
            return fail(QStringLiteral("%1: end must be after start").arg(where));
        *out = {*start, *end};
        return true;
    }

    bool stream(const QJsonObject& o, int index, StreamSpec* s) {
        const QString where = QStringLiteral("streams[%1]").arg(index);
        static const QRegularExpression namePattern(QStringLiteral("^[a-zA-Z0-9_.-]{1,256}$"));
        s->name = o.value(QLatin1String("name")).toString();
        if (!namePattern.match(s->name).hasMatch())
            return fail(where + QLatin1String(".name: must match [a-zA-Z0-9_.-]{1,256}"));
        s->deviceName =
            o.value(QLatin1String("deviceName")).toString(s->name + QLatin1String("-camera"));
        s->mediaType = o.value(QLatin1String("mediaType")).toString(s->mediaType);
        s->kmsKeyId = o.value(QLatin1String("kmsKeyId")).toString(s->kmsKeyId);
        s->status = o.value(QLatin1String("status")).toString(s->status);
        s->dataRetentionHours =
            o.value(QLatin1String("dataRetentionHours")).toInt(s->dataRetentionHours);
        s->version = o.value(QLatin1String("version")).toString();
        if (s->version.isEmpty())
            s->version = QString::fromLatin1(
                QCryptographicHash::hash(s->name.toUtf8(), QCryptographicHash::Sha1)
                    .toHex()
                    .left(12));
        s->fragmentDurationMs =
            o.value(QLatin1String("fragmentDurationMs")).toInteger(s->fragmentDurationMs);
        if (s->fragmentDurationMs < 100)
            return fail(where + QLatin1String(".fragmentDurationMs: at least 100"));
        const QJsonObject size = o.value(QLatin1String("fragmentSizeBytes")).toObject();
        s->minFragmentBytes = size.value(QLatin1String("min")).toInteger(s->minFragmentBytes);
        s->maxFragmentBytes = size.value(QLatin1String("max")).toInteger(s->maxFragmentBytes);
        if (s->minFragmentBytes < 1 || s->maxFragmentBytes < s->minFragmentBytes)
            return fail(where + QLatin1String(".fragmentSizeBytes: need 1 <= min <= max"));
        const QJsonObject latency = o.value(QLatin1String("ingestLatencyMs")).toObject();
        s->ingestLatencyMinMs =
            latency.value(QLatin1String("min")).toInteger(s->ingestLatencyMinMs);
        s->ingestLatencyMaxMs =
            latency.value(QLatin1String("max")).toInteger(s->ingestLatencyMaxMs);
        if (s->ingestLatencyMinMs < 0 || s->ingestLatencyMaxMs < s->ingestLatencyMinMs)
            return fail(where + QLatin1String(".ingestLatencyMs: need 0 <= min <= max"));
        s->ingestLatencyMinMs = std::min(s->ingestLatencyMinMs, s->fragmentDurationMs - 1);
        s->ingestLatencyMaxMs = std::min(s->ingestLatencyMaxMs, s->fragmentDurationMs - 1);

        const QJsonObject footage = o.value(QLatin1String("footage")).toObject();
        const auto start =
            time(footage.value(QLatin1String("start")), where + QLatin1String(".footage.start"));
        if (!start)
            return false;
        s->footageStartMs = *start;
        const QJsonValue endValue = footage.value(QLatin1String("end"));
        s->live = endValue.isUndefined() || endValue.toString() == QLatin1String("now");
        if (!s->live) {
            const auto end = time(endValue, where + QLatin1String(".footage.end"));
            if (!end)
                return false;
            if (*end <= s->footageStartMs)
                return fail(where + QLatin1String(".footage: end must be after start"));
            s->footageEndMs = *end;
        }
        if (o.contains(QLatin1String("creationTime"))) {
            const auto c = time(o.value(QLatin1String("creationTime")),
                                where + QLatin1String(".creationTime"));
            if (!c)
                return false;
            s->creationMs = *c;
        } else {
            s->creationMs = s->footageStartMs - 24 * 3600 * 1000;
        }

        const QJsonArray gaps = o.value(QLatin1String("gaps")).toArray();
        for (int g = 0; g < gaps.size(); ++g) {
            TimeRange r;
            if (!range(gaps.at(g).toObject(), where + QStringLiteral(".gaps[%1]").arg(g), &r))
                return false;
            s->gaps.append(r);
        }
        std::sort(s->gaps.begin(), s->gaps.end(),
                  [](const TimeRange& a, const TimeRange& b) { return a.startMs < b.startMs; });
        QList<TimeRange> merged;
        for (const TimeRange& r : std::as_const(s->gaps)) {
            if (!merged.isEmpty() && r.startMs <= merged.last().endMs)
                merged.last().endMs = std::max(merged.last().endMs, r.endMs);
            else
                merged.append(r);
        }
        s->gaps = merged;

        const QJsonObject clock = o.value(QLatin1String("producerClock")).toObject();
        s->producerClock.offsetMs = clock.value(QLatin1String("offsetMs")).toInteger(0);
        if (clock.contains(QLatin1String("jumpAt"))) {
            const auto at = time(clock.value(QLatin1String("jumpAt")),
                                 where + QLatin1String(".producerClock.jumpAt"));
            if (!at)
                return false;
            s->producerClock.hasJump = true;
            s->producerClock.jumpAtMs = *at;
            s->producerClock.jumpMs = clock.value(QLatin1String("jumpMs")).toInteger(0);
        }
        s->duplicatesAcrossPages = o.value(QLatin1String("duplicatesAcrossPages")).toBool(false);
        return video(o, where, s);
    }

    bool video(const QJsonObject& o, const QString& where, StreamSpec* s) {
        const QJsonObject v = o.value(QLatin1String("video")).toObject();
        if (!s->mediaType.startsWith(QLatin1String("video/h264")))
            s->video.codec = QStringLiteral("unsupported"); // e.g. video/h265: not synthesised
        s->video.width = v.value(QLatin1String("width")).toInt(s->video.width);
        s->video.height = v.value(QLatin1String("height")).toInt(s->video.height);
        s->video.fps = v.value(QLatin1String("fps")).toInt(s->video.fps);
        s->video.codec = v.value(QLatin1String("codec")).toString(s->video.codec);
        if (s->video.width < 16 || s->video.width > 1920 || s->video.width % 2 != 0 ||
            s->video.height < 16 || s->video.height > 1080 || s->video.height % 2 != 0)
            return fail(where + QLatin1String(".video: width 16..1920, height 16..1080, even"));
        if (s->video.fps < 1 || s->video.fps > 60)
            return fail(where + QLatin1String(".video.fps: 1..60"));
        if (s->video.codec != QLatin1String("h264") &&
            s->video.codec != QLatin1String("unsupported"))
            return fail(where + QLatin1String(".video.codec: \"h264\" or \"unsupported\""));
        s->imageGeneration = o.value(QLatin1String("imageGeneration")).toBool(true);
        return true;
    }
};

} // namespace

QString StreamSpec::arn(const QString& region, const QString& account) const {
    return QStringLiteral("arn:aws:kinesisvideo:%1:%2:stream/%3/%4")
        .arg(region, account, name, QString::number(creationMs));
}

std::optional<qint64> parseDurationMs(const QString& text) {
    const QString t = text.trimmed();
    if (t.isEmpty())
        return std::nullopt;
    bool isNumber = false;
    const qint64 plain = t.toLongLong(&isNumber);
    if (isNumber)
        return plain;
    static const QRegularExpression term(QStringLiteral("(\\d+)(ms|d|h|m|s)"));
    qint64 total = 0;
    qsizetype pos = 0;
    while (pos < t.size()) {
        const auto m = term.match(t, pos, QRegularExpression::NormalMatch,
                                  QRegularExpression::AnchorAtOffsetMatchOption);
        if (!m.hasMatch())
            return std::nullopt;
        const qint64 n = m.captured(1).toLongLong();
        const QString unit = m.captured(2);
        const qint64 factor = unit == QLatin1String("ms")  ? 1
                              : unit == QLatin1String("s") ? 1000
                              : unit == QLatin1String("m") ? 60'000
                              : unit == QLatin1String("h") ? 3'600'000
                                                           : 86'400'000;
        total += n * factor;
        pos = m.capturedEnd();
    }
    return total;
}

std::optional<qint64> parseTimeMs(const QString& text, qint64 anchorMs) {
    QString t = text.trimmed();
    if (t.isEmpty())
        return std::nullopt;
    bool isNumber = false;
    const qint64 plain = t.toLongLong(&isNumber);
    if (isNumber)
        return plain;
    if (t.startsWith(QLatin1String("now")) || t.startsWith(QLatin1Char('-')) ||
        t.startsWith(QLatin1Char('+'))) {
        if (t.startsWith(QLatin1String("now")))
            t = t.mid(3);
        qint64 value = anchorMs;
        qsizetype pos = 0;
        while (pos < t.size()) {
            const QChar sign = t.at(pos);
            if (sign != QLatin1Char('-') && sign != QLatin1Char('+'))
                return std::nullopt;
            qsizetype next = pos + 1;
            while (next < t.size() && t.at(next) != QLatin1Char('-') &&
                   t.at(next) != QLatin1Char('+'))
                ++next;
            const auto d = parseDurationMs(t.mid(pos + 1, next - pos - 1));
            if (!d)
                return std::nullopt;
            value += sign == QLatin1Char('-') ? -*d : *d;
            pos = next;
        }
        return value;
    }
    QDateTime dt = QDateTime::fromString(t, Qt::ISODateWithMs);
    if (!dt.isValid())
        dt = QDateTime::fromString(t, Qt::ISODate);
    if (!dt.isValid())
        return std::nullopt;
    if (dt.timeSpec() == Qt::LocalTime)
        dt.setTimeSpec(Qt::UTC);
    return dt.toMSecsSinceEpoch();
}

std::optional<Scenario> Scenario::fromJson(const QByteArray& json, qint64 nowMs, QString* error) {
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &parseError);
    if (!doc.isObject()) {
        if (error)
            *error =
                QStringLiteral("scenario is not a JSON object: %1").arg(parseError.errorString());
        return std::nullopt;
    }
    const QJsonObject root = doc.object();
    Parser p{nowMs, {}};
    Scenario s;
    s.anchorMs = nowMs;
    s.region = root.value(QLatin1String("region")).toString(s.region);
    s.accountId = root.value(QLatin1String("account")).toString(s.accountId);

    if (root.contains(QLatin1String("credentials"))) {
        const QJsonArray creds = root.value(QLatin1String("credentials")).toArray();
        for (const QJsonValue& v : creds) {
            const QJsonObject o = v.toObject();
            AccessKeySpec k;
            k.accessKeyId = o.value(QLatin1String("accessKeyId")).toString();
            k.secretAccessKey = o.value(QLatin1String("secretAccessKey")).toString();
            k.userName = o.value(QLatin1String("userName")).toString(k.userName);
            k.allowedStreams = p.strings(o.value(QLatin1String("allowedStreams")));
            if (k.accessKeyId.size() < 16 || k.secretAccessKey.isEmpty())
                p.fail(QStringLiteral(
                    "credentials: accessKeyId (16+ chars) and secretAccessKey required"));
            s.credentials.append(k);
        }
    } else {
        s.credentials.append({kDefaultAccessKey, kDefaultSecret, QStringLiteral("kinescope"), {}});
    }

    const QJsonArray roles = root.value(QLatin1String("roles")).toArray();
    for (const QJsonValue& v : roles) {
        const QJsonObject o = v.toObject();
        RoleSpec r;
        r.arn = o.value(QLatin1String("arn")).toString();
        r.externalId = o.value(QLatin1String("externalId")).toString();
        r.maxSessionDurationS = o.value(QLatin1String("maxSessionDurationSeconds")).toInt(43200);
        r.allowedStreams = p.strings(o.value(QLatin1String("allowedStreams")));
        if (!r.arn.startsWith(QLatin1String("arn:aws:iam::")) ||
            !r.arn.contains(QLatin1String(":role/")))
            p.fail(QStringLiteral("roles: arn must be arn:aws:iam::<account>:role/<name>"));
        s.roles.append(r);
    }

    const QJsonArray tokens = root.value(QLatin1String("ssoTokens")).toArray();
    for (const QJsonValue& v : tokens) {
        const QJsonObject o = v.toObject();
        SsoTokenSpec t;
        t.accessToken = o.value(QLatin1String("accessToken")).toString();
        t.accountId = o.value(QLatin1String("accountId")).toString(s.accountId);
        t.roleNames = p.strings(o.value(QLatin1String("roleNames")));
        t.allowedStreams = p.strings(o.value(QLatin1String("allowedStreams")));
        if (o.contains(QLatin1String("expires"))) {
            const auto e =
                p.time(o.value(QLatin1String("expires")), QStringLiteral("ssoTokens.expires"));
            t.expiresMs = e.value_or(0);
        }
        if (t.accessToken.isEmpty())
            p.fail(QStringLiteral("ssoTokens: accessToken required"));
        s.ssoTokens.append(t);
    }

    const QJsonArray streams = root.value(QLatin1String("streams")).toArray();
    for (int i = 0; i < streams.size(); ++i) {
        StreamSpec st;
        if (!p.stream(streams.at(i).toObject(), i, &st))
            break;
        if (s.findStream(st.name)) {
            p.fail(QStringLiteral("streams: duplicate name %1").arg(st.name));
            break;
        }
        s.streams.append(st);
    }
    if (!p.error.isEmpty()) {
        if (error)
            *error = p.error;
        return std::nullopt;
    }
    return s;
}

std::optional<Scenario> Scenario::load(const QString& path, qint64 nowMs, QString* error) {
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly)) {
        if (error)
            *error = QStringLiteral("cannot read %1: %2").arg(path, f.errorString());
        return std::nullopt;
    }
    return fromJson(f.readAll(), nowMs, error);
}

QByteArray Scenario::defaultScenarioJson() {
    initScenarioResources();
    QFile f(QStringLiteral(":/kinescope/emulator/scenarios/default.json"));
    if (!f.open(QIODevice::ReadOnly))
        qFatal("kinescope_emulator: the default scenario resource is missing");
    return f.readAll();
}

Scenario Scenario::defaultScenario(qint64 nowMs) {
    QString error;
    auto s = fromJson(defaultScenarioJson(), nowMs, &error);
    if (!s)
        qFatal("kinescope_emulator: the default scenario is invalid: %s", qPrintable(error));
    return *s;
}

const StreamSpec* Scenario::findStream(const QString& name) const {
    for (const StreamSpec& s : streams)
        if (s.name == name)
            return &s;
    return nullptr;
}

const StreamSpec* Scenario::findStreamByArn(const QString& arn) const {
    for (const StreamSpec& s : streams)
        if (s.arn(region, accountId) == arn)
            return &s;
    return nullptr;
}

const AccessKeySpec* Scenario::findAccessKey(const QString& accessKeyId) const {
    for (const AccessKeySpec& k : credentials)
        if (k.accessKeyId == accessKeyId)
            return &k;
    return nullptr;
}

const RoleSpec* Scenario::findRole(const QString& arn) const {
    for (const RoleSpec& r : roles)
        if (r.arn == arn)
            return &r;
    return nullptr;
}

const SsoTokenSpec* Scenario::findSsoToken(const QString& token) const {
    for (const SsoTokenSpec& t : ssoTokens)
        if (t.accessToken == token)
            return &t;
    return nullptr;
}

} // namespace kinescope::emu
