# UI tests: timeline
# Core geometry, local-time ticks (with a DST zone) and level of detail; no widgets.
kinescope_add_test(NAME test_timeline_viewport SOURCES ${CMAKE_CURRENT_LIST_DIR}/tst_timeline_viewport.cpp
                   LIBS kinescope_core LABELS unit)
