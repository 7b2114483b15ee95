#include "emulator/media_service.h"

#include "emulator/emulator_state.h"
#include "emulator/kvs_common.h"
#include "emulator/media/clip_writer.h"
#include "emulator/media/image_renderer.h"
#include "emulator/media/kvs_mkv_writer.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QPointer>
#include <QRegularExpression>
#include <QSet>

#include <atomic>
#include <cmath>
#include <map>
#include <thread>
#include <vector>

namespace kinescope::emu {

namespace {

const QString kSigningName = QStringLiteral("kinesisvideo");
constexpr qint64 kMaxImageRangeMs = 300'000; // "more than 300 seconds above StartTimestamp"
constexpr qint64 kDefaultImageResults = 100; // GetImagesMaxResults: 1..100, default 100
constexpr int kMaxFragmentList = 1000;       // FragmentNumberList: 1..1000
constexpr int kFragmentNotFound = 4000; // KVS media error id: "Requested fragment is not found"

bool present(const QJsonValue& v) {
    return !v.isUndefined() && !v.isNull();
}

void validation(ApiCall& call, const QString& message) {
    kvs::invalidArgument(call, QStringLiteral("1 validation error detected: ") + message);
}

// A rest-json timestamp (epoch seconds, maybe fractional) as epoch milliseconds.
// A SERVER_TIMESTAMP / PRODUCER_TIMESTAMP member; answers the model's enum validation error
// (naming `field`, e.g. "imageSelectorType") and returns nullopt otherwise.
std::optional<TimestampType> selectorType(ApiCall& call, const QJsonValue& value,
                                          const QString& field) {
    const QString wire = value.toString();
    if (wire == QLatin1String("SERVER_TIMESTAMP"))
        return TimestampType::Server;
    if (wire == QLatin1String("PRODUCER_TIMESTAMP"))
        return TimestampType::Producer;
    validation(call,
               QStringLiteral("Value '%1' at '%2' failed to satisfy constraint: Member must "
                              "satisfy enum value set: [PRODUCER_TIMESTAMP, SERVER_TIMESTAMP]")
                   .arg(wire, field));
    return std::nullopt;
}

std::optional<qint64> timestampMs(const QJsonValue& v) {
    if (!v.isDouble() || !std::isfinite(v.toDouble()))
        return std::nullopt;
    return qint64(std::llround(std::clamp(v.toDouble(), -1e12, 1e12) * 1000.0));
}

// An integer member within [min, max]; answers the AWS validation wording otherwise.
std::optional<qint64> integerMember(ApiCall& call, const QJsonObject& body, const char* name,
                                    const char* wireName, qint64 min, qint64 max) {
    const QJsonValue v = body.value(QLatin1String(name));
    const double d = v.toDouble(-1e300);
    if (!v.isDouble() || d != std::floor(d)) {
        validation(call, QStringLiteral("Value at '%1' failed to satisfy constraint: Member must "
                                        "be an integer")
                             .arg(QLatin1String(wireName)));
        return std::nullopt;
    }
    if (d < double(min) || d > double(max)) {
        validation(call, QStringLiteral("Value '%1' at '%2' failed to satisfy constraint: Member "
                                        "must have value %3 %4")
                             .arg(qint64(d))
                             .arg(QLatin1String(wireName),
                                  d < double(min) ? QStringLiteral("greater than or equal to")
                                                  : QStringLiteral("less than or equal to"))
                             .arg(d < double(min) ? min : max));
        return std::nullopt;
    }
    return qint64(d);
}

// Runs `work` on the emulator's worker pool, then `done` with its result on the emulator's
// thread — unless `receiver` is gone by then.
template <typename T, typename Receiver>
void runOnWorker(EmulatorState& state, Receiver* receiver, std::function<T()> work,
                 std::function<void(Receiver*, const T&)> done) {
    QPointer<Receiver> guard(receiver);
    QObject* relay = &state.relay;
    state.workers.start([guard, relay, work, done] {
        const T result = work();
        QMetaObject::invokeMethod(
            relay,
            [guard, result, done] {
                if (guard)
                    done(guard.data(), result);
            },
            Qt::QueuedConnection);
    });
}

// --- GetImages --------------------------------------------------------------------------------

struct ImageQuery {
    QString stream;
    TimestampType type = TimestampType::Server;
    qint64 startMs = 0;
    qint64 endMs = 0;
    qint64 intervalMs = 3000;
    qint64 offset = 0; // index of the first sample of this page

    qint64 samples() const {
        return endMs - startMs < intervalMs ? 1 : (endMs - startMs) / intervalMs + 1;
    }

    QString encode() const {
        const QJsonObject o{{QStringLiteral("s"), stream},
                            {QStringLiteral("t"), type == TimestampType::Server ? 0 : 1},
                            {QStringLiteral("a"), startMs},
                            {QStringLiteral("b"), endMs},
                            {QStringLiteral("i"), intervalMs},
                            {QStringLiteral("o"), offset}};
        return QString::fromLatin1(QJsonDocument(o).toJson(QJsonDocument::Compact).toBase64());
    }
    static std::optional<ImageQuery> decode(const QString& token) {
        const QJsonObject o =
            QJsonDocument::fromJson(QByteArray::fromBase64(token.toLatin1())).object();
        if (!o.value(QLatin1String("s")).isString())
            return std::nullopt;
        ImageQuery q;
        q.stream = o.value(QLatin1String("s")).toString();
        q.type = o.value(QLatin1String("t")).toInt() == 0 ? TimestampType::Server
                                                          : TimestampType::Producer;
        q.startMs = o.value(QLatin1String("a")).toInteger();
        q.endMs = o.value(QLatin1String("b")).toInteger();
        q.intervalMs = o.value(QLatin1String("i")).toInteger();
        q.offset = o.value(QLatin1String("o")).toInteger(-1);
        if (q.intervalMs <= 0 || q.endMs < q.startMs || q.offset < 0 || q.offset >= q.samples())
            return std::nullopt;
        return q;
    }
};

void getImages(ApiCall& call) {
    const auto body = kvs::parseBody(call);
    if (!body)
        return;
    const StreamSpec* stream = kvs::resolveStream(call, *body, kvs::StreamRef::ExactlyOne);
    if (!stream)
        return;
    for (const char* required :
         {"ImageSelectorType", "StartTimestamp", "EndTimestamp", "SamplingInterval", "Format"}) {
        if (!present(body->value(QLatin1String(required)))) {
            QString wire = QString::fromLatin1(required);
            wire[0] = wire[0].toLower();
            return validation(call, QStringLiteral("Value null at '%1' failed to satisfy "
                                                   "constraint: Member must not be null")
                                        .arg(wire));
        }
    }
    ImageQuery query;
    query.stream = stream->name;
    const auto selector = selectorType(call, body->value(QLatin1String("ImageSelectorType")),
                                       QStringLiteral("imageSelectorType"));
    if (!selector)
        return;
    query.type = *selector;
    const auto start = timestampMs(body->value(QLatin1String("StartTimestamp")));
    const auto end = timestampMs(body->value(QLatin1String("EndTimestamp")));
    if (!start || !end)
        return kvs::invalidArgument(
            call, QStringLiteral("StartTimestamp and EndTimestamp must be timestamps."));
    if (*end < *start)
        return kvs::invalidArgument(
            call, QStringLiteral("EndTimestamp must be equal to or later than StartTimestamp."));
    if (*end - *start > kMaxImageRangeMs)
        return kvs::invalidArgument(
            call, QStringLiteral("The time range between StartTimestamp and EndTimestamp must not "
                                 "be more than 300 seconds."));
    query.startMs = *start;
    query.endMs = *end;
    const auto interval =
        integerMember(call, *body, "SamplingInterval", "samplingInterval", 3000, 20000);
    if (!interval)
        return;
    query.intervalMs = *interval;

    ImageRenderer::Options options;
    const QString format = body->value(QLatin1String("Format")).toString();
    if (format == QLatin1String("JPEG"))
        options.format = ImageRenderer::Format::Jpeg;
    else if (format == QLatin1String("PNG"))
        options.format = ImageRenderer::Format::Png;
    else
        return validation(call, QStringLiteral("Value '%1' at 'format' failed to satisfy "
                                               "constraint: Member must satisfy enum value set: "
                                               "[JPEG, PNG]")
                                    .arg(format));
    const QJsonValue formatConfig = body->value(QLatin1String("FormatConfig"));
    if (present(formatConfig)) {
        const QJsonObject config = formatConfig.toObject();
        if (!formatConfig.isObject() || config.size() != 1 ||
            !config.contains(QLatin1String("JPEGQuality")))
            return validation(call, QStringLiteral("Value at 'formatConfig' failed to satisfy "
                                                   "constraint: Map must have exactly 1 entry "
                                                   "with a key in [JPEGQuality]"));
        bool ok = false;
        const int quality = config.value(QLatin1String("JPEGQuality")).toString().toInt(&ok);
        if (!ok || quality < 1 || quality > 100)
            return kvs::invalidArgument(
                call, QStringLiteral("JPEGQuality must be an integer from 1 to 100."));
        options.jpegQuality = quality;
    }
    const bool hasWidth = present(body->value(QLatin1String("WidthPixels")));
    const bool hasHeight = present(body->value(QLatin1String("HeightPixels")));
    if (hasWidth) {
        const auto w = integerMember(call, *body, "WidthPixels", "widthPixels", 1, 3840);
        if (!w)
            return;
        options.width = int(*w);
    }
    if (hasHeight) {
        const auto h = integerMember(call, *body, "HeightPixels", "heightPixels", 1, 2160);
        if (!h)
            return;
        options.height = int(*h);
    }
    // WidthPixels alone: "a ValidationException will be thrown"; HeightPixels alone: the
    // width follows the picture's aspect ratio (each member's documentation).
    if (hasWidth && !hasHeight)
        return call.fail(kvsError(400, QStringLiteral("ValidationException"),
                                  QStringLiteral("WidthPixels requires HeightPixels.")));
    if (hasHeight && !hasWidth)
        options.width = std::max(1, int(std::lround(double(options.height) * stream->video.width /
                                                    stream->video.height)));
    qint64 maxResults = kDefaultImageResults;
    if (present(body->value(QLatin1String("MaxResults")))) {
        const auto m = integerMember(call, *body, "MaxResults", "maxResults", 1, 100);
        if (!m)
            return;
        maxResults = *m;
    }
    const QJsonValue tokenValue = body->value(QLatin1String("NextToken"));
    if (present(tokenValue)) {
        const auto decoded = ImageQuery::decode(tokenValue.toString());
        if (!decoded || decoded->stream != stream->name)
            return kvs::invalidArgument(call, QStringLiteral("NextToken is invalid."));
        query = *decoded; // the token fixes the range and the sampling
    }
    if (!call.checkQuota(stream->name))
        return;

    // Fragments whose start (of the selected kind) lies in the range, as KVS queries them: a
    // fragment that began before StartTimestamp is not among them, so a start time falling
    // mid-fragment has no image (the documented quirk: ask one fragment earlier).
    const FragmentGenerator generator = call.state().generator(*stream);
    struct Span {
        qint64 index;
        qint64 startMs;
        qint64 endMs;
    };
    QList<Span> spans;
    for (const IndexRange& r :
         generator.select(query.type, query.startMs, query.endMs, call.nowMs())) {
        auto startOf = [&](qint64 i) {
            return query.type == TimestampType::Server ? generator.serverMs(i)
                                                       : generator.producerMs(i);
        };
        for (qint64 i = r.first; i <= r.last; ++i) {
            const qint64 s = startOf(i);
            qint64 e = s + stream->fragmentDurationMs;
            // Continuous footage has no holes: a fragment lasts until the next one starts
            // (server timestamps carry a varying ingest latency), its last picture held.
            const bool nextExists =
                i < r.last || generator.exists(i + 1, call.nowMs()); // maybe past End
            if (nextExists && startOf(i + 1) > s)
                e = startOf(i + 1);
            spans.append({i, s, e});
        }
    }
    const qint64 total = query.samples();
    const qint64 last = std::min(total, query.offset + maxResults);
    QList<qint64> times;
    std::map<qint64, QList<qsizetype>> byFragment; // fragment index → positions in `times`
    for (qint64 k = query.offset; k < last; ++k) {
        const qint64 t = query.startMs + k * query.intervalMs;
        for (const Span& span : std::as_const(spans)) {
            if (t >= span.startMs && t < span.endMs) {
                byFragment[span.index].append(times.size());
                break;
            }
        }
        times.append(t);
    }
    QString nextToken;
    if (last < total) {
        ImageQuery next = query;
        next.offset = last;
        nextToken = next.encode();
    }
    // Encoding and decoding take a while: off the emulator's thread.
    call.deferReply(200);
    SyntheticMedia* media = &call.state().media;
    const StreamSpec spec = *stream;
    const TimestampType type = query.type;
    runOnWorker<QJsonObject, HttpExchange>(
        call.state(), call.exchange(),
        [media, spec, generator, type, times, byFragment, options, nextToken] {
            std::vector<std::optional<QByteArray>> images(size_t(times.size()));
            QList<QString> errors(times.size(), QStringLiteral("NO_MEDIA"));
            const std::vector<std::pair<qint64, QList<qsizetype>>> jobs(byFragment.begin(),
                                                                        byFragment.end());
            for (const auto& job : jobs)
                for (qsizetype p : job.second)
                    errors[p] = QStringLiteral("MEDIA_ERROR"); // until an image is made
            // Fragments are independent: two threads share them (each writes only its own
            // images' slots).
            std::atomic<size_t> nextJob{0};
            auto work = [&] {
                for (size_t j = nextJob++; j < jobs.size(); j = nextJob++) {
                    const auto& [index, positions] = jobs[j];
                    QString error;
                    const auto fragment = media->fragment(spec, index, &error);
                    if (!fragment)
                        continue;
                    const qint64 fragmentStart = type == TimestampType::Server
                                                     ? generator.serverMs(index)
                                                     : generator.producerMs(index);
                    QList<qint64> offsets;
                    for (qsizetype p : positions)
                        offsets.append(times[p] - fragmentStart);
                    const auto rendered =
                        ImageRenderer::render(*fragment, offsets, options, &error);
                    for (qsizetype k = 0; k < positions.size(); ++k)
                        if (rendered[k] && !rendered[k]->isEmpty())
                            images[size_t(positions[k])] = rendered[k];
                }
            };
            if (jobs.size() > 1) {
                std::thread helper(work);
                work();
                helper.join();
            } else {
                work();
            }
            QJsonArray list;
            for (qsizetype k = 0; k < times.size(); ++k) {
                QJsonObject o{{QStringLiteral("TimeStamp"), kvs::jsonTimestamp(times[k])}};
                if (images[size_t(k)])
                    o.insert(QStringLiteral("ImageContent"),
                             QString::fromLatin1(images[size_t(k)]->toBase64()));
                else
                    o.insert(QStringLiteral("Error"), errors[k]);
                list.append(o);
            }
            QJsonObject out{{QStringLiteral("Images"), list}};
            if (!nextToken.isEmpty())
                out.insert(QStringLiteral("NextToken"), nextToken);
            return out;
        },
        [](HttpExchange* exchange, const QJsonObject& out) {
            exchange->respond(HttpResponse::json(200, out));
        });
}

// --- DescribeImageGenerationConfiguration (control plane) ------------------------------------

void describeImageGenerationConfiguration(ApiCall& call) {
    const auto body = kvs::parseBody(call);
    if (!body)
        return;
    const StreamSpec* stream = kvs::resolveStream(call, *body, kvs::StreamRef::EitherOrBoth);
    if (!stream || !call.checkQuota(stream->name))
        return;
    QJsonObject out;
    if (stream->imageGeneration) {
        const QString region = call.state().scenario.region;
        out.insert(
            QStringLiteral("ImageGenerationConfiguration"),
            QJsonObject{
                {QStringLiteral("Status"), QStringLiteral("ENABLED")},
                {QStringLiteral("ImageSelectorType"), QStringLiteral("SERVER_TIMESTAMP")},
                {QStringLiteral("DestinationConfig"),
                 QJsonObject{{QStringLiteral("Uri"),
                              QStringLiteral("s3://kinescope-emulator-images/") + stream->name},
                             {QStringLiteral("DestinationRegion"), region}}},
                {QStringLiteral("SamplingInterval"), 3000},
                {QStringLiteral("Format"), QStringLiteral("JPEG")},
                {QStringLiteral("FormatConfig"),
                 QJsonObject{{QStringLiteral("JPEGQuality"), QStringLiteral("80")}}},
                {QStringLiteral("WidthPixels"), 320},
                {QStringLiteral("HeightPixels"), 180}});
    }
    call.replyJson(out);
}

// --- GetMediaForFragmentList -----------------------------------------------------------------

// Writes one Matroska document per requested fragment, in request order, as the socket
// drains (at most ~1 MiB queued), so a long list never sits in memory at once.
class FragmentListStreamer : public QObject {
public:
    struct Item {
        QString number;
        std::optional<qint64> index;
    };
    FragmentListStreamer(HttpExchange* exchange, EmulatorState* state, StreamSpec stream,
                         QList<Item> items)
        : QObject(exchange)
        , m_exchange(exchange)
        , m_state(state)
        , m_stream(std::move(stream))
        , m_generator(m_stream)
        , m_items(std::move(items)) {
        connect(exchange, &HttpExchange::drained, this, &FragmentListStreamer::pump);
        connect(exchange, &HttpExchange::closed, this, &QObject::deleteLater);
    }

    // Writes the next document once the socket has drained; the fragment is encoded on the
    // emulator's worker pool meanwhile.
    void pump() {
        constexpr qint64 kHighWater = 1 << 20;
        if (m_busy)
            return;
        if (!m_exchange || !m_exchange->isOpen()) {
            deleteLater();
            return;
        }
        if (m_next >= m_items.size()) {
            m_exchange->finish();
            deleteLater();
            return;
        }
        if (m_exchange->bytesToWrite() >= kHighWater)
            return; // drained() calls again
        m_busy = true;
        const Item item = m_items[m_next++];
        SyntheticMedia* media = &m_state->media;
        const StreamSpec stream = m_stream;
        const FragmentGenerator generator = m_generator;
        runOnWorker<QByteArray, FragmentListStreamer>(
            *m_state, this,
            [media, stream, generator, item] {
                QString error;
                const auto fragment =
                    item.index ? media->fragment(stream, *item.index, &error) : nullptr;
                if (!fragment)
                    return KvsMkvWriter::errorDocument(
                        item.number, kFragmentNotFound,
                        item.index ? error : QStringLiteral("Requested fragment is not found"));
                return KvsMkvWriter::fragmentDocument(*fragment,
                                                      {item.number, generator.serverMs(*item.index),
                                                       generator.producerMs(*item.index)});
            },
            [](FragmentListStreamer* self, const QByteArray& document) {
                self->m_busy = false;
                if (self->m_exchange)
                    self->m_exchange->write(document);
                self->pump();
            });
    }

private:
    QPointer<HttpExchange> m_exchange;
    EmulatorState* m_state;
    StreamSpec m_stream;
    FragmentGenerator m_generator;
    QList<Item> m_items;
    qsizetype m_next = 0;
    bool m_busy = false;
};

void getMediaForFragmentList(ApiCall& call) {
    const auto body = kvs::parseBody(call);
    if (!body)
        return;
    const StreamSpec* stream = kvs::resolveStream(call, *body, kvs::StreamRef::ExactlyOne);
    if (!stream)
        return;
    const QJsonValue fragmentsValue = body->value(QLatin1String("Fragments"));
    if (!present(fragmentsValue))
        return validation(call, QStringLiteral("Value null at 'fragments' failed to satisfy "
                                               "constraint: Member must not be null"));
    const QJsonArray list = fragmentsValue.toArray();
    if (!fragmentsValue.isArray() || list.isEmpty() || list.size() > kMaxFragmentList)
        return validation(call, QStringLiteral("Value at 'fragments' failed to satisfy "
                                               "constraint: Member must have length less than or "
                                               "equal to 1000 and greater than or equal to 1"));
    static const QRegularExpression numberPattern(QStringLiteral("^[0-9]{1,128}$"));
    QSet<QString> seen;
    QList<FragmentListStreamer::Item> items;
    const FragmentGenerator generator = call.state().generator(*stream);
    for (const QJsonValue& v : list) {
        const QString number = v.toString();
        if (!v.isString() || !numberPattern.match(number).hasMatch())
            return validation(call, QStringLiteral("Value '%1' at 'fragments' failed to satisfy "
                                                   "constraint: Member must satisfy regular "
                                                   "expression pattern: ^[0-9]+$")
                                        .arg(number));
        if (seen.contains(number))
            return kvs::invalidArgument(
                call, QStringLiteral("Fragments contains the fragment number %1 more than once.")
                          .arg(number));
        seen.insert(number);
        items.append({number, generator.indexOfNumber(number, call.nowMs())});
    }
    if (!call.checkQuota(stream->name))
        return;
    HttpExchange* exchange = call.exchange();
    if (!call.beginStream(200, {{QByteArray("Content-Type"), QByteArray("video/webm")}}))
        return;
    auto* streamer = new FragmentListStreamer(exchange, &call.state(), *stream, std::move(items));
    streamer->pump();
}

// --- GetClip --------------------------------------------------------------------------------

void getClip(ApiCall& call) {
    const auto body = kvs::parseBody(call);
    if (!body)
        return;
    const StreamSpec* stream = kvs::resolveStream(call, *body, kvs::StreamRef::ExactlyOne);
    if (!stream)
        return;
    const QJsonValue selectorValue = body->value(QLatin1String("ClipFragmentSelector"));
    if (!present(selectorValue))
        return validation(call, QStringLiteral("Value null at 'clipFragmentSelector' failed to "
                                               "satisfy constraint: Member must not be null"));
    const QJsonObject selector = selectorValue.toObject();
    const auto kind = selectorType(call, selector.value(QLatin1String("FragmentSelectorType")),
                                   QStringLiteral("clipFragmentSelector.fragmentSelectorType"));
    if (!kind)
        return;
    const QJsonObject range = selector.value(QLatin1String("TimestampRange")).toObject();
    const auto start = timestampMs(range.value(QLatin1String("StartTimestamp")));
    const auto end = timestampMs(range.value(QLatin1String("EndTimestamp")));
    if (!start || !end)
        return kvs::invalidArgument(
            call, QStringLiteral("TimestampRange requires StartTimestamp and EndTimestamp."));
    if (*end <= *start)
        return kvs::invalidArgument(
            call, QStringLiteral("StartTimestamp must be earlier than EndTimestamp."));
    if (stream->dataRetentionHours <= 0)
        return call.fail(kvsError(400, QStringLiteral("NoDataRetentionException"),
                                  QStringLiteral("The stream has no data retention.")));
    if (!stream->video.decodable())
        return call.fail(kvsError(
            400, QStringLiteral("UnsupportedStreamMediaTypeException"),
            QStringLiteral("The type of the media (for example, h.264 or h.265 video or AAC or "
                           "G.711 audio) could not be determined from the codec IDs of the "
                           "tracks in the first fragment for a playback session. The codec ID "
                           "for track 1 should be V_MPEG/ISO/AVC and, optionally, the codec ID "
                           "for track 2 should be A_AAC.")));
    if (!call.checkQuota(stream->name))
        return;
    const FragmentGenerator generator = call.state().generator(*stream);
    QList<qint64> indices;
    for (const IndexRange& r : generator.select(*kind, *start, *end, call.nowMs()))
        for (qint64 i = r.first; i <= r.last && indices.size() < ClipWriter::kMaxFragments; ++i)
            indices.append(i);
    if (indices.isEmpty())
        return call.fail(kvsError(404, QStringLiteral("ResourceNotFoundException"),
                                  QStringLiteral("No fragments found in the stream for the "
                                                 "clip request.")));
    call.deferReply(200);
    SyntheticMedia* media = &call.state().media;
    const StreamSpec spec = *stream;
    runOnWorker<QByteArray, HttpExchange>(
        call.state(), call.exchange(),
        [media, spec, generator, kind, indices] {
            QString error;
            return ClipWriter::write(
                indices.size(),
                [&](qsizetype n) -> ClipWriter::Piece {
                    const qint64 index = indices[n];
                    return {media->fragment(spec, index), *kind == TimestampType::Server
                                                              ? generator.serverMs(index)
                                                              : generator.producerMs(index)};
                },
                &error);
        },
        [](HttpExchange* exchange, const QByteArray& mp4) {
            if (mp4.isEmpty()) {
                ServiceError e = ServiceError::make(500, QStringLiteral("InternalFailure"),
                                                    QStringLiteral("The clip could not be made."));
                e.senderFault = false;
                exchange->respond(renderError(Protocol::RestJson, e, exchange->requestId()));
                return;
            }
            HttpResponse response;
            response.status = 200;
            response.headers.append({QByteArray("Content-Type"), QByteArray("video/mp4")});
            response.body = mp4;
            exchange->respond(std::move(response));
        });
}

Route route(const char* path, const char* operation, std::function<void(ApiCall&)> handler) {
    return Route{
        "POST",       QString::fromLatin1(path), QString::fromLatin1(operation), Protocol::RestJson,
        kSigningName, std::move(handler)};
}

} // namespace

void addMediaRoutes(Router& router) {
    router.add(route("/getImages", "GetImages", getImages));
    router.add(
        route("/getMediaForFragmentList", "GetMediaForFragmentList", getMediaForFragmentList));
    router.add(route("/getClip", "GetClip", getClip));
    router.add(route("/describeImageGenerationConfiguration",
                     "DescribeImageGenerationConfiguration", describeImageGenerationConfiguration));
}

} // namespace kinescope::emu
