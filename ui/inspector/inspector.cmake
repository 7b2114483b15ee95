# The container inspector panel.
target_sources(kinescope_ui PRIVATE
    ${CMAKE_CURRENT_LIST_DIR}/hex_view.cpp ${CMAKE_CURRENT_LIST_DIR}/hex_view.h
    ${CMAKE_CURRENT_LIST_DIR}/inspection_worker.cpp ${CMAKE_CURRENT_LIST_DIR}/inspection_worker.h
    ${CMAKE_CURRENT_LIST_DIR}/inspector_panel.cpp ${CMAKE_CURRENT_LIST_DIR}/inspector_panel.h
    ${CMAKE_CURRENT_LIST_DIR}/inspector_window.cpp ${CMAKE_CURRENT_LIST_DIR}/inspector_window.h
    ${CMAKE_CURRENT_LIST_DIR}/keyframe_strip.cpp ${CMAKE_CURRENT_LIST_DIR}/keyframe_strip.h
    ${CMAKE_CURRENT_LIST_DIR}/search_bar.cpp ${CMAKE_CURRENT_LIST_DIR}/search_bar.h
    ${CMAKE_CURRENT_LIST_DIR}/track_details_view.cpp ${CMAKE_CURRENT_LIST_DIR}/track_details_view.h)
