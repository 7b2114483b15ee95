#include "tests/emulator/streaming_test_client.h"

#include <QUrlQuery>
#include <QtEndian>

namespace kinescope::test {

RawResponse StreamingTestClient::createSession(bool hls, const QJsonObject& body) const {
    RawHttpClient c(m_emulator->port());
    c.send(jsonRequest(hls ? QStringLiteral("/getHLSStreamingSessionURL")
                           : QStringLiteral("/getDASHStreamingSessionURL"),
                       body, defaultTestCredentials(), m_emulator->port()));
    return c.read();
}

QUrl StreamingTestClient::sessionUrl(bool hls, const QJsonObject& body) const {
    const RawResponse r = createSession(hls, body);
    const QString key =
        hls ? QStringLiteral("HLSStreamingSessionURL") : QStringLiteral("DASHStreamingSessionURL");
    if (r.status != 200) {
        qWarning("session request failed: %d %s", r.status, r.body.constData());
        return {};
    }
    return QUrl(r.json().value(key).toString());
}

RawResponse StreamingTestClient::get(const QUrl& url) const {
    RawHttpClient c(m_emulator->port());
    const QByteArray target =
        url.path(QUrl::FullyEncoded).toLatin1() +
        (url.hasQuery() ? "?" + url.query(QUrl::FullyEncoded).toLatin1() : QByteArray());
    c.send("GET " + target +
           " HTTP/1.1\r\nHost: 127.0.0.1:" + QByteArray::number(m_emulator->port()) + "\r\n\r\n");
    return c.read(60000);
}

RawResponse StreamingTestClient::get(const QUrl& base, const QString& relative) const {
    return get(base.resolved(QUrl(relative)));
}

QJsonObject StreamingTestClient::rangeBody(bool hls, const QString& stream, const QString& mode,
                                           const QString& selector, qint64 startMs,
                                           std::optional<qint64> endMs) {
    QJsonObject range{{QStringLiteral("StartTimestamp"), double(startMs) / 1000.0}};
    if (endMs)
        range.insert(QStringLiteral("EndTimestamp"), double(*endMs) / 1000.0);
    return QJsonObject{
        {QStringLiteral("StreamName"), stream},
        {QStringLiteral("PlaybackMode"), mode},
        {hls ? QStringLiteral("HLSFragmentSelector") : QStringLiteral("DASHFragmentSelector"),
         QJsonObject{{QStringLiteral("FragmentSelectorType"), selector},
                     {QStringLiteral("TimestampRange"), range}}}};
}

HlsPlaylistText::HlsPlaylistText(const QByteArray& text) {
    for (const QByteArray& line : text.split('\n'))
        if (!line.trimmed().isEmpty())
            lines.append(QString::fromUtf8(line.trimmed()));
}

QStringList HlsPlaylistText::uris() const {
    QStringList out;
    for (const QString& l : lines)
        if (!l.startsWith(QLatin1Char('#')))
            out.append(l);
    return out;
}

QStringList HlsPlaylistText::tagValues(const QString& tag) const {
    QStringList out;
    for (const QString& l : lines) {
        if (l == tag)
            out.append(QString());
        else if (l.startsWith(tag + QLatin1Char(':')))
            out.append(l.mid(tag.size() + 1));
    }
    return out;
}

QString HlsPlaylistText::queryValue(const QString& uri, const QString& name) {
    return QUrlQuery(QUrl(uri).query()).queryItemValue(name);
}

qint64 tfdtOf(const QByteArray& segment) {
    const qsizetype p = segment.indexOf("tfdt");
    if (p < 4 || p + 16 > segment.size())
        return -1;
    const char* d = segment.constData() + p + 4;
    if (quint8(d[0]) == 1)
        return qint64(qFromBigEndian<quint64>(d + 4));
    return qint64(qFromBigEndian<quint32>(d + 4));
}

} // namespace kinescope::test
