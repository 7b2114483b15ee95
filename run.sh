#!/usr/bin/env bash
# Kinescope's one entry point on a Debian 12 machine.
#   ./run.sh demo            install what is missing, build, start the emulator, show the product
#   ./run.sh test            install what is missing, build, run the whole test suite (CTest)
# Options (after the command):
#   --sanitize               build and test under AddressSanitizer + UndefinedBehaviorSanitizer
#   --fuzz-seconds N         also run each libFuzzer target for N seconds (test only)
#   --jobs N                 build parallelism (default: number of cores)
#   --no-install             do not try to install packages
set -euo pipefail
cd "$(dirname "$0")"
ROOT=$(pwd)

usage() { sed -n '2,9p' "$0" | sed 's/^# \{0,1\}//'; }

CMD=${1:-}
[ $# -gt 0 ] && shift
SANITIZE=0
FUZZ_SECONDS=0
JOBS=$(nproc)
INSTALL=1
while [ $# -gt 0 ]; do
    case "$1" in
        --sanitize) SANITIZE=1 ;;
        --fuzz-seconds) FUZZ_SECONDS=${2:?--fuzz-seconds needs a number}; shift ;;
        --jobs) JOBS=${2:?--jobs needs a number}; shift ;;
        --no-install) INSTALL=0 ;;
        -h|--help) usage; exit 0 ;;
        *) echo "run.sh: unknown option $1" >&2; usage >&2; exit 2 ;;
    esac
    shift
done

# Debian 12 packages the build, the tests and the demo need.
PACKAGES=(
    build-essential cmake ninja-build pkg-config ccache clang clang-format libclang-rt-14-dev
    qt6-base-dev qt6-base-dev-tools libqt6sql6-sqlite qt6-multimedia-dev qt6-tools-dev
    qt6-tools-dev-tools qt6-l10n-tools qtkeychain-qt6-dev libgl-dev
    libavformat-dev libavcodec-dev libavutil-dev libswscale-dev libswresample-dev ffmpeg
    gstreamer1.0-plugins-base gstreamer1.0-plugins-good gstreamer1.0-plugins-bad
    gstreamer1.0-libav
    awscli python3-botocore mkvtoolnix xvfb xauth
)

install_missing() {
    local missing=()
    for p in "${PACKAGES[@]}"; do
        dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q 'install ok installed' || missing+=("$p")
    done
    [ ${#missing[@]} -eq 0 ] && return 0
    echo "run.sh: installing ${missing[*]}" >&2
    local sudo=()
    if [ "$(id -u)" -ne 0 ]; then
        command -v sudo >/dev/null || { echo "run.sh: need root or sudo to install: ${missing[*]}" >&2; exit 1; }
        sudo=(sudo)
    fi
    # Wait for another apt/dpkg to release its lock instead of failing.
    local apt_opts=(-o DPkg::Lock::Timeout=900 -y --no-install-recommends)
    "${sudo[@]}" env DEBIAN_FRONTEND=noninteractive apt-get -o DPkg::Lock::Timeout=900 update -q
    "${sudo[@]}" env DEBIAN_FRONTEND=noninteractive apt-get install -q "${apt_opts[@]}" "${missing[@]}"
}

BUILD_DIR="$ROOT/build"
CMAKE_ARGS=(-G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo)
if [ "$SANITIZE" = 1 ]; then
    BUILD_DIR="$ROOT/build-asan"
    CMAKE_ARGS+=(-DKINESCOPE_SANITIZE=ON -DCMAKE_BUILD_TYPE=Debug)
fi

build() {
    [ "$INSTALL" = 1 ] && install_missing
    if [ ! -f "$BUILD_DIR/build.ninja" ]; then
        cmake -S "$ROOT" -B "$BUILD_DIR" "${CMAKE_ARGS[@]}"
    fi
    cmake --build "$BUILD_DIR" --parallel "$JOBS"
}

case "$CMD" in
    test)
        build
        export ASAN_OPTIONS=${ASAN_OPTIONS:-detect_leaks=1:halt_on_error=1}
        export UBSAN_OPTIONS=${UBSAN_OPTIONS:-halt_on_error=1:print_stacktrace=1}
        ctest --test-dir "$BUILD_DIR" --output-on-failure --parallel "$JOBS" --timeout 600
        if [ "$FUZZ_SECONDS" -gt 0 ] && [ -x "$ROOT/tests/fuzz/run_fuzzers.sh" ]; then
            "$ROOT/tests/fuzz/run_fuzzers.sh" "$FUZZ_SECONDS"
        fi
        ;;
    demo)
        build
        exec "$ROOT/packaging/demo.sh" "$BUILD_DIR"
        ;;
    ""|-h|--help|help) usage ;;
    *) echo "run.sh: unknown command '$CMD'" >&2; usage >&2; exit 2 ;;
esac
