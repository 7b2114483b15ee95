#pragma once

#include "core/aws/paginator.h"
#include "core/kvs/kvs_types.h"
#include "core/util/result.h"

#include <QByteArray>
#include <QJsonObject>
#include <QUrl>

namespace kinescope {

// The Kinesis Video JSON responses, read into typed values. Anything that is not what the
// botocore model describes comes back as an AwsError of kind Parse naming the operation;
// nothing here trusts the input (these functions are fuzzed: tests/fuzz/fuzz_aws_responses).

Result<Page<StreamInfo>> parseListStreamsResponse(const QByteArray& body);
Result<StreamInfo> parseDescribeStreamResponse(const QByteArray& body);
Result<StreamInfo> parseStreamInfo(const QJsonObject& object);
Result<QUrl> parseDataEndpointResponse(const QByteArray& body);
Result<Page<Fragment>> parseListFragmentsResponse(const QByteArray& body);

} // namespace kinescope
