# Emulator: HLS/DASH sessions (awscli + ffprobe cross-checks).
