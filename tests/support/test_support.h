#pragma once

#include <QString>
#include <QTemporaryDir>

namespace kinescope::test {

// Root of the source tree (for test data): $KINESCOPE_SOURCE_DIR or the compiled-in path.
QString sourceDir();
QString binaryDir();
QString testDataDir(); // sourceDir()/tests/data

} // namespace kinescope::test
