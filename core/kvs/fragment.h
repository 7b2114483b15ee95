#pragma once

#include <QString>
#include <QtGlobal>

namespace kinescope {

// Which clock a selection or ordering uses (ListFragments FragmentSelectorType).
enum class TimestampType { Server, Producer };

// One archived fragment as ListFragments returns it. Timestamps are epoch milliseconds (UTC).
// Fragment numbers are long decimal strings; they are kept exactly, never as numbers.
struct Fragment {
    QString fragmentNumber;
    qint64 sizeBytes = 0;
    qint64 producerMs = 0;
    qint64 serverMs = 0;
    qint64 durationMs = 0;

    qint64 timestamp(TimestampType type) const {
        return type == TimestampType::Server ? serverMs : producerMs;
    }
    qint64 driftMs() const { return serverMs - producerMs; }
};

} // namespace kinescope
