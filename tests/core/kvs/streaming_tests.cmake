# Streaming sessions, images, media downloads, thumbnails (against the emulator).
