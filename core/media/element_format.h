#pragma once

#include "core/media/inspect_types.h"
#include "core/media/output_buffer.h"

#include <QString>

namespace kinescope {

// How an element ID is shown: "0x1A45DFA3" (EBML) or "moov" (MP4).
QString elementIdText(MediaContainer format, quint32 id);
// As a JSON string (quoted) or as plain text.
void appendElementId(OutputBuffer& out, MediaContainer format, quint32 id, bool quoted = true);

// One line of human-readable text for a leaf value ("" when there is none):
// numbers, strings, hex for binary (first 32 bytes), "track 1, key, 1 frame, timecode 21" for
// blocks, "name=value, ..." for MP4 box members.
QString elementValueText(const ElementValue& value);
void appendValueText(OutputBuffer& out, const ElementValue& value);

// The value as JSON: number, string, hex string (binary, first kMaxJsonBinary bytes), object
// (blocks, MP4 box members), or nothing when the value has no kind (returns false).
constexpr qsizetype kMaxJsonBinary = 256;
bool appendJsonValue(OutputBuffer& out, const ElementValue& value);

// EBML date (ns since 2001-01-01) as ISO 8601 UTC.
QString ebmlDateText(qint64 nanoseconds);

} // namespace kinescope
