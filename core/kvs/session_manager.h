#pragma once

#include "core/aws/aws_error.h"
#include "core/kvs/fragment_index.h"
#include "core/kvs/kvs_types.h"
#include "core/kvs/playback_time_map.h"
#include "core/util/result.h"

#include <QList>
#include <QObject>
#include <QPointer>
#include <QTimer>
#include <QUrl>

#include <memory>
#include <optional>

namespace kinescope {

class KvsClient;
class LiveSessionBudget;
class ReviewState;
// Forward-declared on purpose: core/media has another ContainerFormat, and AUTOMOC compiles
// every moc of kinescope_core in one translation unit.
struct StreamingSessionOptions;

// Keeps a player supplied with HLS/DASH session URLs: opens the session, renews it before it
// expires, plays ON_DEMAND ranges longer than one playlist allows as a chain of sessions
// (chunks), stays within the live-session budget of the stream, and says in one sentence why
// nothing plays when that is the case.
//
// Chunks: an ON_DEMAND range is split so that each chunk is at most 24 h and, with a
// ReviewState whose index covers the range, holds fewer fragments than the session's maximum
// (else by time, assuming fragments of at least assumedFragmentMs). advance() moves to the next
// chunk; the player calls it when a chunk's media ends.
class SessionManager : public QObject {
    Q_OBJECT
public:
    enum class ReadyReason { Started, Renewed, Chained };
    Q_ENUM(ReadyReason)

    SessionManager(KvsClient* kvs, QObject* parent = nullptr);
    ~SessionManager() override;

    // Shared per Workspace; null = no local budget (AWS still enforces its own).
    void setBudget(LiveSessionBudget* budget);
    // The review whose index and stream details inform chunking and diagnosis (optional).
    void setReviewState(ReviewState* review);
    // Renew this long before the session expires (default 60 s). Tests use a large lead to
    // renew within seconds of the start.
    void setRenewLeadMs(qint64 leadMs) { m_renewLeadMs = leadMs; }
    qint64 renewLeadMs() const { return m_renewLeadMs; }
    // Fragment length assumed when chunking without an index (default 1 s: safe for most cameras).
    void setAssumedFragmentMs(qint64 ms) { m_assumedFragmentMs = std::max<qint64>(1, ms); }

    void start(const StreamRef& stream, const StreamingSessionOptions& options);
    void stop();
    // Next chunk of an ON_DEMAND chain; false (and finished()) after the last one.
    bool advance();
    // Asks for a new session for the current chunk now.
    void renewNow();
    // The player could not fetch the session's media (HTTP status, AWS error type or text):
    // explains (an expired session, most often) and opens a new session.
    void reportPlaybackFailure(int httpStatus, const QString& detail);

    bool isActive() const { return m_active; }
    const StreamRef& stream() const { return m_stream; }
    const StreamingSessionOptions& options() const { return *m_options; }
    QUrl currentUrl() const { return m_url; }
    const QList<TimeInterval>& chunks() const { return m_chunks; }
    int currentChunk() const { return m_chunk; }
    TimeInterval currentRange() const;
    ReadyReason lastReadyReason() const { return m_reason; }
    int sessionsOpened() const { return m_opened; }
    qint64 expiresAtMs() const { return m_expiresAtMs; } // local clock, 0 = none
    // Player position ↔ wall clock for the current chunk (empty without a matching index).
    PlaybackTimeMap timeMap() const;

    // The sentence for an AWS error on a session call (public for the CLI and tests).
    static QString explain(const AwsError& error, const StreamingSessionOptions& options,
                           qint64 clockSkewSeconds);

Q_SIGNALS:
    void sessionReady(QUrl url, kinescope::TimeInterval range);
    void problem(QString explanation, std::optional<kinescope::AwsError> error);
    void finished();

private:
    bool sameStream() const;
    bool indexCovers(qint64 startMs, qint64 endMs) const;
    QString localDiagnosis() const;
    void planChunks();
    void openSession(ReadyReason reason);
    void onSession(const Result<QUrl>& url, ReadyReason reason, quint64 reservation,
                   quint64 generation);
    qint64 serverNowMs() const;
    StreamingSessionOptions chunkOptions() const;

    KvsClient* m_kvs;
    QPointer<LiveSessionBudget> m_budget;
    QPointer<ReviewState> m_review;
    StreamRef m_stream;
    std::unique_ptr<StreamingSessionOptions> m_options;
    QList<TimeInterval> m_chunks;
    int m_chunk = 0;
    bool m_active = false;
    bool m_requestInFlight = false;
    quint64 m_generation = 0;
    QUrl m_url;
    ReadyReason m_reason = ReadyReason::Started;
    int m_opened = 0;
    qint64 m_expiresAtMs = 0;
    qint64 m_renewLeadMs = 60 * 1000;
    qint64 m_assumedFragmentMs = 1000;
    QTimer m_renewTimer;
    QTimer m_retryTimer;
};

} // namespace kinescope
