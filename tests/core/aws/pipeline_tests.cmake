kinescope_add_test(NAME test_pipeline_units
    SOURCES ${CMAKE_CURRENT_LIST_DIR}/test_pipeline_units.cpp
    LABELS unit)
