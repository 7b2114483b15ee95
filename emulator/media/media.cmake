# Synthetic H.264 per fragment, images (JPEG/PNG), Matroska with KVS tags.
target_link_libraries(kinescope_emulator PRIVATE PkgConfig::FFMPEG)
target_sources(kinescope_emulator PRIVATE
    ${CMAKE_CURRENT_LIST_DIR}/frame_painter.cpp
    ${CMAKE_CURRENT_LIST_DIR}/h264_encoder.cpp
    ${CMAKE_CURRENT_LIST_DIR}/synthetic_media.cpp
)
