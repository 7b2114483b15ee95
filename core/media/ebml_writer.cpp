#include "core/media/ebml_writer.h"

#include "core/media/ebml_schema.h"

#include <cstring>

namespace kinescope::ebml {

namespace {

constexpr quint32 kEbmlVersion = 0x4286;
constexpr quint32 kEbmlReadVersion = 0x42F7;
constexpr quint32 kEbmlMaxIdLength = 0x42F2;
constexpr quint32 kEbmlMaxSizeLength = 0x42F3;
constexpr quint32 kDocTypeVersion = 0x4287;
constexpr quint32 kDocTypeReadVersion = 0x4285;
constexpr quint32 kTargets = 0x63C0;

} // namespace

QByteArray id(quint32 elementId) {
    QByteArray out;
    for (int shift = elementId > 0xFFFFFF ? 24
                     : elementId > 0xFFFF ? 16
                     : elementId > 0xFF   ? 8
                                          : 0;
         shift >= 0; shift -= 8)
        out.append(char(quint8(elementId >> shift)));
    return out;
}

QByteArray size(quint64 value, int length) {
    if (length == 0) {
        length = 1;
        while (length < 8 && value >= (quint64(1) << (7 * length)) - 1)
            ++length;
    }
    const quint64 marked = value | (quint64(1) << (7 * length));
    QByteArray out;
    for (int i = length - 1; i >= 0; --i)
        out.append(char(quint8(marked >> (8 * i))));
    return out;
}

QByteArray unknownSize() {
    return QByteArray("\x01\xFF\xFF\xFF\xFF\xFF\xFF\xFF", 8);
}

QByteArray element(quint32 elementId, const QByteArray& payload) {
    return id(elementId) + size(quint64(payload.size())) + payload;
}

QByteArray openElement(quint32 elementId) {
    return id(elementId) + unknownSize();
}

QByteArray uintElement(quint32 elementId, quint64 value) {
    QByteArray payload;
    int bytes = 1;
    while (bytes < 8 && (value >> (8 * bytes)) != 0)
        ++bytes;
    for (int i = bytes - 1; i >= 0; --i)
        payload.append(char(quint8(value >> (8 * i))));
    return element(elementId, payload);
}

QByteArray floatElement(quint32 elementId, double value) {
    quint64 raw;
    std::memcpy(&raw, &value, 8);
    QByteArray payload;
    for (int i = 7; i >= 0; --i)
        payload.append(char(quint8(raw >> (8 * i))));
    return element(elementId, payload);
}

QByteArray matroskaHeader() {
    return element(ebml_id::EBML,
                   uintElement(kEbmlVersion, 1) + uintElement(kEbmlReadVersion, 1) +
                       uintElement(kEbmlMaxIdLength, 4) + uintElement(kEbmlMaxSizeLength, 8) +
                       element(ebml_id::DocType, "matroska") + uintElement(kDocTypeVersion, 4) +
                       uintElement(kDocTypeReadVersion, 2));
}

QByteArray simpleTagElement(const QByteArray& name, const QByteArray& value) {
    return element(ebml_id::SimpleTag,
                   element(ebml_id::TagName, name) + element(ebml_id::TagString, value));
}

QByteArray tagsElement(const QByteArray& simpleTags) {
    return element(ebml_id::Tags, element(ebml_id::Tag, element(kTargets, {}) + simpleTags));
}

QByteArray tagsElement(const QList<QPair<QString, QString>>& tags) {
    QByteArray simpleTags;
    for (const auto& tag : tags)
        simpleTags += simpleTagElement(tag.first.toUtf8(), tag.second.toUtf8());
    return tagsElement(simpleTags);
}

} // namespace kinescope::ebml
