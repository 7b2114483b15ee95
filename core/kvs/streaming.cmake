# Archived media: streaming sessions (HLS/DASH), GetImages, GetMediaForFragmentList, GetClip.
target_sources(kinescope_core PRIVATE
    ${CMAKE_CURRENT_LIST_DIR}/streaming_session_options.h
    ${CMAKE_CURRENT_LIST_DIR}/streaming_session_options.cpp)
