#pragma once

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace kinescope::emu {

// A half-open time range [startMs, endMs) in epoch milliseconds.
struct TimeRange {
    qint64 startMs = 0;
    qint64 endMs = 0;
    bool contains(qint64 ms) const { return ms >= startMs && ms < endMs; }
};

// Long-term IAM user keys the emulator accepts.
struct AccessKeySpec {
    QString accessKeyId;
    QString secretAccessKey;
    QString userName = QStringLiteral("kinescope");
    QStringList allowedStreams; // empty = every stream
};

// A role that AssumeRole may assume.
struct RoleSpec {
    QString arn;        // arn:aws:iam::123456789012:role/Name
    QString externalId; // required ExternalId when not empty
    int maxSessionDurationS = 43200;
    QStringList allowedStreams; // empty = every stream
    QString name() const { return arn.section(QLatin1Char('/'), -1); }
};

// An SSO access token (as in ~/.aws/sso/cache) and what it may get credentials for.
struct SsoTokenSpec {
    QString accessToken;
    QString accountId;
    QStringList roleNames;
    qint64 expiresMs = 0; // 0 = never
    QStringList allowedStreams;
};

// The producer's clock relative to the server's: a constant offset and an optional jump.
struct ProducerClockSpec {
    qint64 offsetMs = 0;
    bool hasJump = false;
    qint64 jumpAtMs = 0; // server time of the jump
    qint64 jumpMs = 0;   // added to the offset from jumpAtMs on
};

// The synthetic camera's picture (emulator/media). codec "h264" (default) is real H.264;
// "unsupported" still carries H.264 samples but labels the track with a codec id no player
// or KVS API accepts (kUnsupportedCodecId), for the "codec the player cannot decode" paths.
struct VideoSpec {
    int width = 640;
    int height = 360;
    int fps = 10;
    QString codec = QStringLiteral("h264");
    bool decodable() const { return codec == QLatin1String("h264"); }
};

struct StreamSpec {
    QString name;
    QString deviceName;
    QString mediaType = QStringLiteral("video/h264");
    QString kmsKeyId = QStringLiteral("arn:aws:kms:us-east-1:123456789012:alias/aws/kinesisvideo");
    QString version;
    QString status = QStringLiteral("ACTIVE");
    int dataRetentionHours = 168;
    qint64 creationMs = 0;
    qint64 fragmentDurationMs = 2000;
    qint64 minFragmentBytes = 200 * 1024;
    qint64 maxFragmentBytes = 800 * 1024;
    qint64 footageStartMs = 0;
    qint64 footageEndMs = 0; // ignored when live
    bool live = false;       // footage continues up to the server's current time
    QList<TimeRange> gaps;   // sorted, merged
    ProducerClockSpec producerClock;
    qint64 ingestLatencyMinMs = 150; // server timestamp = nominal start + latency
    qint64 ingestLatencyMaxMs = 900;
    bool duplicatesAcrossPages = false;
    VideoSpec video;
    bool imageGeneration = true; // the stream has an (ENABLED) image-generation configuration

    QString arn(const QString& region, const QString& account) const;
};

// What the emulator serves: accounts, credentials, roles, SSO tokens and streams.
// Relative times in the JSON ("-7d", "now-90m") are resolved against anchorMs.
struct Scenario {
    QString region = QStringLiteral("us-east-1");
    QString accountId = QStringLiteral("123456789012");
    QList<AccessKeySpec> credentials;
    QList<RoleSpec> roles;
    QList<SsoTokenSpec> ssoTokens;
    QList<StreamSpec> streams;
    qint64 anchorMs = 0;

    // Parses a scenario document (format: emulator/README.md).
    static std::optional<Scenario> fromJson(const QByteArray& json, qint64 nowMs,
                                            QString* error = nullptr);
    static std::optional<Scenario> load(const QString& path, qint64 nowMs,
                                        QString* error = nullptr);
    // The scenario compiled into the library (emulator/scenarios/default.json).
    static Scenario defaultScenario(qint64 nowMs);
    static QByteArray defaultScenarioJson();

    const StreamSpec* findStream(const QString& name) const;
    const StreamSpec* findStreamByArn(const QString& arn) const;
    const AccessKeySpec* findAccessKey(const QString& accessKeyId) const;
    const RoleSpec* findRole(const QString& arn) const;
    const SsoTokenSpec* findSsoToken(const QString& token) const;
};

// Time and duration syntax of scenario files, exposed for tests.
// Durations: "90s", "15m", "2h", "1d12h30m", "500ms" or a number of milliseconds.
std::optional<qint64> parseDurationMs(const QString& text);
// Times: "now", "now-7d", "-7d", "now+1h", ISO 8601 ("2024-05-01T10:00:00Z") or a number
// of epoch milliseconds.
std::optional<qint64> parseTimeMs(const QString& text, qint64 anchorMs);

} // namespace kinescope::emu
