# Synthetic H.264 per fragment, images (JPEG/PNG), Matroska with KVS tags.
target_link_libraries(kinescope_emulator PRIVATE PkgConfig::FFMPEG)
