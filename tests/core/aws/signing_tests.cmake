# SigV4 signer (AWS's public test suite in tests/data/sigv4) and endpoint resolution.
kinescope_add_test(NAME test_sigv4
    SOURCES ${CMAKE_CURRENT_LIST_DIR}/test_sigv4.cpp
    LIBS kinescope_core
    LABELS unit)
kinescope_add_test(NAME test_endpoints
    SOURCES ${CMAKE_CURRENT_LIST_DIR}/test_endpoints.cpp
    LIBS kinescope_core
    LABELS unit)
