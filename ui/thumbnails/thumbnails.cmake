# The thumbnail strip.
target_sources(kinescope_ui PRIVATE
    ${CMAKE_CURRENT_LIST_DIR}/thumbnail_strip.cpp ${CMAKE_CURRENT_LIST_DIR}/thumbnail_strip.h)
