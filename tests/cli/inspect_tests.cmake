# kinescope-cli inspect, run as a process on generated media (issue 4).
kinescope_add_test(NAME test_cli_inspect SOURCES ${CMAKE_CURRENT_LIST_DIR}/tst_cli_inspect.cpp
                   LIBS kinescope_media_testkit LABELS integration)
add_dependencies(test_cli_inspect kinescope-cli)
