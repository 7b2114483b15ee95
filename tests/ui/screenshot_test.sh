#!/usr/bin/env bash
# Screenshot test: runs `kinescope --demo --screenshot OUT/main.png` on a virtual X display
# (xvfb-run) and checks that a real, non-trivial PNG of the main window was written.
# Usage: screenshot_test.sh BIN_DIR OUT_DIR. Exit 77 (skipped) without xvfb-run.
set -euo pipefail
BIN=${1:?usage: screenshot_test.sh BIN_DIR OUT_DIR}
OUT=${2:?usage: screenshot_test.sh BIN_DIR OUT_DIR}
if ! command -v xvfb-run >/dev/null; then
    echo "SKIP: xvfb-run is not installed"
    exit 77
fi
mkdir -p "$OUT"
SHOT="$OUT/main.png"
rm -f "$SHOT"
WORK=$(mktemp -d "${TMPDIR:-/tmp}/kinescope-shot.XXXXXX")
trap 'rm -rf "$WORK"' EXIT
# A throw-away home: no user settings, AWS files or caches are read or written.
env -u QT_QPA_PLATFORM -u AWS_PROFILE -u AWS_ACCESS_KEY_ID -u AWS_SECRET_ACCESS_KEY \
    HOME="$WORK" XDG_CONFIG_HOME="$WORK/config" XDG_CACHE_HOME="$WORK/cache" \
    XDG_RUNTIME_DIR="$WORK" \
    xvfb-run -a -s "-screen 0 1920x1200x24" \
    "$BIN/kinescope" --demo --screenshot "$SHOT"
python3 - "$SHOT" <<'PY'
import struct, sys, zlib
path = sys.argv[1]
data = open(path, 'rb').read()
assert data[:8] == b'\x89PNG\r\n\x1a\n', 'not a PNG'
width, height = struct.unpack('>II', data[16:24])
assert width >= 800 and height >= 600, f'too small: {width}x{height}'
assert len(data) > 50_000, f'suspiciously small file: {len(data)} bytes'
# Decode IDAT and check the picture is not one flat colour.
idat, pos = b'', 8
while pos + 8 <= len(data):
    (length,) = struct.unpack('>I', data[pos:pos + 4])
    if data[pos + 4:pos + 8] == b'IDAT':
        idat += data[pos + 8:pos + 8 + length]
    pos += 12 + length
raw = zlib.decompress(idat)
assert len(set(raw[::97])) > 16, 'the picture is (nearly) uniform'
print(f'{path}: {width}x{height}, {len(data)} bytes')
PY
