#include "emulator/archived_media_service.h"

#include "emulator/emulator_state.h"
#include "emulator/fragment_pager.h"
#include "emulator/kvs_common.h"

#include <QJsonArray>

#include <algorithm>
#include <cmath>
#include <limits>

namespace kinescope::emu {

namespace {

constexpr qint64 kDefaultMaxResults = 100;
constexpr qint64 kMaxMaxResults = 1000;

// A rest-json timestamp (epoch seconds, maybe fractional) as milliseconds.
std::optional<double> timestampSeconds(const QJsonValue& v) {
    if (!v.isDouble() || !std::isfinite(v.toDouble()))
        return std::nullopt;
    // Far beyond any archive, and keeps the millisecond arithmetic in range.
    return std::clamp(v.toDouble(), -1e12, 1e12);
}

void listFragments(ApiCall& call) {
    const auto body = kvs::parseBody(call);
    if (!body)
        return;
    const StreamSpec* stream = kvs::resolveStream(call, *body, kvs::StreamRef::ExactlyOne);
    if (!stream)
        return;

    qint64 maxResults = kDefaultMaxResults;
    const QJsonValue max = body->value(QLatin1String("MaxResults"));
    if (!max.isUndefined() && !max.isNull()) {
        const double m = max.toDouble(-1);
        if (!max.isDouble() || m != std::floor(m) || m < 1 || m > kMaxMaxResults)
            return kvs::invalidArgument(
                call,
                QStringLiteral("1 validation error detected: Value at 'maxResults' failed to "
                               "satisfy constraint: Member must have value less than or equal "
                               "to 1000 and greater than or equal to 1"));
        maxResults = static_cast<qint64>(m);
    }

    FragmentCursor cursor;
    const QJsonValue tokenValue = body->value(QLatin1String("NextToken"));
    if (!tokenValue.isUndefined() && !tokenValue.isNull()) {
        const auto decoded = FragmentCursor::decode(tokenValue.toString());
        if (!decoded || decoded->stream != stream->name)
            return kvs::invalidArgument(call, QStringLiteral("NextToken is invalid."));
        cursor = *decoded;
    } else {
        cursor.stream = stream->name;
        cursor.asOfMs = call.nowMs();
        cursor.window = 3 * maxResults;
        cursor.fromMs = std::numeric_limits<qint64>::min() / 4;
        cursor.toMs = std::numeric_limits<qint64>::max() / 4;
        const QJsonValue selectorValue = body->value(QLatin1String("FragmentSelector"));
        if (!selectorValue.isUndefined() && !selectorValue.isNull()) {
            const QJsonObject selector = selectorValue.toObject();
            const QString type = selector.value(QLatin1String("FragmentSelectorType")).toString();
            if (type == QLatin1String("SERVER_TIMESTAMP"))
                cursor.type = TimestampType::Server;
            else if (type == QLatin1String("PRODUCER_TIMESTAMP"))
                cursor.type = TimestampType::Producer;
            else
                return kvs::invalidArgument(
                    call,
                    QStringLiteral("1 validation error detected: Value '%1' at "
                                   "'fragmentSelector.fragmentSelectorType' failed to satisfy "
                                   "constraint: Member must satisfy enum value set: "
                                   "[PRODUCER_TIMESTAMP, SERVER_TIMESTAMP]")
                        .arg(type));
            const QJsonObject range = selector.value(QLatin1String("TimestampRange")).toObject();
            const auto start = timestampSeconds(range.value(QLatin1String("StartTimestamp")));
            const auto end = timestampSeconds(range.value(QLatin1String("EndTimestamp")));
            if (!start || !end)
                return kvs::invalidArgument(
                    call, QStringLiteral("TimestampRange requires StartTimestamp and EndTimestamp "
                                         "(epoch seconds)."));
            if (*start > *end)
                return kvs::invalidArgument(
                    call,
                    QStringLiteral("StartTimestamp must be before or equal to EndTimestamp."));
            cursor.hasSelector = true;
            // Inclusive range; fractional seconds are honoured to the millisecond.
            cursor.fromMs = static_cast<qint64>(std::ceil(*start * 1000.0 - 1e-3));
            cursor.toMs = static_cast<qint64>(std::floor(*end * 1000.0 + 1e-3));
        }
    }
    if (!call.checkQuota(stream->name))
        return;

    const FragmentGenerator generator = call.state().generator(*stream);
    QList<IndexRange> ranges;
    if (cursor.hasSelector) {
        ranges = generator.select(cursor.type, cursor.fromMs, cursor.toMs, cursor.asOfMs);
    } else {
        ranges = generator.available(cursor.asOfMs);
    }
    const FragmentPager::Page page =
        FragmentPager::page(ranges, cursor, maxResults, stream->duplicatesAcrossPages);

    QJsonArray fragments;
    for (qint64 index : page.indices) {
        const kinescope::Fragment f = generator.fragment(index);
        QJsonObject o;
        o.insert(QStringLiteral("FragmentNumber"), f.fragmentNumber);
        o.insert(QStringLiteral("FragmentSizeInBytes"), f.sizeBytes);
        o.insert(QStringLiteral("ProducerTimestamp"), kvs::jsonTimestamp(f.producerMs));
        o.insert(QStringLiteral("ServerTimestamp"), kvs::jsonTimestamp(f.serverMs));
        o.insert(QStringLiteral("FragmentLengthInMilliseconds"), f.durationMs);
        fragments.append(o);
    }
    QJsonObject out;
    out.insert(QStringLiteral("Fragments"), fragments);
    if (page.next)
        out.insert(QStringLiteral("NextToken"), page.next->encode());
    call.replyJson(out);
}

} // namespace

void addArchivedMediaRoutes(Router& router) {
    router.add(Route{"POST", QStringLiteral("/listFragments"), QStringLiteral("ListFragments"),
                     Protocol::RestJson, QStringLiteral("kinesisvideo"), listFragments});
}

} // namespace kinescope::emu
