# The player panel and the session dialog.
target_sources(kinescope_ui PRIVATE
    ${CMAKE_CURRENT_LIST_DIR}/playback_engine.cpp ${CMAKE_CURRENT_LIST_DIR}/playback_engine.h
    ${CMAKE_CURRENT_LIST_DIR}/player_panel.cpp ${CMAKE_CURRENT_LIST_DIR}/player_panel.h
    ${CMAKE_CURRENT_LIST_DIR}/player_panel_session.cpp
    ${CMAKE_CURRENT_LIST_DIR}/session_dialog.cpp ${CMAKE_CURRENT_LIST_DIR}/session_dialog.h
    ${CMAKE_CURRENT_LIST_DIR}/video_view.cpp ${CMAKE_CURRENT_LIST_DIR}/video_view.h)
