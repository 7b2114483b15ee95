#pragma once

#include "emulator/streaming_session.h"

#include <QJsonObject>

#include <optional>

namespace kinescope::emu {

// Validates the body of GetHLSStreamingSessionURL / GetDASHStreamingSessionURL as the model
// and the API reference say (enums, Expires 300..43200, Max…FragmentResults 1..5000, the
// selector and TimestampRange rules per PlaybackMode, the 24-hour range, server-timestamp
// ends in the past) and fills in the AWS defaults. On failure returns nullopt with the
// InvalidArgumentException message in `problem`. Stream fields are not looked at.
std::optional<SessionParameters> parseSessionRequest(const QJsonObject& body,
                                                     StreamingProtocol protocol, qint64 nowMs,
                                                     QString* problem);

} // namespace kinescope::emu
