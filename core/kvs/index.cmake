# Fragment index (in memory) and its persistent SQLite store.
target_sources(kinescope_core PRIVATE
    ${CMAKE_CURRENT_LIST_DIR}/fragment_number_arena.h
    ${CMAKE_CURRENT_LIST_DIR}/fragment_number_arena.cpp
    ${CMAKE_CURRENT_LIST_DIR}/fragment_index.h
    ${CMAKE_CURRENT_LIST_DIR}/fragment_index.cpp
    ${CMAKE_CURRENT_LIST_DIR}/fragment_store.h
    ${CMAKE_CURRENT_LIST_DIR}/fragment_store.cpp)
