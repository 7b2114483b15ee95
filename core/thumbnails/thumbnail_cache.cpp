#include "core/thumbnails/thumbnail_cache.h"

#include <QBuffer>
#include <QDir>
#include <QSaveFile>

#include <algorithm>

namespace kinescope {

ThumbnailCache::ThumbnailCache(int memoryLimit)
    : m_limit(std::max(1, memoryLimit)) {
}

void ThumbnailCache::setLocation(const QString& dir) {
    m_dir = dir;
    m_files.clear();
    m_missing.clear();
    m_memory.clear();
    m_lastUse.clear();
    if (dir.isEmpty())
        return;
    QDir d(dir);
    d.mkpath(QStringLiteral("."));
    const QStringList names =
        d.entryList({QStringLiteral("*.jpg"), QStringLiteral("*.png")}, QDir::Files);
    for (const QString& name : names) {
        bool ok = false;
        const qint64 ms = name.section(QLatin1Char('.'), 0, 0).toLongLong(&ok);
        if (ok)
            m_files.insert(ms, name);
    }
}

void ThumbnailCache::setMemoryLimit(int limit) {
    m_limit = std::max(1, limit);
}

std::optional<qint64> ThumbnailCache::findTime(qint64 ms, qint64 toleranceMs) const {
    std::optional<qint64> best;
    for (auto it = m_memory.cbegin(); it != m_memory.cend(); ++it)
        if (it.key() <= ms && it.key() >= ms - toleranceMs && (!best || it.key() > *best))
            best = it.key();
    auto f = m_files.upperBound(ms);
    if (f != m_files.cbegin()) {
        --f;
        if (f.key() >= ms - toleranceMs && (!best || f.key() > *best))
            best = f.key();
    }
    return best;
}

std::optional<QImage> ThumbnailCache::find(qint64 ms, qint64 toleranceMs) const {
    const auto t = findTime(ms, toleranceMs);
    if (!t)
        return std::nullopt;
    return image(*t);
}

std::optional<QImage> ThumbnailCache::image(qint64 exactMs) const {
    const auto it = m_memory.constFind(exactMs);
    if (it != m_memory.cend()) {
        m_lastUse[exactMs] = ++m_clock;
        return *it;
    }
    const auto f = m_files.constFind(exactMs);
    if (f == m_files.cend() || m_dir.isEmpty())
        return std::nullopt;
    QImage loaded(QDir(m_dir).filePath(*f));
    if (loaded.isNull())
        return std::nullopt;
    touch(exactMs, loaded);
    return loaded;
}

std::optional<QString> ThumbnailCache::missing(qint64 ms, qint64 toleranceMs) const {
    auto it = m_missing.upperBound(ms);
    if (it == m_missing.cbegin())
        return std::nullopt;
    --it;
    if (it.key() < ms - toleranceMs)
        return std::nullopt;
    return *it;
}

void ThumbnailCache::touch(qint64 ms, const QImage& image) const {
    m_memory.insert(ms, image);
    m_lastUse[ms] = ++m_clock;
    while (m_memory.size() > m_limit) {
        auto oldest = std::min_element(m_lastUse.cbegin(), m_lastUse.cend());
        const qint64 key = oldest.key();
        m_lastUse.remove(key);
        m_memory.remove(key);
    }
}

bool ThumbnailCache::insert(qint64 ms, const QImage& image, const QByteArray& encoded,
                            const QString& extension) {
    m_missing.remove(ms);
    touch(ms, image);
    if (m_dir.isEmpty())
        return true;
    QByteArray bytes = encoded;
    QString ext = extension;
    if (bytes.isEmpty()) {
        QBuffer buffer(&bytes);
        buffer.open(QIODevice::WriteOnly);
        ext = QStringLiteral("jpg");
        if (!image.save(&buffer, "JPEG", 85))
            return false;
    }
    const QString name = QString::number(ms) + QLatin1Char('.') + ext;
    QSaveFile file(QDir(m_dir).filePath(name));
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size() || !file.commit())
        return false;
    m_files.insert(ms, name);
    return true;
}

void ThumbnailCache::insertMissing(qint64 ms, const QString& error) {
    m_missing.insert(ms, error);
}

} // namespace kinescope
