# Emulator: HLS/DASH sessions (awscli + ffprobe cross-checks).
kinescope_add_test(NAME test_emulator_streaming
    SOURCES test_emulator_streaming.cpp streaming_test_client.cpp streaming_test_client.h
            raw_http_client.cpp raw_http_client.h
    LIBS kinescope_emulator Qt6::Network
    LABELS integration)
kinescope_add_test(NAME test_emulator_streaming_players
    SOURCES test_emulator_streaming_players.cpp streaming_test_client.cpp streaming_test_client.h
            raw_http_client.cpp raw_http_client.h
    LIBS kinescope_emulator Qt6::Network
    LABELS integration)
