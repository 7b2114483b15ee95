# Archived media: streaming sessions (HLS/DASH), GetImages, GetMediaForFragmentList, GetClip.
target_sources(kinescope_core PRIVATE
    ${CMAKE_CURRENT_LIST_DIR}/streaming_session_options.h
    ${CMAKE_CURRENT_LIST_DIR}/streaming_session_options.cpp
    ${CMAKE_CURRENT_LIST_DIR}/image_request.h
    ${CMAKE_CURRENT_LIST_DIR}/image_request.cpp
    ${CMAKE_CURRENT_LIST_DIR}/archived_media_client.h
    ${CMAKE_CURRENT_LIST_DIR}/archived_media_client.cpp)
target_sources(kinescope_core PRIVATE
    ${CMAKE_CURRENT_LIST_DIR}/playback_time_map.h
    ${CMAKE_CURRENT_LIST_DIR}/playback_time_map.cpp
    ${CMAKE_CURRENT_LIST_DIR}/live_session_budget.h
    ${CMAKE_CURRENT_LIST_DIR}/live_session_budget.cpp
    ${CMAKE_CURRENT_LIST_DIR}/session_manager.h
    ${CMAKE_CURRENT_LIST_DIR}/session_manager.cpp)
