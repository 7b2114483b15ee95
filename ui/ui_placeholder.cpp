namespace kinescope {
int uiPlaceholder() {
    return 0;
}
} // namespace kinescope
