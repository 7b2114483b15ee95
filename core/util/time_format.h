#pragma once

#include "core/util/result.h"

#include <QDateTime>
#include <QString>

namespace kinescope {

// "2024-05-01T12:00:00Z", "2024-05-01T14:00:00.250+02:00" or epoch seconds ("1714564800",
// "1714564800.25") → epoch milliseconds UTC. A time without a zone is rejected, because
// guessing the zone of a security recording is worse than asking.
Result<qint64> parseTimeArgument(const QString& text);

// Epoch ms → "2024-05-01T12:00:00.250Z"
QString formatIsoUtcMs(qint64 epochMs);

// Epoch seconds with fractions as AWS JSON sends them (1714564800.25) ↔ epoch ms.
qint64 awsEpochSecondsToMs(double seconds);
double msToAwsEpochSeconds(qint64 ms);

// An HTTP Date header ("Sun, 06 Nov 1994 08:49:37 GMT", RFC 7231 IMF-fixdate; also the
// RFC 850 and asctime forms) → UTC; invalid QDateTime when unreadable.
QDateTime parseHttpDate(const QByteArray& value);

// "1 h 5 min", "350 ms", "2 d 3 h" for durations shown to people.
QString formatDuration(qint64 ms);

} // namespace kinescope
