#include "tests/support/test_support.h"

#include <QtGlobal>

namespace kinescope::test {

QString sourceDir() {
    return qEnvironmentVariable("KINESCOPE_SOURCE_DIR");
}

QString binaryDir() {
    return qEnvironmentVariable("KINESCOPE_BINARY_DIR");
}

QString testDataDir() {
    return sourceDir() + QStringLiteral("/tests/data");
}

} // namespace kinescope::test
