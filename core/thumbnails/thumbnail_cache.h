#pragma once

#include <QByteArray>
#include <QHash>
#include <QImage>
#include <QMap>
#include <QString>

#include <optional>

namespace kinescope {

// Thumbnails of one stream, one clock and one image setting ("shelf"): encoded files on disk
// (<dir>/<epoch ms>.<ext>, written atomically) and decoded images in memory (at most
// memoryLimit, least recently used dropped). Times without an image (NO_MEDIA, MEDIA_ERROR)
// are remembered in memory only: a gap near "now" may still fill.
class ThumbnailCache {
public:
    explicit ThumbnailCache(int memoryLimit = 600);

    // Switches to the shelf in `dir` (created on demand; empty = memory only) and reads which
    // times it holds. Clears the memory.
    void setLocation(const QString& dir);
    QString location() const { return m_dir; }
    void setMemoryLimit(int limit);
    int memoryCount() const { return int(m_memory.size()); }

    // The latest time in [ms - toleranceMs, ms] with an image (memory or disk), if any.
    std::optional<qint64> findTime(qint64 ms, qint64 toleranceMs) const;
    std::optional<QImage> find(qint64 ms, qint64 toleranceMs) const;
    std::optional<QImage> image(qint64 exactMs) const;
    // A remembered error within [ms - toleranceMs, ms].
    std::optional<QString> missing(qint64 ms, qint64 toleranceMs) const;

    // Stores an image: `encoded` (JPEG/PNG bytes) goes to disk as-is when given, else the
    // image is written as JPEG. Returns false when the disk write failed (memory still has it).
    bool insert(qint64 ms, const QImage& image, const QByteArray& encoded = {},
                const QString& extension = QStringLiteral("jpg"));
    void insertMissing(qint64 ms, const QString& error);

private:
    void touch(qint64 ms, const QImage& image) const;

    QString m_dir;
    int m_limit;
    QMap<qint64, QString> m_files; // time → file name in m_dir
    QMap<qint64, QString> m_missing;
    mutable QHash<qint64, QImage> m_memory;
    mutable QHash<qint64, quint64> m_lastUse;
    mutable quint64 m_clock = 0;
};

} // namespace kinescope
