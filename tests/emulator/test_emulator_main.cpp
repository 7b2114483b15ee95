// test_emulator: the local AWS emulator, in-process, over raw HTTP and our signer.
#include "tests/emulator/test_emulator.h"

#include <QCoreApplication>
#include <QTest>

int main(int argc, char** argv) {
    QCoreApplication app(argc, argv);
    int failures = 0;
    {
        TestEmulatorHttp t;
        failures += QTest::qExec(&t, argc, argv);
    }
    {
        TestEmulatorAuth t;
        failures += QTest::qExec(&t, argc, argv);
    }
    {
        TestEmulatorServices t;
        failures += QTest::qExec(&t, argc, argv);
    }
    return failures == 0 ? 0 : 1;
}
