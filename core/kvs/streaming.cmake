# Archived media: streaming sessions (HLS/DASH), GetImages, GetMediaForFragmentList, GetClip.
target_sources(kinescope_core PRIVATE
    ${CMAKE_CURRENT_LIST_DIR}/streaming_session_options.h
    ${CMAKE_CURRENT_LIST_DIR}/streaming_session_options.cpp
    ${CMAKE_CURRENT_LIST_DIR}/image_request.h
    ${CMAKE_CURRENT_LIST_DIR}/image_request.cpp
    ${CMAKE_CURRENT_LIST_DIR}/archived_media_client.h
    ${CMAKE_CURRENT_LIST_DIR}/archived_media_client.cpp)
