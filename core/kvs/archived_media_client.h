#pragma once

#include "core/kvs/kvs_client.h"

#include <QObject>
#include <QString>
#include <QStringList>

#include <functional>

namespace kinescope {

// Archived media downloads to files: GetMediaForFragmentList and GetClip stream their body
// through the pipeline into "<path>.part", which is renamed to <path> only when the download
// is complete (a failed, canceled or cut download never leaves a file that looks whole).
class ArchivedMediaClient {
public:
    explicit ArchivedMediaClient(KvsClient* kvs);

    // done(bytes written) or the error. Canceled when `context` is destroyed.
    void downloadFragments(const StreamRef& stream, const QStringList& fragmentNumbers,
                           const QString& path, QObject* context,
                           std::function<void(const Result<qint64>&)> done,
                           KvsClient::ProgressCallback progress = {});
    void downloadClip(const StreamRef& stream, const FragmentSelector& selector,
                      const QString& path, QObject* context,
                      std::function<void(const Result<qint64>&)> done,
                      KvsClient::ProgressCallback progress = {});

    // Replaces `to` with `from` in one step (rename(2)); an Io error says why not.
    static Status replaceFile(const QString& from, const QString& to);

private:
    using Start =
        std::function<void(QIODevice* sink, std::function<void(const Result<AwsResponse>&)> done)>;
    void download(const QString& path, QObject* context, Start start,
                  std::function<void(const Result<qint64>&)> done);

    KvsClient* m_kvs;
};

} // namespace kinescope
