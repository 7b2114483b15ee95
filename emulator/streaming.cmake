# HLS and DASH streaming sessions: playlists, manifests, fMP4 and MPEG-TS segments.
target_sources(kinescope_emulator PRIVATE
    ${CMAKE_CURRENT_LIST_DIR}/dash_manifest.cpp
    ${CMAKE_CURRENT_LIST_DIR}/fmp4_writer.cpp
    ${CMAKE_CURRENT_LIST_DIR}/hls_playlist.cpp
    ${CMAKE_CURRENT_LIST_DIR}/streaming_request.cpp
    ${CMAKE_CURRENT_LIST_DIR}/streaming_service.cpp
    ${CMAKE_CURRENT_LIST_DIR}/streaming_session.cpp
    ${CMAKE_CURRENT_LIST_DIR}/ts_writer.cpp
)
