#pragma once

#include "core/kvs/fragment.h"

#include <QJsonObject>
#include <QString>

namespace kinescope {

// A stream named either by name or by ARN (the APIs take exactly one of them).
struct StreamRef {
    QString name;
    QString arn;

    static StreamRef byName(QString n) { return {std::move(n), {}}; }
    static StreamRef byArn(QString a) { return {{}, std::move(a)}; }

    bool isValid() const { return name.isEmpty() != arn.isEmpty(); }
    QString key() const { return arn.isEmpty() ? QStringLiteral("name:") + name : arn; }
    QString display() const { return arn.isEmpty() ? name : arn; }
    // Adds StreamName or StreamARN to a request body.
    void addTo(QJsonObject& body) const {
        if (arn.isEmpty())
            body.insert(QStringLiteral("StreamName"), name);
        else
            body.insert(QStringLiteral("StreamARN"), arn);
    }
};

// DescribeStream / ListStreams StreamInfo.
struct StreamInfo {
    QString deviceName;
    QString streamName;
    QString streamArn;
    QString mediaType;
    QString kmsKeyId;
    QString version;
    QString status;
    qint64 creationTimeMs = 0;
    int dataRetentionInHours = 0;
};

// ListFragments FragmentSelector: a clock and a time range [startMs, endMs] (inclusive, as AWS).
struct FragmentSelector {
    TimestampType type = TimestampType::Server;
    qint64 startMs = 0;
    qint64 endMs = 0;
};

// The APIName values of GetDataEndpoint.
namespace KvsApi {
inline const QString ListFragments = QStringLiteral("LIST_FRAGMENTS");
inline const QString GetMedia = QStringLiteral("GET_MEDIA");
inline const QString GetMediaForFragmentList = QStringLiteral("GET_MEDIA_FOR_FRAGMENT_LIST");
inline const QString GetHlsStreamingSessionUrl = QStringLiteral("GET_HLS_STREAMING_SESSION_URL");
inline const QString GetDashStreamingSessionUrl = QStringLiteral("GET_DASH_STREAMING_SESSION_URL");
inline const QString GetClip = QStringLiteral("GET_CLIP");
inline const QString GetImages = QStringLiteral("GET_IMAGES");
inline const QString PutMedia = QStringLiteral("PUT_MEDIA");
} // namespace KvsApi

} // namespace kinescope
