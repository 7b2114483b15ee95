# Streaming sessions, images, media downloads, thumbnails (against the emulator).
kinescope_add_test(NAME test_session_manager
    SOURCES ${CMAKE_CURRENT_LIST_DIR}/test_session_manager.cpp
    LABELS integration)
kinescope_add_test(NAME test_thumbnails
    SOURCES ${CMAKE_CURRENT_LIST_DIR}/test_thumbnails.cpp
    LABELS integration)
kinescope_add_test(NAME test_streaming_client
    SOURCES ${CMAKE_CURRENT_LIST_DIR}/test_streaming_client.cpp
    LABELS integration)
