#pragma once

#include "core/media/element_tree.h"

#include <QByteArray>
#include <QObject>
#include <QString>

#include <atomic>
#include <memory>

namespace kinescope {

// Runs a ContainerInspector over a file or a byte array on the thread it lives on (the
// inspector panel moves it to a QThread) and hands the finished ElementTree back through a
// queued signal. A request is identified by a generation number: bumping the shared counter
// cancels whatever request is running (it stops at the next chunk and reports what it read).
class InspectionWorker : public QObject {
    Q_OBJECT

public:
    static constexpr qint64 kChunkSize = 1 << 20;

    explicit InspectionWorker(std::shared_ptr<std::atomic<quint64>> generation,
                              QObject* parent = nullptr);

    // Queued from the GUI thread.
    Q_SLOT void inspectFile(quint64 generation, const QString& path);
    Q_SLOT void inspectData(quint64 generation, const QByteArray& data);

Q_SIGNALS:
    void progress(quint64 generation, quint64 done, quint64 total);
    // canceled: stopped on request; the tree holds what was read until then.
    // ioError: the file could not be opened or read (empty when it could).
    void finished(quint64 generation, std::shared_ptr<const kinescope::ElementTree> tree,
                  bool canceled, const QString& ioError);

private:
    bool current(quint64 generation) const { return m_generation->load() == generation; }

    std::shared_ptr<std::atomic<quint64>> m_generation;
};

} // namespace kinescope
