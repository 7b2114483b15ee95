#pragma once

#include <QByteArray>
#include <QList>
#include <QPair>
#include <QString>
#include <QtGlobal>

// Writing EBML (RFC 8794) and the few Matroska pieces the emulator and the test streams share.
// Each function returns the bytes; callers concatenate them. Element IDs are passed as written,
// with their length marker bits (ebml_id::Segment = 0x18538067).
namespace kinescope::ebml {

// The ID's bytes (1 to 4, as many as the value needs).
QByteArray id(quint32 elementId);

// A size VINT of the given length in bytes (0: the shortest that holds the value; the all-ones
// value of a length is reserved for "unknown", so 127 takes two bytes).
QByteArray size(quint64 value, int length = 0);

// The 8-byte "unknown size" VINT.
QByteArray unknownSize();

// ID, size and payload.
QByteArray element(quint32 elementId, const QByteArray& payload);

// ID and unknown size: the start of a master element whose children follow until the stream ends
// or a parent-level element begins (live Segment and Cluster).
QByteArray openElement(quint32 elementId);

// An unsigned integer element in as few bytes as the value needs (at least one).
QByteArray uintElement(quint32 elementId, quint64 value);

// A float element as an 8-byte big-endian IEEE 754 double.
QByteArray floatElement(quint32 elementId, double value);

// The EBML header of a Matroska document (EBML version 1, DocType "matroska" version 4, read 2).
QByteArray matroskaHeader();

// SimpleTag with TagName and TagString.
QByteArray simpleTagElement(const QByteArray& name, const QByteArray& value);

// Tags > Tag > (empty Targets) + the given SimpleTag elements.
QByteArray tagsElement(const QByteArray& simpleTags);

// Tags with one SimpleTag per (name, value) pair, in order, as UTF-8.
QByteArray tagsElement(const QList<QPair<QString, QString>>& tags);

} // namespace kinescope::ebml
