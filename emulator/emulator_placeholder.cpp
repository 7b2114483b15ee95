namespace kinescope {
int emulatorPlaceholder() {
    return 0;
}
} // namespace kinescope
