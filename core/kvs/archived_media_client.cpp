#include "core/kvs/archived_media_client.h"

#include <QCoreApplication>
#include <QFile>
#include <QTimer>

#include <cerrno>
#include <cstdio>
#include <cstring>

namespace kinescope {

namespace {

QString tr(const char* text) {
    return QCoreApplication::translate("kinescope::ArchivedMediaClient", text);
}

AwsError ioError(const QString& message) {
    return AwsError::make(AwsError::Kind::Io, QStringLiteral("IoError"), message);
}

// The ".part" file of a download: removed when it is destroyed before being committed.
class PartFile : public QFile {
public:
    PartFile(const QString& name, QObject* parent)
        : QFile(name, parent) {}
    ~PartFile() override {
        if (!m_committed) {
            close();
            remove();
        }
    }
    void setCommitted() { m_committed = true; }

private:
    bool m_committed = false;
};

} // namespace

ArchivedMediaClient::ArchivedMediaClient(KvsClient* kvs)
    : m_kvs(kvs) {
}

Status ArchivedMediaClient::replaceFile(const QString& from, const QString& to) {
    if (std::rename(QFile::encodeName(from).constData(), QFile::encodeName(to).constData()) != 0)
        return ioError(tr("Could not move %1 to %2: %3")
                           .arg(from, to, QString::fromLocal8Bit(std::strerror(errno))));
    return Done{};
}

void ArchivedMediaClient::download(const QString& path, QObject* context, Start start,
                                   std::function<void(const Result<qint64>&)> done) {
    auto* file = new PartFile(path + QStringLiteral(".part"), context);
    if (!file->open(QIODevice::WriteOnly | QIODevice::Truncate)) {
        const AwsError e =
            ioError(tr("Could not write %1: %2").arg(file->fileName(), file->errorString()));
        delete file;
        QTimer::singleShot(0, context, [done = std::move(done), e] { done(e); });
        return;
    }
    start(file, [file, path, done = std::move(done)](const Result<AwsResponse>& r) {
        if (!r) {
            delete file;
            done(r.error());
            return;
        }
        const qint64 size = file->size();
        const bool flushed = file->flush();
        file->close();
        if (!flushed) {
            const AwsError e =
                ioError(tr("Could not write %1: %2").arg(file->fileName(), file->errorString()));
            delete file;
            done(e);
            return;
        }
        const Status moved = replaceFile(file->fileName(), path);
        if (moved)
            file->setCommitted();
        delete file;
        if (!moved)
            done(moved.error());
        else
            done(size);
    });
}

void ArchivedMediaClient::downloadFragments(const StreamRef& stream,
                                            const QStringList& fragmentNumbers, const QString& path,
                                            QObject* context,
                                            std::function<void(const Result<qint64>&)> done,
                                            KvsClient::ProgressCallback progress) {
    download(
        path, context,
        [this, stream, fragmentNumbers, context, progress](QIODevice* sink, auto cb) {
            m_kvs->getMediaForFragmentList(stream, fragmentNumbers, sink, context, std::move(cb),
                                           progress);
        },
        std::move(done));
}

void ArchivedMediaClient::downloadClip(const StreamRef& stream, const FragmentSelector& selector,
                                       const QString& path, QObject* context,
                                       std::function<void(const Result<qint64>&)> done,
                                       KvsClient::ProgressCallback progress) {
    download(
        path, context,
        [this, stream, selector, context, progress](QIODevice* sink, auto cb) {
            m_kvs->getClip(stream, selector, sink, context, std::move(cb), progress);
        },
        std::move(done));
}

} // namespace kinescope
