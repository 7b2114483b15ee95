#include "ui/inspector/inspection_worker.h"

#include "core/media/container_inspector.h"

#include <QFile>

namespace kinescope {

InspectionWorker::InspectionWorker(std::shared_ptr<std::atomic<quint64>> generation,
                                   QObject* parent)
    : QObject(parent)
    , m_generation(std::move(generation)) {
}

// A request canceled before it started still reports (an empty tree), so the panel's state
// always ends with a finished() for its latest request.
void InspectionWorker::inspectFile(quint64 generation, const QString& path) {
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        Q_EMIT finished(generation, nullptr, false, file.errorString());
        return;
    }
    const quint64 total = quint64(std::max<qint64>(0, file.size()));
    ElementTreeBuilder builder;
    ContainerInspector inspector(builder);
    QByteArray chunk(kChunkSize, Qt::Uninitialized);
    quint64 done = 0;
    quint64 reported = 0;
    bool canceled = false;
    QString ioError;
    while (true) {
        if (!current(generation)) {
            canceled = true;
            break;
        }
        const qint64 n = file.read(chunk.data(), chunk.size());
        if (n < 0) {
            ioError = file.errorString();
            break;
        }
        if (n == 0)
            break;
        done += quint64(n);
        if (!inspector.feed(QByteArrayView(chunk.constData(), n)))
            break;
        if (done - reported >= quint64(8 * kChunkSize)) {
            reported = done;
            Q_EMIT progress(generation, done, total);
        }
    }
    inspector.finish();
    Q_EMIT finished(generation, builder.finish(inspector), canceled, ioError);
}

void InspectionWorker::inspectData(quint64 generation, const QByteArray& data) {
    ElementTreeBuilder builder;
    ContainerInspector inspector(builder);
    bool canceled = false;
    const quint64 total = quint64(data.size());
    for (qsizetype pos = 0; pos < data.size(); pos += kChunkSize) {
        if (!current(generation)) {
            canceled = true;
            break;
        }
        const qsizetype n = std::min<qsizetype>(kChunkSize, data.size() - pos);
        if (!inspector.feed(QByteArrayView(data).sliced(pos, n)))
            break;
        if ((pos / kChunkSize) % 8 == 7)
            Q_EMIT progress(generation, quint64(pos + n), total);
    }
    inspector.finish();
    Q_EMIT finished(generation, builder.finish(inspector), canceled, QString());
}

} // namespace kinescope
