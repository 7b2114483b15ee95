#!/usr/bin/env bash
# Builds Kinescope's libFuzzer targets with clang (AddressSanitizer + UndefinedBehaviorSanitizer)
# in their own build directory and runs each of them for a bounded time.
#
#   tests/fuzz/run_fuzzers.sh SECONDS [TARGET...]
#
# SECONDS   time per target (CI uses 60)
# TARGET    only these targets (default: every target in build-fuzz/fuzz_targets.txt)
#
# Environment: KINESCOPE_FUZZ_BUILD_DIR (default <repo>/build-fuzz), JOBS (build parallelism).
# Seed corpora are generated at run time with ffmpeg/mkvmerge (tiny files) into
# build-fuzz/fuzz/seeds/<kind>/, plus any committed files in tests/fuzz/seeds/<kind>/. What the
# fuzzers learn is kept in build-fuzz/fuzz/corpus/<target>/ between runs; crashes are written
# to build-fuzz/fuzz/artifacts/<target>/ and make the script exit 1.
set -euo pipefail

SECONDS_PER_TARGET=${1:?usage: run_fuzzers.sh SECONDS [TARGET...]}
shift
ROOT=$(cd "$(dirname "$0")/../.." && pwd)
BUILD=${KINESCOPE_FUZZ_BUILD_DIR:-$ROOT/build-fuzz}
JOBS=${JOBS:-$(nproc)}
WORK=$BUILD/fuzz

for tool in clang clang++ ffmpeg mkvmerge python3; do
    command -v "$tool" >/dev/null || { echo "run_fuzzers.sh: $tool is needed" >&2; exit 1; }
done

# --- build -------------------------------------------------------------------------------------
if [ ! -f "$BUILD/build.ninja" ]; then
    CC=clang CXX=clang++ cmake -S "$ROOT" -B "$BUILD" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo \
        -DKINESCOPE_FUZZ=ON -DKINESCOPE_BUILD_TESTS=ON >/dev/null
else
    cmake "$BUILD" >/dev/null # pick up new targets
fi
MANIFEST=$BUILD/fuzz_targets.txt
[ -s "$MANIFEST" ] || { echo "run_fuzzers.sh: no fuzz targets configured in $BUILD" >&2; exit 1; }
mapfile -t ALL < <(cut -d' ' -f1 "$MANIFEST")
TARGETS=("$@")
[ ${#TARGETS[@]} -gt 0 ] || TARGETS=("${ALL[@]}")
cmake --build "$BUILD" --target "${TARGETS[@]}" --parallel "$JOBS"

# --- seeds ---------------------------------------------------------------------------------------
ff() { ffmpeg -nostdin -y -hide_banner -loglevel error "$@"; }

seeds_matroska() {
    local d=$1 v=(-f lavfi -i testsrc2=size=64x48:rate=15:duration=0.4) a=(-f lavfi -i sine=sample_rate=8000:duration=0.4)
    ff "${v[@]}" "${a[@]}" -c:v libx264 -g 3 -bf 1 -b:v 30k -c:a aac -b:a 16k "$d/h264_aac.mkv"
    ff -i "$d/h264_aac.mkv" -c copy -f matroska - >"$d/unknown_size.mkv"
    ff "${v[@]}" -c:v libx265 -x265-params log-level=none -b:v 30k "$d/hevc.mkv"
    ff "${a[@]}" -c:a libopus -b:a 8k "$d/opus.webm"
    mkvmerge -q -o "$d/xiph.mkv" --engage lacing_xiph "$d/h264_aac.mkv" || true
    mkvmerge -q -o "$d/groups.mkv" --engage no_simpleblocks "$d/h264_aac.mkv" || true
    ff -f lavfi -i sine=sample_rate=8000:duration=0.3 -c:a pcm_s16le "$d/tone.wav"
    mkvmerge -q -o "$d/fixed_lacing.mkv" "$d/tone.wav" || true
    rm -f "$d/tone.wav"
    # A GetMedia-style stream: two chunks with KVS tags, one after the other.
    local i
    for i in 1 2; do
        printf '<?xml version="1.0"?><Tags><Tag><Simple><Name>AWS_KINESISVIDEO_FRAGMENT_NUMBER</Name><String>9134385233318143239268206260774392014626431%s</String></Simple><Simple><Name>AWS_KINESISVIDEO_SERVER_TIMESTAMP</Name><String>1700000000.12%s</String></Simple><Simple><Name>AWS_KINESISVIDEO_PRODUCER_TIMESTAMP</Name><String>1700000000.00%s</String></Simple></Tag></Tags>' \
            "$i" "$i" "$i" >"$d/tags$i.xml"
        mkvmerge -q -o "$d/chunk$i.mkv" --global-tags "$d/tags$i.xml" "$d/h264_aac.mkv" || true
    done
    cat "$d/chunk1.mkv" "$d/chunk2.mkv" >"$d/getmedia.mkv"
    rm -f "$d"/tags*.xml "$d"/chunk*.mkv
}

seeds_mp4() {
    local d=$1 v=(-f lavfi -i testsrc2=size=64x48:rate=15:duration=0.4) a=(-f lavfi -i sine=sample_rate=8000:duration=0.4)
    ff "${v[@]}" "${a[@]}" -c:v libx264 -g 3 -bf 1 -b:v 30k -c:a aac -b:a 16k "$d/progressive.mp4"
    ff -i "$d/progressive.mp4" -c copy -movflags +faststart "$d/faststart.mp4"
    ff -i "$d/progressive.mp4" -c copy -movflags +frag_keyframe+empty_moov+default_base_moof "$d/fragmented.mp4"
    ff -i "$d/progressive.mp4" -c copy -movflags +dash+global_sidx "$d/dash.mp4"
    ff "${v[@]}" -c:v libx265 -x265-params log-level=none -b:v 30k -tag:v hvc1 "$d/hevc.mp4"
}

# Codec private payloads pulled out of the MP4 seeds, prefixed with the decoder selector byte
# fuzz_codec_private expects (0 avcC, 1 hvcC, 2 AudioSpecificConfig, 5 esds).
seeds_codec() {
    local d=$1 mp4=$WORK/seeds/mp4
    [ -d "$mp4" ] || { mkdir -p "$mp4"; seeds_mp4 "$mp4"; }
    python3 - "$mp4" "$d" <<'PY'
import os, struct, sys
src, out = sys.argv[1], sys.argv[2]
containers = {b'moov', b'trak', b'mdia', b'minf', b'stbl'}
entries = {b'avc1': 78, b'hvc1': 78, b'mp4a': 28}
def walk(data, start, end, found):
    pos = start
    while pos + 8 <= end:
        size, kind = struct.unpack('>I4s', data[pos:pos + 8])
        if size < 8 or pos + size > end:
            return
        if kind in containers:
            walk(data, pos + 8, pos + size, found)
        elif kind == b'stsd':
            walk(data, pos + 16, pos + size, found)
        elif kind in entries:
            walk(data, pos + 8 + entries[kind], pos + size, found)
        elif kind in (b'avcC', b'hvcC', b'esds'):
            found.append((kind, data[pos + 8:pos + size]))
        pos += size
n = 0
for name in sorted(os.listdir(src)):
    data = open(os.path.join(src, name), 'rb').read()
    found = []
    walk(data, 0, len(data), found)
    for kind, payload in found:
        selector = {b'avcC': 0, b'hvcC': 1, b'esds': 5}[kind]
        body = payload[4:] if kind == b'esds' else payload
        open(os.path.join(out, '%s_%d_%s' % (name, n, kind.decode())), 'wb').write(bytes([selector]) + body)
        if kind == b'esds':  # the AudioSpecificConfig inside: tag 5
            i = body.find(b'\x05')
            if i >= 0 and i + 2 < len(body):
                length = body[i + 1]
                open(os.path.join(out, '%s_%d_asc' % (name, n)), 'wb').write(bytes([2]) + body[i + 2:i + 2 + length])
        n += 1
PY
}

seed_dirs_for() { # kinds (comma-separated) → directories, generating what is missing
    local kind dirs=()
    IFS=',' read -ra kinds <<<"$1"
    for kind in "${kinds[@]}"; do
        local dir=$WORK/seeds/$kind
        if [ ! -d "$dir" ] || [ -z "$(ls -A "$dir" 2>/dev/null)" ]; then
            mkdir -p "$dir"
            if declare -F "seeds_$kind" >/dev/null; then
                "seeds_$kind" "$dir" >&2
            fi
        fi
        dirs+=("$dir")
        [ -d "$ROOT/tests/fuzz/seeds/$kind" ] && dirs+=("$ROOT/tests/fuzz/seeds/$kind")
    done
    echo "${dirs[@]}"
}

# --- run -----------------------------------------------------------------------------------------
export ASAN_OPTIONS=${ASAN_OPTIONS:-abort_on_error=1:detect_leaks=1:allocator_may_return_null=1}
export UBSAN_OPTIONS=${UBSAN_OPTIONS:-halt_on_error=1:print_stacktrace=1}
status=0
summary=()
for target in "${TARGETS[@]}"; do
    line=$(grep "^$target " "$MANIFEST" || true)
    [ -n "$line" ] || { echo "run_fuzzers.sh: unknown target $target" >&2; status=1; continue; }
    read -r _ kinds dict <<<"$line"
    read -ra seeds <<<"$(seed_dirs_for "$kinds")"
    corpus=$WORK/corpus/$target
    artifacts=$WORK/artifacts/$target
    mkdir -p "$corpus" "$artifacts"
    args=(-max_total_time="$SECONDS_PER_TARGET" -timeout=10 -rss_limit_mb=2560 -malloc_limit_mb=1024
          -print_final_stats=1 -artifact_prefix="$artifacts/")
    [ "$dict" != "-" ] && args+=(-dict="$dict")
    log=$WORK/$target.log
    echo "=== $target: ${SECONDS_PER_TARGET}s, seeds from ${seeds[*]}" >&2
    if "$BUILD/bin/$target" "${args[@]}" "$corpus" "${seeds[@]}" >"$log" 2>&1; then
        result=ok
    else
        result="FAILED (see $log and $artifacts)"
        status=1
        tail -40 "$log" >&2
    fi
    runs=$(grep -o 'stat::number_of_executed_units: *[0-9]*' "$log" | grep -o '[0-9]*$' || echo '?')
    cov=$(grep -o 'cov: [0-9]*' "$log" | tail -1 | grep -o '[0-9]*' || echo '?')
    summary+=("$(printf '%-28s %-8s runs %-10s coverage %-6s corpus %s files' "$target" "$result" "$runs" "$cov" "$(ls "$corpus" | wc -l)")")
done
echo "--- fuzz summary (${SECONDS_PER_TARGET}s per target)"
printf '%s\n' "${summary[@]}"
exit $status
