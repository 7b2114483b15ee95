#include "core/util/time_format.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QLocale>
#include <QRegularExpression>

#include <cmath>

namespace kinescope {

Result<qint64> parseTimeArgument(const QString& input) {
    const QString text = input.trimmed();
    static const QRegularExpression epochRe(QStringLiteral("^\\d{1,12}(\\.\\d{1,9})?$"));
    if (epochRe.match(text).hasMatch())
        return qint64(std::llround(text.toDouble() * 1000.0));

    static const QRegularExpression isoRe(QStringLiteral(
        "^\\d{4}-\\d{2}-\\d{2}[T ]\\d{2}:\\d{2}(:\\d{2}(\\.\\d{1,9})?)?(Z|[+-]\\d{2}:?\\d{2})$"));
    if (isoRe.match(text).hasMatch()) {
        QString normalized = text;
        normalized.replace(10, 1, QLatin1Char('T'));
        // Qt parses at most millisecond fractions; trim longer ones.
        static const QRegularExpression longFraction(QStringLiteral("(\\.\\d{3})\\d+"));
        normalized.replace(longFraction, QStringLiteral("\\1"));
        // Qt wants +hh:mm.
        static const QRegularExpression compactZone(QStringLiteral("([+-]\\d{2})(\\d{2})$"));
        normalized.replace(compactZone, QStringLiteral("\\1:\\2"));
        const QDateTime dt = QDateTime::fromString(normalized, Qt::ISODateWithMs);
        if (dt.isValid())
            return dt.toMSecsSinceEpoch();
    }
    return AwsError::make(
        AwsError::Kind::Usage, QStringLiteral("InvalidTime"),
        QCoreApplication::translate("kinescope::Time",
                                    "'%1' is not a time: use ISO 8601 with a zone "
                                    "(2024-05-01T12:00:00Z, 2024-05-01T14:00:00+02:00) or "
                                    "epoch seconds")
            .arg(input));
}

QString formatIsoUtcMs(qint64 epochMs) {
    return QDateTime::fromMSecsSinceEpoch(epochMs, Qt::UTC)
        .toString(QStringLiteral("yyyy-MM-dd'T'HH:mm:ss.zzz'Z'"));
}

qint64 awsEpochSecondsToMs(double seconds) {
    return qint64(std::llround(seconds * 1000.0));
}

double msToAwsEpochSeconds(qint64 ms) {
    return double(ms) / 1000.0;
}

QDateTime parseHttpDate(const QByteArray& value) {
    const QString text = QString::fromLatin1(value).simplified();
    const QLocale c = QLocale::c();
    for (const char* format : {"ddd, dd MMM yyyy HH:mm:ss 'GMT'", "dddd, dd-MMM-yy HH:mm:ss 'GMT'",
                               "ddd MMM d HH:mm:ss yyyy"}) {
        QDateTime dt = c.toDateTime(text, QLatin1String(format));
        if (dt.isValid()) {
            if (dt.date().year() < 1970) // two-digit years of RFC 850
                dt = dt.addYears(100);
            dt.setTimeSpec(Qt::UTC);
            return dt;
        }
    }
    QDateTime dt = QDateTime::fromString(text, Qt::RFC2822Date);
    return dt.isValid() ? dt.toUTC() : QDateTime();
}

QString formatDuration(qint64 ms) {
    if (ms < 1000)
        return QStringLiteral("%1 ms").arg(ms);
    qint64 s = ms / 1000;
    const qint64 d = s / 86400;
    s %= 86400;
    const qint64 h = s / 3600;
    s %= 3600;
    const qint64 m = s / 60;
    s %= 60;
    QStringList parts;
    if (d)
        parts << QStringLiteral("%1 d").arg(d);
    if (h)
        parts << QStringLiteral("%1 h").arg(h);
    if (m && !d)
        parts << QStringLiteral("%1 min").arg(m);
    if (s && !d && !h)
        parts << QStringLiteral("%1 s").arg(s);
    if (parts.isEmpty())
        parts << QStringLiteral("0 s");
    return parts.join(QLatin1Char(' '));
}

} // namespace kinescope
