# Emulator: GetImages, GetMediaForFragmentList, synthetic media.
kinescope_add_test(NAME test_emulator_media
    SOURCES test_emulator_media.cpp media_decoder.cpp media_decoder.h
            raw_http_client.cpp raw_http_client.h
    LIBS kinescope_emulator Qt6::Network Qt6::Gui PkgConfig::FFMPEG
    LABELS integration)
