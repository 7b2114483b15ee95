#pragma once

#include "core/aws/paginator.h"
#include "core/kvs/image_request.h"
#include "core/kvs/kvs_types.h"
#include "core/util/result.h"

#include <QByteArray>
#include <QJsonObject>
#include <QUrl>

#include <optional>

namespace kinescope {

// The Kinesis Video JSON responses, read into typed values. Anything that is not what the
// botocore model describes comes back as an AwsError of kind Parse naming the operation;
// nothing here trusts the input (these functions are fuzzed: tests/fuzz/fuzz_aws_responses).

Result<Page<StreamInfo>> parseListStreamsResponse(const QByteArray& body);
Result<StreamInfo> parseDescribeStreamResponse(const QByteArray& body);
Result<StreamInfo> parseStreamInfo(const QJsonObject& object);
Result<QUrl> parseDataEndpointResponse(const QByteArray& body);
Result<Page<Fragment>> parseListFragmentsResponse(const QByteArray& body);
// GetImages: Images (TimeStamp, Error NO_MEDIA|MEDIA_ERROR, ImageContent base64 → bytes).
Result<Page<KvsImage>> parseGetImagesResponse(const QByteArray& body);
// GetHLSStreamingSessionURL / GetDASHStreamingSessionURL: the session URL (http or https).
Result<QUrl> parseStreamingSessionUrlResponse(const QString& operation, const QByteArray& body);
// DescribeImageGenerationConfiguration: nullopt when the stream has none.
Result<std::optional<ImageGenerationConfig>>
parseImageGenerationConfigurationResponse(const QByteArray& body);

} // namespace kinescope
