namespace kinescope { int emulatorPlaceholder() { return 0; } }
