#include "emulator/streaming_service.h"

#include "emulator/dash_manifest.h"
#include "emulator/emulator_state.h"
#include "emulator/fmp4_writer.h"
#include "emulator/hls_playlist.h"
#include "emulator/kvs_common.h"
#include "emulator/streaming_request.h"
#include "emulator/ts_writer.h"

#include <algorithm>
#include <memory>

namespace kinescope::emu {

namespace {

// "Maximum number of active streaming sessions per stream" for LIVE sessions (KVS limits).
constexpr int kMaxLiveSessionsPerStream = 10;
const QString kAvcCodecId = QStringLiteral("V_MPEG4/ISO/AVC");

using Store = std::shared_ptr<SessionStore>;

void notAuthorized(ApiCall& call, const QString& message) {
    // The API reference: "Status Code: 403, The caller is not authorized ... or the token has
    // expired" (the model's 401 is for the signed operations).
    call.fail(kvsError(403, QStringLiteral("NotAuthorizedException"), message));
}

void notFound(ApiCall& call, const QString& message) {
    call.fail(kvsError(404, QStringLiteral("ResourceNotFoundException"), message));
}

void createSession(ApiCall& call, StreamingProtocol protocol, const Store& store) {
    const auto body = kvs::parseBody(call);
    if (!body)
        return;
    QString problem;
    const auto parameters = parseSessionRequest(*body, protocol, call.nowMs(), &problem);
    if (!parameters)
        return kvs::invalidArgument(call, problem);
    const StreamSpec* stream = kvs::resolveStream(call, *body, kvs::StreamRef::EitherOrBoth);
    if (!stream)
        return;
    if (!call.checkQuota(stream->name))
        return;
    if (stream->dataRetentionHours <= 0)
        return call.fail(kvsError(400, QStringLiteral("NoDataRetentionException"),
                                  QStringLiteral("The stream %1 does not retain data "
                                                 "(DataRetentionInHours is 0).")
                                      .arg(stream->name)));
    if (!stream->mediaType.startsWith(QLatin1String("video/h264")) || !stream->video.decodable())
        return call.fail(kvsError(
            400, QStringLiteral("UnsupportedStreamMediaTypeException"),
            QStringLiteral("The type of the media could not be determined from the codec IDs of "
                           "the tracks in the first fragment for a playback session. The codec "
                           "ID for track 1 should be V_MPEG/ISO/AVC.")));
    const qint64 now = call.nowMs();
    store->purgeExpired(now);
    if (parameters->mode == PlaybackMode::Live &&
        store->activeLiveSessions(stream->name, protocol, now) >= kMaxLiveSessionsPerStream)
        return call.fail(kvsError(
            400, QStringLiteral("ClientLimitExceededException"),
            QStringLiteral("Kinesis Video Streams has throttled the request because you have "
                           "exceeded the limit of %1 active LIVE streaming sessions for this "
                           "stream. Try making the call later.")
                .arg(kMaxLiveSessionsPerStream)));
    const int expiry = call.state().faults.sessionExpirySeconds > 0
                           ? call.state().faults.sessionExpirySeconds
                           : parameters->expiresSeconds;
    auto session = store->create(stream->name, *parameters, now, qint64(expiry) * 1000);
    if (!session->refresh(call.state().generator(*stream), now)) {
        store->remove(session->token());
        return notFound(call, parameters->mode == PlaybackMode::Live
                                  ? QStringLiteral("No fragments found in the stream within the "
                                                   "last 30 seconds for the LIVE session.")
                                  : QStringLiteral("No fragments found in the stream for the "
                                                   "requested time range."));
    }
    const bool hls = protocol == StreamingProtocol::Hls;
    const QString url = call.state().baseUrl.toString() +
                        (hls ? QStringLiteral("/hls/v1/getHLSMasterPlaylist.m3u8?SessionToken=")
                             : QStringLiteral("/dash/v1/getDASHManifest.mpd?SessionToken=")) +
                        session->token();
    QJsonObject out;
    out.insert(hls ? QStringLiteral("HLSStreamingSessionURL")
                   : QStringLiteral("DASHStreamingSessionURL"),
               url);
    call.replyJson(out);
}

// The session named by ?SessionToken=, unexpired, of the route's protocol, with its stream.
struct Resolved {
    std::shared_ptr<StreamingSession> session;
    const StreamSpec* stream = nullptr;
};

std::optional<Resolved> resolveSession(ApiCall& call, const Store& store,
                                       StreamingProtocol protocol) {
    const QString token = call.request().queryValue(QStringLiteral("SessionToken"));
    if (token.isEmpty()) {
        kvs::invalidArgument(call, QStringLiteral("SessionToken is required."));
        return std::nullopt;
    }
    Resolved r;
    r.session = store->find(token);
    if (!r.session || r.session->parameters().protocol != protocol) {
        notAuthorized(call, QStringLiteral("Streaming session token is invalid."));
        return std::nullopt;
    }
    if (r.session->expired(call.nowMs())) {
        notAuthorized(call, QStringLiteral("Streaming session token is expired."));
        return std::nullopt;
    }
    const QString track = call.request().queryValue(QStringLiteral("TrackNumber"));
    if (!track.isEmpty() && track != QLatin1String("1")) {
        notFound(call, QStringLiteral("Track %1 is not in the stream.").arg(track));
        return std::nullopt;
    }
    r.stream = call.state().scenario.findStream(r.session->streamName());
    if (!r.stream) {
        notFound(call, QStringLiteral("The requested stream is not found or not active."));
        return std::nullopt;
    }
    return r;
}

// The media of a session fragment; answers the error and returns null when it can't.
std::shared_ptr<const EncodedFragment> media(ApiCall& call, const Resolved& r, qint64 index) {
    QString error;
    auto fragment = call.state().media.fragment(*r.stream, index, &error);
    if (!fragment) {
        ServiceError e = kvsError(500, QStringLiteral("InternalFailure"),
                                  QStringLiteral("The fragment's media could not be read."));
        e.senderFault = false;
        call.fail(e);
        return nullptr;
    }
    if (fragment->codecId != kAvcCodecId) {
        call.fail(kvsError(400, QStringLiteral("UnsupportedStreamMediaTypeException"),
                           QStringLiteral("The codec ID %1 of track 1 cannot be packaged; it "
                                          "should be V_MPEG/ISO/AVC.")
                               .arg(fragment->codecId)));
        return nullptr;
    }
    if (fragment->avcC.isEmpty() || fragment->sps.size() < 4) {
        call.fail(kvsError(400, QStringLiteral("InvalidCodecPrivateDataException"),
                           QStringLiteral("The codec private data in track 1 is not valid.")));
        return nullptr;
    }
    return fragment;
}

// Brings the session up to date and returns what a playlist or manifest shows now.
std::optional<StreamingSession::Window> currentWindow(ApiCall& call, const Resolved& r) {
    r.session->refresh(call.state().generator(*r.stream), call.nowMs());
    return r.session->window(call.nowMs());
}

std::optional<TrackDescription> describeTrack(ApiCall& call, const Resolved& r) {
    const auto& all = r.session->fragments();
    if (all.empty()) {
        notFound(call, QStringLiteral("No fragments found in the stream for the session."));
        return std::nullopt;
    }
    // The session's first fragment: the same (cached) answer on every refresh.
    const auto m = media(call, r, all.front().index);
    if (!m)
        return std::nullopt;
    TrackDescription t;
    t.codecs = Fmp4Writer::codecString(*m);
    t.width = m->width;
    t.height = m->height;
    t.fps = m->fps;
    qint64 bytes = 0;
    for (const VideoSample& s : m->samples)
        bytes += s.data.size();
    // Measured on one fragment, with headroom for the container and busier pictures.
    t.bandwidth =
        std::max<qint64>(1, bytes * 8 * 1000 / std::max<qint64>(1, m->durationMs)) * 5 / 4;
    return t;
}

void reply(ApiCall& call, const QByteArray& contentType, const QByteArray& body) {
    HttpResponse response;
    response.status = 200;
    response.setHeader("Content-Type", contentType);
    response.body = body;
    call.reply(std::move(response));
}

void hlsMaster(ApiCall& call, const Store& store) {
    const auto r = resolveSession(call, store, StreamingProtocol::Hls);
    if (!r)
        return;
    currentWindow(call, *r); // brings the session up to date
    const auto track = describeTrack(call, *r);
    if (track)
        reply(call, "application/x-mpegURL", HlsPlaylist::master(*r->session, *track));
}

void hlsMedia(ApiCall& call, const Store& store) {
    const auto r = resolveSession(call, store, StreamingProtocol::Hls);
    if (!r)
        return;
    const auto w = currentWindow(call, *r);
    reply(call, "application/x-mpegURL", HlsPlaylist::media(*r->session, *w));
}

void dashManifest(ApiCall& call, const Store& store) {
    const auto r = resolveSession(call, store, StreamingProtocol::Dash);
    if (!r)
        return;
    const auto w = currentWindow(call, *r);
    const auto track = describeTrack(call, *r);
    if (track)
        reply(call, "application/dash+xml",
              DashManifest::build(*r->session, *w, *track, call.nowMs()));
}

void initFragment(ApiCall& call, const Store& store, StreamingProtocol protocol) {
    const auto r = resolveSession(call, store, protocol);
    if (!r)
        return;
    if (r->session->parameters().container != ContainerFormat::FragmentedMp4)
        return kvs::invalidArgument(
            call, QStringLiteral("The session's ContainerFormat is MPEG_TS: use GetTSFragment."));
    const auto& all = r->session->fragments();
    if (all.empty())
        return notFound(call, QStringLiteral("No fragments found in the stream for the session."));
    if (const auto m = media(call, *r, all.front().index))
        reply(call, "video/mp4", Fmp4Writer::initSegment(*m));
}

// HLS names fragments by their KVS fragment number; DASH by their sequence number in the
// session ($Number$ of the manifest's SegmentTemplate).
void mediaFragment(ApiCall& call, const Store& store, StreamingProtocol protocol, bool ts) {
    const auto r = resolveSession(call, store, protocol);
    if (!r)
        return;
    const bool sessionTs = r->session->parameters().container == ContainerFormat::MpegTs;
    if (ts != sessionTs)
        return kvs::invalidArgument(
            call, ts ? QStringLiteral("The session's ContainerFormat is FRAGMENTED_MP4: use "
                                      "GetMP4MediaFragment.")
                     : QStringLiteral("The session's ContainerFormat is MPEG_TS: use "
                                      "GetTSFragment."));
    const QString number = call.request().queryValue(QStringLiteral("FragmentNumber"));
    if (number.isEmpty())
        return kvs::invalidArgument(call, QStringLiteral("FragmentNumber is required."));
    qint64 position = -1;
    if (protocol == StreamingProtocol::Hls) {
        position = r->session->positionOf(number);
    } else {
        bool ok = false;
        position = number.toLongLong(&ok);
        if (!ok || position >= qint64(r->session->fragments().size()))
            position = -1;
    }
    if (position < 0)
        return notFound(
            call, QStringLiteral("Fragment %1 is not part of the streaming session.").arg(number));
    const SessionFragment& f = r->session->fragments()[size_t(position)];
    const auto m = media(call, *r, f.index);
    if (!m)
        return;
    if (ts) {
        QString error;
        const QByteArray segment = TsWriter::segment(*m, f.mediaTimeMs, &error);
        if (segment.isEmpty()) {
            ServiceError e = kvsError(500, QStringLiteral("InternalFailure"), error);
            e.senderFault = false;
            return call.fail(e);
        }
        return reply(call, "video/MP2T", segment);
    }
    reply(call, "video/mp4", Fmp4Writer::mediaSegment(*m, quint32(position + 1), f.mediaTimeMs));
}

void addGet(Router& router, const QString& path, const QString& operation,
            std::function<void(ApiCall&)> handler) {
    // Unsigned: the session token in the query authorises these, as on AWS.
    router.add(Route{"GET", path, operation, Protocol::RestJson, QString(), std::move(handler)});
}

} // namespace

void addStreamingRoutes(Router& router) {
    const Store store = std::make_shared<SessionStore>();
    const QString signing = QStringLiteral("kinesisvideo");
    router.add(Route{"POST", QStringLiteral("/getHLSStreamingSessionURL"),
                     QStringLiteral("GetHLSStreamingSessionURL"), Protocol::RestJson, signing,
                     [store](ApiCall& c) { createSession(c, StreamingProtocol::Hls, store); }});
    router.add(Route{"POST", QStringLiteral("/getDASHStreamingSessionURL"),
                     QStringLiteral("GetDASHStreamingSessionURL"), Protocol::RestJson, signing,
                     [store](ApiCall& c) { createSession(c, StreamingProtocol::Dash, store); }});
    const auto hls = StreamingProtocol::Hls;
    const auto dash = StreamingProtocol::Dash;
    addGet(router, QStringLiteral("/hls/v1/getHLSMasterPlaylist.m3u8"),
           QStringLiteral("GetHLSMasterPlaylist"), [store](ApiCall& c) { hlsMaster(c, store); });
    addGet(router, QStringLiteral("/hls/v1/getHLSMediaPlaylist.m3u8"),
           QStringLiteral("GetHLSMediaPlaylist"), [store](ApiCall& c) { hlsMedia(c, store); });
    addGet(router, QStringLiteral("/hls/v1/getMP4InitFragment.mp4"),
           QStringLiteral("GetMP4InitFragment"),
           [store, hls](ApiCall& c) { initFragment(c, store, hls); });
    addGet(router, QStringLiteral("/hls/v1/getMP4MediaFragment.mp4"),
           QStringLiteral("GetMP4MediaFragment"),
           [store, hls](ApiCall& c) { mediaFragment(c, store, hls, false); });
    addGet(router, QStringLiteral("/hls/v1/getTSFragment.ts"), QStringLiteral("GetTSFragment"),
           [store, hls](ApiCall& c) { mediaFragment(c, store, hls, true); });
    addGet(router, QStringLiteral("/dash/v1/getDASHManifest.mpd"),
           QStringLiteral("GetDASHManifest"), [store](ApiCall& c) { dashManifest(c, store); });
    addGet(router, QStringLiteral("/dash/v1/getMP4InitFragment.mp4"),
           QStringLiteral("GetMP4InitFragment"),
           [store, dash](ApiCall& c) { initFragment(c, store, dash); });
    addGet(router, QStringLiteral("/dash/v1/getMP4MediaFragment.mp4"),
           QStringLiteral("GetMP4MediaFragment"),
           [store, dash](ApiCall& c) { mediaFragment(c, store, dash, false); });
}

} // namespace kinescope::emu
