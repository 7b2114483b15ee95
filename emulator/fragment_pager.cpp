#include "emulator/fragment_pager.h"

#include <QCryptographicHash>
#include <QJsonDocument>
#include <QJsonObject>

#include <numeric>

namespace kinescope::emu {

QString FragmentCursor::encode() const {
    QJsonObject o;
    o.insert(QStringLiteral("v"), 1);
    o.insert(QStringLiteral("s"), stream);
    o.insert(QStringLiteral("t"), !hasSelector                    ? QStringLiteral("A")
                                  : type == TimestampType::Server ? QStringLiteral("S")
                                                                  : QStringLiteral("P"));
    o.insert(QStringLiteral("a"), QString::number(fromMs));
    o.insert(QStringLiteral("b"), QString::number(toMs));
    o.insert(QStringLiteral("n"), QString::number(asOfMs));
    o.insert(QStringLiteral("o"), QString::number(offset));
    o.insert(QStringLiteral("w"), QString::number(window));
    return QString::fromLatin1(QJsonDocument(o).toJson(QJsonDocument::Compact).toBase64());
}

std::optional<FragmentCursor> FragmentCursor::decode(const QString& token) {
    const auto decoded =
        QByteArray::fromBase64Encoding(token.toLatin1(), QByteArray::AbortOnBase64DecodingErrors);
    if (!decoded)
        return std::nullopt;
    const QJsonDocument doc = QJsonDocument::fromJson(*decoded);
    const QJsonObject o = doc.object();
    if (o.value(QLatin1String("v")).toInt() != 1)
        return std::nullopt;
    FragmentCursor c;
    c.stream = o.value(QLatin1String("s")).toString();
    const QString t = o.value(QLatin1String("t")).toString();
    if (t != QLatin1String("A") && t != QLatin1String("S") && t != QLatin1String("P"))
        return std::nullopt;
    c.hasSelector = t != QLatin1String("A");
    c.type = t == QLatin1String("P") ? TimestampType::Producer : TimestampType::Server;
    bool ok[5] = {};
    c.fromMs = o.value(QLatin1String("a")).toString().toLongLong(&ok[0]);
    c.toMs = o.value(QLatin1String("b")).toString().toLongLong(&ok[1]);
    c.asOfMs = o.value(QLatin1String("n")).toString().toLongLong(&ok[2]);
    c.offset = o.value(QLatin1String("o")).toString().toLongLong(&ok[3]);
    c.window = o.value(QLatin1String("w")).toString().toLongLong(&ok[4]);
    for (bool b : ok)
        if (!b)
            return std::nullopt;
    if (c.stream.isEmpty() || c.offset < 0 || c.window < 1)
        return std::nullopt;
    return c;
}

quint64 FragmentPager::seedOf(const FragmentCursor& c) {
    const QByteArray key = c.stream.toUtf8() + '|' + QByteArray::number(int(c.hasSelector)) + '|' +
                           QByteArray::number(int(c.type)) + '|' + QByteArray::number(c.fromMs) +
                           '|' + QByteArray::number(c.toMs);
    const QByteArray digest = QCryptographicHash::hash(key, QCryptographicHash::Sha256);
    quint64 seed = 0;
    for (int i = 0; i < 8; ++i)
        seed = (seed << 8) | static_cast<quint8>(digest.at(i));
    return seed;
}

qint64 FragmentPager::positionOfRank(qint64 rank, qint64 total, qint64 window, quint64 seed) {
    const qint64 w = rank / window;
    const qint64 base = w * window;
    const qint64 size = std::min(window, total - base);
    const qint64 local = rank - base;
    if (size <= 1)
        return rank;
    // An affine permutation of the window: x -> (a x + c) mod size, gcd(a, size) = 1.
    const quint64 h = splitMix64(seed ^ static_cast<quint64>(w));
    qint64 a = static_cast<qint64>(h % static_cast<quint64>(size));
    if (a == 0)
        a = 1;
    while (std::gcd(a, size) != 1)
        a = a % (size - 1) + 1;
    const qint64 c = static_cast<qint64>(splitMix64(h) % static_cast<quint64>(size));
    // (a * local) may overflow for huge windows: windows are at most 3000 wide.
    return base + (a * local + c) % size;
}

FragmentPager::Page FragmentPager::page(const QList<IndexRange>& ranges,
                                        const FragmentCursor& cursor, qint64 maxResults,
                                        bool duplicates) {
    Page page;
    const qint64 total = FragmentGenerator::total(ranges);
    const quint64 seed = seedOf(cursor);
    const qint64 window = std::min<qint64>(cursor.window, 3000);
    qint64 dupCount = 0;
    if (duplicates && cursor.offset > 0 && maxResults >= 2)
        dupCount = std::min<qint64>({2, cursor.offset, maxResults - 1});
    const qint64 fresh = std::min(maxResults - dupCount, total - cursor.offset);
    if (fresh <= 0 && cursor.offset >= total)
        dupCount = 0; // nothing new: no page of repeats alone

    for (qint64 r = cursor.offset; r < cursor.offset + fresh; ++r)
        page.indices.append(
            FragmentGenerator::indexAt(ranges, positionOfRank(r, total, window, seed)));
    // Repeats of earlier results, spread into the page at seeded places.
    QList<qint64> taken;
    for (qint64 j = 0; j < dupCount; ++j) {
        qint64 r =
            static_cast<qint64>(splitMix64(seed ^ static_cast<quint64>(cursor.offset * 7 + j)) %
                                static_cast<quint64>(cursor.offset));
        while (taken.contains(r))
            r = (r + 1) % cursor.offset;
        taken.append(r);
        const qint64 index =
            FragmentGenerator::indexAt(ranges, positionOfRank(r, total, window, seed));
        const qint64 at = static_cast<qint64>(splitMix64(seed + static_cast<quint64>(r)) %
                                              static_cast<quint64>(page.indices.size() + 1));
        page.indices.insert(at, index);
    }
    if (cursor.offset + fresh < total) {
        FragmentCursor next = cursor;
        next.offset = cursor.offset + fresh;
        page.next = next;
    }
    return page;
}

} // namespace kinescope::emu
