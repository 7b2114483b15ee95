#include "core/media/inspect_types.h"

namespace kinescope {

QString containerFormatName(MediaContainer format) {
    switch (format) {
    case MediaContainer::Matroska:
        return QStringLiteral("matroska");
    case MediaContainer::Mp4:
        return QStringLiteral("mp4");
    case MediaContainer::Unknown:
        break;
    }
    return QStringLiteral("unknown");
}

QString ParseError::toString() const {
    return QStringLiteral("at byte offset %1: %2").arg(offset).arg(message);
}

QString FragmentSummary::tag(QStringView name) const {
    for (const auto& t : tags) {
        if (t.first == name)
            return t.second;
    }
    return {};
}

} // namespace kinescope
