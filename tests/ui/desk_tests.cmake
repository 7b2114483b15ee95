# UI tests: desk
# The desk's item models over real emulator data (QAbstractItemModelTester).
kinescope_add_test(NAME test_desk_models SOURCES tst_desk_models.cpp LIBS kinescope_core
                   LABELS unit)
# The main window offscreen against the in-process emulator.
kinescope_add_test(NAME test_main_window SOURCES tst_main_window.cpp LIBS kinescope_ui
                   LABELS ui)
# The main window with the demo loaded, on a virtual X display; PNGs land in build/screenshots.
if(TARGET kinescope)
    add_test(NAME test_desk_screenshot
             COMMAND ${CMAKE_CURRENT_LIST_DIR}/screenshot_test.sh ${PROJECT_BINARY_DIR}/bin
                     ${PROJECT_BINARY_DIR}/screenshots)
    set_tests_properties(test_desk_screenshot PROPERTIES LABELS ui TIMEOUT 300
                         SKIP_RETURN_CODE 77
                         # The video is painted from QImages: no OpenGL context (and none of
                         # the GL driver's process-lifetime allocations) on the virtual display.
                         ENVIRONMENT "QT_XCB_GL_INTEGRATION=none;${KINESCOPE_TEST_SANITIZER_ENV}")
endif()
