#include "core/kvs/fragment_number_arena.h"

#include <QDebug>

#include <algorithm>
#include <cstring>

namespace kinescope {

namespace {
constexpr quint8 kRawHeader = 0x80;
constexpr qsizetype kMaxDigits = 0x7f;
} // namespace

void FragmentNumberArena::encode(const QString& number, QByteArray& out) {
    out.clear();
    const qsizetype n = number.size();
    bool digits = n <= kMaxDigits;
    for (qsizetype i = 0; digits && i < n; ++i) {
        const char16_t c = number.at(i).unicode();
        digits = c >= u'0' && c <= u'9';
    }
    if (digits) {
        out.resize(1 + (n + 1) / 2, '\0');
        out[0] = char(n);
        for (qsizetype i = 0; i < n; ++i) {
            const int d = number.at(i).unicode() - u'0';
            char& b = out[1 + i / 2];
            b = char(quint8(b) | (i % 2 == 0 ? d << 4 : d));
        }
        return;
    }
    QByteArray utf8 = number.toUtf8();
    if (utf8.size() > 0xffff) {
        qWarning("FragmentIndex: fragment number longer than 65535 bytes truncated");
        utf8.truncate(0xffff);
    }
    out.append(char(kRawHeader));
    out.append(char((utf8.size() >> 8) & 0xff));
    out.append(char(utf8.size() & 0xff));
    out.append(utf8);
}

qsizetype FragmentNumberArena::encodedSize(const quint8* p) {
    if (p[0] != kRawHeader)
        return 1 + (p[0] + 1) / 2;
    return 3 + ((p[1] << 8) | p[2]);
}

int FragmentNumberArena::compareEncoded(const quint8* a, const quint8* b) {
    if (a[0] != b[0])
        return a[0] < b[0] ? -1 : 1;
    if (a[0] != kRawHeader)
        return std::memcmp(a + 1, b + 1, (a[0] + 1) / 2);
    const int la = (a[1] << 8) | a[2];
    const int lb = (b[1] << 8) | b[2];
    if (la != lb)
        return la < lb ? -1 : 1;
    return std::memcmp(a + 3, b + 3, la);
}

quint64 FragmentNumberArena::sortPrefix(const quint8* p, qsizetype from) {
    const qsizetype n = encodedSize(p);
    quint64 v = 0;
    for (qsizetype i = from; i < from + 8; ++i)
        v = (v << 8) | (i < n ? p[i] : 0);
    return v;
}

quint64 FragmentNumberArena::hash(const quint8* p) {
    const qsizetype n = encodedSize(p);
    quint64 h = 0x9e3779b97f4a7c15ULL ^ quint64(n);
    for (qsizetype i = 0; i < n; i += 8) {
        quint64 chunk = 0;
        std::memcpy(&chunk, p + i, size_t(std::min<qsizetype>(8, n - i)));
        h = (h ^ chunk) * 0xff51afd7ed558ccdULL;
        h ^= h >> 32;
    }
    h ^= h >> 33;
    h *= 0xc4ceb9fe1a85ec53ULL;
    h ^= h >> 33;
    return h;
}

FragmentNumberArena::Offset FragmentNumberArena::append(const QByteArray& encoded) {
    const size_t need = m_bytes.size() + size_t(encoded.size());
    if (need > kFull)
        return kFull;
    if (need > m_bytes.capacity()) // grow by 1.5x, not the default doubling
        m_bytes.reserve(std::max(need, m_bytes.capacity() + m_bytes.capacity() / 2 + 4096));
    const auto offset = Offset(m_bytes.size());
    m_bytes.insert(m_bytes.end(), encoded.cbegin(), encoded.cend());
    return offset;
}

QString FragmentNumberArena::decode(Offset offset) const {
    const quint8* p = at(offset);
    if (p[0] == kRawHeader)
        return QString::fromUtf8(reinterpret_cast<const char*>(p + 3), (p[1] << 8) | p[2]);
    const int n = p[0];
    QString s(n, Qt::Uninitialized);
    QChar* out = s.data();
    for (int i = 0; i < n; ++i) {
        const quint8 b = p[1 + i / 2];
        out[i] = QChar(u'0' + (i % 2 == 0 ? b >> 4 : b & 0x0f));
    }
    return s;
}

} // namespace kinescope
