# Fragment index (in memory) and its SQLite store.
kinescope_add_test(NAME test_fragment_index
    SOURCES ${CMAKE_CURRENT_LIST_DIR}/test_fragment_index.cpp
    LIBS kinescope_core
    LABELS unit)
kinescope_add_test(NAME test_fragment_store
    SOURCES ${CMAKE_CURRENT_LIST_DIR}/test_fragment_store.cpp
    LIBS kinescope_core
    LABELS unit)
