kinescope_add_test(NAME test_pipeline_units
    SOURCES ${CMAKE_CURRENT_LIST_DIR}/test_pipeline_units.cpp
    LABELS unit)
kinescope_add_test(NAME test_aws_client
    SOURCES ${CMAKE_CURRENT_LIST_DIR}/test_aws_client.cpp
    LABELS integration)
