namespace kinescope { int uiPlaceholder() { return 0; } }
