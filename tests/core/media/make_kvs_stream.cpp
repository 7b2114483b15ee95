// kinescope-make-kvs-stream: writes a KVS GetMedia-style Matroska stream (or one large
// single-document file with KVS tags) from a short H.264/H.265 + AAC clip, for tests and the
// inspect benchmark. The clip is read with libavformat and looped with advancing timestamps.
#include "tests/core/media/kvs_stream_writer.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <cstdio>

using namespace kinescope::test;

int main(int argc, char* argv[]) {
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("Write a KVS-style Matroska stream."));
    parser.addHelpOption();
    parser.addPositionalArgument(QStringLiteral("SOURCE"), QStringLiteral("short clip to loop"));
    parser.addPositionalArgument(QStringLiteral("OUTPUT"), QStringLiteral("file to write"));
    const QCommandLineOption target(QStringLiteral("target-bytes"),
                                    QStringLiteral("Loop until at least N bytes."),
                                    QStringLiteral("N"));
    const QCommandLineOption repeat(QStringLiteral("repeat"), QStringLiteral("Loop N times."),
                                    QStringLiteral("N"), QStringLiteral("1"));
    const QCommandLineOption single(QStringLiteral("single-document"),
                                    QStringLiteral("One document with known sizes."));
    const QCommandLineOption fragmentList(QStringLiteral("fragment-list-names"),
                                          QStringLiteral("GetMediaForFragmentList tag names."));
    const QCommandLineOption custom(QStringLiteral("tag"), QStringLiteral("Custom tag NAME=VALUE."),
                                    QStringLiteral("NAME=VALUE"));
    const QCommandLineOption errorChunk(QStringLiteral("error-chunk"),
                                        QStringLiteral("End with an error chunk."));
    const QCommandLineOption manifest(QStringLiteral("fragments-json"),
                                      QStringLiteral("Write what was written per fragment."),
                                      QStringLiteral("FILE"));
    parser.addOptions({target, repeat, single, fragmentList, custom, errorChunk, manifest});
    parser.process(app);
    if (parser.positionalArguments().size() != 2)
        parser.showHelp(2);

    SourceMedia media;
    QString error;
    if (!readSourceMedia(parser.positionalArguments()[0], &media, &error)) {
        std::fprintf(stderr, "%s\n", qPrintable(error));
        return 1;
    }
    KvsStreamOptions options;
    options.targetBytes = parser.value(target).toLongLong();
    options.repeat = parser.value(repeat).toInt();
    options.multiDocument = !parser.isSet(single);
    options.getMediaForFragmentListNames = parser.isSet(fragmentList);
    options.errorChunk = parser.isSet(errorChunk);
    for (const QString& tag : parser.values(custom)) {
        const qsizetype eq = tag.indexOf(QLatin1Char('='));
        if (eq > 0)
            options.customTags.append({tag.left(eq), tag.mid(eq + 1)});
    }
    QFile out(parser.positionalArguments()[1]);
    if (!out.open(QIODevice::WriteOnly | QIODevice::Truncate)) {
        std::fprintf(stderr, "cannot write %s\n", qPrintable(out.fileName()));
        return 1;
    }
    QList<WrittenFragment> fragments;
    if (!writeKvsStream(media, options, out, &fragments, &error)) {
        std::fprintf(stderr, "%s\n", qPrintable(error));
        return 1;
    }
    out.close();
    if (parser.isSet(manifest)) {
        QJsonArray list;
        for (const WrittenFragment& f : std::as_const(fragments)) {
            QJsonObject tags;
            for (const auto& t : f.tags)
                tags.insert(t.first, t.second);
            list.append(QJsonObject{{QStringLiteral("fragmentNumber"), f.fragmentNumber},
                                    {QStringLiteral("producerMs"), f.producerMs},
                                    {QStringLiteral("serverMs"), f.serverMs},
                                    {QStringLiteral("offset"), f.offset},
                                    {QStringLiteral("bytes"), f.bytes},
                                    {QStringLiteral("frames"), f.frames},
                                    {QStringLiteral("tags"), tags}});
        }
        QFile file(parser.value(manifest));
        if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate) ||
            file.write(QJsonDocument(list).toJson()) < 0)
            return 1;
    }
    return 0;
}
