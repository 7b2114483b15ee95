#pragma once

#include "emulator/api_call.h"

namespace kinescope::emu {

// AWS STS (query protocol, sts 2011-06-15): POST / (or GET /) with Action=AssumeRole or
// Action=GetCallerIdentity, XML responses.
void addStsRoutes(Router& router);

// The Query-protocol parameters of a request: the form body of a POST, else the query.
QueryItems queryProtocolParameters(const HttpRequest& request);

} // namespace kinescope::emu
