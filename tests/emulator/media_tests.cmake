# Emulator: GetImages, GetMediaForFragmentList, synthetic media.
