#pragma once

#include "core/util/result.h"

#include <QByteArray>
#include <QImage>
#include <QObject>
#include <QSize>

namespace kinescope {

// Decodes the first video picture of a media file held in memory (Matroska from
// GetMediaForFragmentList, MP4, ...) with FFmpeg, scaled to `size` (an invalid size keeps the
// picture's own). Thread-safe; meant to run on a worker thread.
Result<QImage> decodeFirstPicture(const QByteArray& media, QSize size = {});

// The worker object of the local thumbnail thread (QThread + moveToThread): decode() runs on
// that thread and answers with decoded(), which reaches receivers on their own threads.
class KeyframeDecoder : public QObject {
    Q_OBJECT
public:
    using QObject::QObject;

public Q_SLOTS:
    // `owner` and `id` only identify the request in decoded().
    void decode(quintptr owner, quint64 id, const QByteArray& media, QSize size);

Q_SIGNALS:
    void decoded(quintptr owner, quint64 id, const QImage& image, const QString& error);
};

} // namespace kinescope
