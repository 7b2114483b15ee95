#pragma once

#include "emulator/api_call.h"
#include "emulator/scenario.h"

#include <QJsonObject>

#include <optional>

namespace kinescope::emu {

// Helpers shared by the Kinesis Video control-plane and archived-media operations.
namespace kvs {

// The JSON request body as an object ({} for an empty body); answers SerializationException
// and returns nullopt when it is not a JSON object.
std::optional<QJsonObject> parseBody(ApiCall& call);

enum class StreamRef { EitherOrBoth, ExactlyOne };
// Finds the stream named by StreamName / StreamARN. Answers InvalidArgumentException,
// ResourceNotFoundException or NotAuthorizedException and returns nullptr when it can't.
const StreamSpec* resolveStream(ApiCall& call, const QJsonObject& body, StreamRef rule);

QJsonObject streamInfo(const StreamSpec& stream, const Scenario& scenario);

// Epoch milliseconds as a rest-json timestamp (epoch seconds, millisecond fraction).
double jsonTimestamp(qint64 ms);

// "<message>" as InvalidArgumentException.
void invalidArgument(ApiCall& call, const QString& message);

} // namespace kvs
} // namespace kinescope::emu
