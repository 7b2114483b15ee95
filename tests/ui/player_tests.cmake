# UI tests: player (sessions from the in-process emulator, GStreamer through Qt Multimedia) and
# the thumbnail strip. Qt Multimedia's GStreamer backend is pinned so the FFmpeg plugin never
# stands in for it.
kinescope_add_test(NAME test_player_panel
    SOURCES ${CMAKE_CURRENT_LIST_DIR}/tst_player_panel.cpp
            ${CMAKE_CURRENT_LIST_DIR}/player_test_support.h
    LIBS kinescope_ui LABELS ui)
set_property(TEST test_player_panel APPEND PROPERTY ENVIRONMENT "QT_MEDIA_BACKEND=gstreamer")
kinescope_add_test(NAME test_session_dialog
    SOURCES ${CMAKE_CURRENT_LIST_DIR}/tst_session_dialog.cpp LIBS kinescope_ui LABELS ui)
kinescope_add_test(NAME test_thumbnail_strip
    SOURCES ${CMAKE_CURRENT_LIST_DIR}/tst_thumbnail_strip.cpp
            ${CMAKE_CURRENT_LIST_DIR}/player_test_support.h
    LIBS kinescope_ui LABELS ui)
