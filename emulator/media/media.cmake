# Synthetic H.264 per fragment, images (JPEG/PNG), Matroska with KVS tags, MP4 clips, and the
# operations that serve them (emulator/media_service.cpp).
target_link_libraries(kinescope_emulator PRIVATE PkgConfig::FFMPEG)
target_sources(kinescope_emulator PRIVATE
    ${CMAKE_CURRENT_LIST_DIR}/clip_writer.cpp
    ${CMAKE_CURRENT_LIST_DIR}/frame_painter.cpp
    ${CMAKE_CURRENT_LIST_DIR}/h264_encoder.cpp
    ${CMAKE_CURRENT_LIST_DIR}/image_renderer.cpp
    ${CMAKE_CURRENT_LIST_DIR}/kvs_mkv_writer.cpp
    ${CMAKE_CURRENT_LIST_DIR}/synthetic_media.cpp
    ${CMAKE_CURRENT_LIST_DIR}/../media_service.cpp
)
