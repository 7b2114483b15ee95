#pragma once

#include "core/aws/aws_error.h"
#include "core/aws/aws_request.h"

namespace kinescope {

// Reads an AWS error response of any of the protocols Kinescope talks (rest-json with
// x-amzn-ErrorType or __type, query/rest-xml <ErrorResponse>/<Error>) into an AwsError,
// and classifies it (throttling, transient, clock skew) for the retry policy.
AwsError parseErrorResponse(int httpStatus, const HeaderList& headers, const QByteArray& body);

// The request id from whichever header the service uses.
QString requestIdFromHeaders(const HeaderList& headers);

// Sets error.throttling / retryable / clockSkew from the type and status.
void classifyError(AwsError& error);

} // namespace kinescope
