# The coverage timeline widget.
target_sources(kinescope_ui PRIVATE
    ${CMAKE_CURRENT_LIST_DIR}/timeline_widget.h
    ${CMAKE_CURRENT_LIST_DIR}/timeline_widget.cpp
    ${CMAKE_CURRENT_LIST_DIR}/timeline_painter.h
    ${CMAKE_CURRENT_LIST_DIR}/timeline_painter.cpp
    ${CMAKE_CURRENT_LIST_DIR}/timeline_hover_card.h
    ${CMAKE_CURRENT_LIST_DIR}/timeline_hover_card.cpp
    ${CMAKE_CURRENT_LIST_DIR}/timeline_panel.h
    ${CMAKE_CURRENT_LIST_DIR}/timeline_panel.cpp)
