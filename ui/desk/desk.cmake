# The main window, its docks and dialogs.
target_sources(kinescope_ui PRIVATE
    ${CMAKE_CURRENT_LIST_DIR}/connection_panel.cpp ${CMAKE_CURRENT_LIST_DIR}/connection_panel.h
    ${CMAKE_CURRENT_LIST_DIR}/desk_status_bar.cpp ${CMAKE_CURRENT_LIST_DIR}/desk_status_bar.h
    ${CMAKE_CURRENT_LIST_DIR}/fragment_table_view.cpp ${CMAKE_CURRENT_LIST_DIR}/fragment_table_view.h
    ${CMAKE_CURRENT_LIST_DIR}/jobs_panel.cpp ${CMAKE_CURRENT_LIST_DIR}/jobs_panel.h
    ${CMAKE_CURRENT_LIST_DIR}/log_panel.cpp ${CMAKE_CURRENT_LIST_DIR}/log_panel.h
    ${CMAKE_CURRENT_LIST_DIR}/main_window.cpp ${CMAKE_CURRENT_LIST_DIR}/main_window.h
    ${CMAKE_CURRENT_LIST_DIR}/preferences_dialog.cpp ${CMAKE_CURRENT_LIST_DIR}/preferences_dialog.h
    ${CMAKE_CURRENT_LIST_DIR}/profile_dialog.cpp ${CMAKE_CURRENT_LIST_DIR}/profile_dialog.h
    ${CMAKE_CURRENT_LIST_DIR}/review_loader.cpp ${CMAKE_CURRENT_LIST_DIR}/review_loader.h
    ${CMAKE_CURRENT_LIST_DIR}/stream_browser.cpp ${CMAKE_CURRENT_LIST_DIR}/stream_browser.h)
