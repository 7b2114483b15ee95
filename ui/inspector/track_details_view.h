#pragma once

#include "core/media/inspect_types.h"

#include <QTreeWidget>

namespace kinescope {

// The tracks of an inspected stream with their decoded codec private data (profile, level,
// resolution, frame rate, parameter sets; AAC configuration), one expandable row per track.
class TrackDetailsView : public QTreeWidget {
    Q_OBJECT

public:
    explicit TrackDetailsView(QWidget* parent = nullptr);
    void setTracks(const QList<TrackInfo>& tracks);
};

} // namespace kinescope
