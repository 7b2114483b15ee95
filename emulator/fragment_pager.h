#pragma once

#include "emulator/fragment_generator.h"

#include <QList>
#include <QString>

#include <optional>

namespace kinescope::emu {

// Where a ListFragments listing stands; travels as the opaque NextToken (base64 JSON).
// The query is frozen in the token (including the server time of the first page), so
// later pages list the same set even while a live stream grows.
struct FragmentCursor {
    QString stream;
    bool hasSelector = false;
    TimestampType type = TimestampType::Server;
    qint64 fromMs = 0;
    qint64 toMs = 0;
    qint64 asOfMs = 0; // server time of the first page
    qint64 offset = 0; // results (ranks) already handed out
    qint64 window = 0; // shuffle window, fixed by the first page's MaxResults

    QString encode() const;
    static std::optional<FragmentCursor> decode(const QString& token);
};

// Pages through a result set in no particular order, as AWS documents for ListFragments
// ("no specific order, even across pages"): results are shuffled inside windows of three
// pages with a permutation seeded by the query, so fragments move within and across pages.
// With duplicates on, later pages repeat a few fragments of earlier ones.
class FragmentPager {
public:
    struct Page {
        QList<qint64> indices; // fragment indices, in response order
        std::optional<FragmentCursor> next;
    };

    static Page page(const QList<IndexRange>& ranges, const FragmentCursor& cursor,
                     qint64 maxResults, bool duplicates);

    // Position (0-based, in index order) of the result at `rank` of the shuffled order.
    static qint64 positionOfRank(qint64 rank, qint64 total, qint64 window, quint64 seed);
    static quint64 seedOf(const FragmentCursor& cursor);
};

} // namespace kinescope::emu
