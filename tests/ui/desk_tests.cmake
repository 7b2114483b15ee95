# UI tests: desk
# The desk's item models over real emulator data (QAbstractItemModelTester).
kinescope_add_test(NAME test_desk_models SOURCES tst_desk_models.cpp LIBS kinescope_core
                   LABELS unit)
