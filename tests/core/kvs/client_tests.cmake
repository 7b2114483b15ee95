kinescope_add_test(NAME test_kvs_client
    SOURCES ${CMAKE_CURRENT_LIST_DIR}/test_kvs_client.cpp
    LABELS integration)
