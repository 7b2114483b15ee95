# UI tests: timeline
# Core geometry, local-time ticks (with a DST zone) and level of detail; no widgets.
kinescope_add_test(NAME test_timeline_viewport SOURCES ${CMAKE_CURRENT_LIST_DIR}/tst_timeline_viewport.cpp
                   LIBS kinescope_core LABELS unit)
# The widget and panel offscreen: input → viewport and ReviewState, clock toggle, hover, paint.
kinescope_add_test(NAME test_timeline_widget SOURCES ${CMAKE_CURRENT_LIST_DIR}/tst_timeline_widget.cpp
                   LIBS kinescope_ui LABELS ui)
