#include "tests/support/test_support.h"

#include <QCoreApplication>
#include <QDir>
#include <QtGlobal>

namespace kinescope::test {

QString sourceDir() {
    const QString fromEnv = qEnvironmentVariable("KINESCOPE_SOURCE_DIR");
    return fromEnv.isEmpty() ? QStringLiteral(KINESCOPE_TEST_SOURCE_DIR) : fromEnv;
}

QString binaryDir() {
    const QString fromEnv = qEnvironmentVariable("KINESCOPE_BINARY_DIR");
    if (!fromEnv.isEmpty())
        return fromEnv;
    // Test executables live in <build>/bin, next to the programs they drive.
    return QDir(QCoreApplication::applicationDirPath() + QStringLiteral("/..")).absolutePath();
}

QString testDataDir() {
    return sourceDir() + QStringLiteral("/tests/data");
}

} // namespace kinescope::test
