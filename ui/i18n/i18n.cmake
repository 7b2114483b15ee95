# Loading the translations and the language override.
target_sources(kinescope_ui PRIVATE
    ${CMAKE_CURRENT_LIST_DIR}/language.cpp ${CMAKE_CURRENT_LIST_DIR}/language.h)
