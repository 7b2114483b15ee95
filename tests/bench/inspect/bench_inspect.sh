#!/usr/bin/env bash
# Inspect benchmark: kinescope-cli inspect --frames against mkvinfo -v, ffprobe -show_packets
# and cat, on two Matroska files with KVS-style tags generated once and cached:
#   large   >= 1 GiB, 1280x720 H.264 at ~8 Mbit/s + AAC (few, large frames: I/O bound)
#   small   hours of 320x240 30 fps at ~100 kbit/s + AAC (many small frames: per-frame cost)
# plus the large file as a KVS GetMedia-style stream (one document per fragment; mkvinfo stops
# after the first document and ffprobe warns, so only Kinescope and cat are timed there).
#
#   bench_inspect.sh KINESCOPE_CLI MAKE_KVS_STREAM [RUNS]
#
# Cache: $KINESCOPE_BENCH_CACHE, else $XDG_CACHE_HOME/kinescope-bench, else ~/.cache/...
# Every command runs RUNS times (default 3) after a warm-up read, output to /dev/null; the
# best time counts (page cache warm for every tool alike).
set -euo pipefail
CLI=${1:?usage: bench_inspect.sh KINESCOPE_CLI MAKE_KVS_STREAM [RUNS]}
MAKE=${2:?usage: bench_inspect.sh KINESCOPE_CLI MAKE_KVS_STREAM [RUNS]}
RUNS=${3:-3}
CACHE=${KINESCOPE_BENCH_CACHE:-${XDG_CACHE_HOME:-$HOME/.cache}/kinescope-bench}
mkdir -p "$CACHE"
for tool in ffmpeg ffprobe mkvinfo; do
    command -v "$tool" >/dev/null || { echo "bench_inspect: $tool is needed" >&2; exit 1; }
done
ff() { ffmpeg -nostdin -y -hide_banner -loglevel error "$@"; }

# --- media (generated once) ----------------------------------------------------------------------
LARGE=$CACHE/large_kvs_tags.mkv
SMALL=$CACHE/small_frames_kvs_tags.mkv
GETMEDIA=$CACHE/large_getmedia.mkv
if [ ! -s "$LARGE" ] || [ ! -s "$GETMEDIA" ]; then
    echo "bench_inspect: generating the >= 1 GiB files in $CACHE (once)" >&2
    # 20 s of 720p at ~8 Mbit/s (noise keeps the bitrate up), looped to 1 GiB by stream copy.
    ff -f lavfi -i "testsrc2=size=1280x720:rate=30:duration=20" \
        -f lavfi -i "anoisesrc=color=pink:sample_rate=48000:duration=20" \
        -vf "noise=alls=40:allf=t" -c:v libx264 -preset ultrafast -b:v 8M -g 60 \
        -c:a aac -b:a 128k "$CACHE/large_source.mkv"
    "$MAKE" "$CACHE/large_source.mkv" "$LARGE.tmp" --single-document --target-bytes 1073741824 \
        --tag site=warehouse-7
    mv "$LARGE.tmp" "$LARGE"
    "$MAKE" "$CACHE/large_source.mkv" "$GETMEDIA.tmp" --target-bytes 1073741824 --tag site=warehouse-7
    mv "$GETMEDIA.tmp" "$GETMEDIA"
fi
if [ ! -s "$SMALL" ]; then
    echo "bench_inspect: generating the many-small-frames file in $CACHE (once)" >&2
    ff -f lavfi -i "testsrc2=size=320x240:rate=30:duration=60" \
        -f lavfi -i "sine=frequency=440:sample_rate=48000:duration=60" \
        -c:v libx264 -preset veryfast -b:v 100k -g 60 -c:a aac -b:a 32k "$CACHE/small_source.mkv"
    # 3 hours: 60 s looped 180 times.
    "$MAKE" "$CACHE/small_source.mkv" "$SMALL.tmp" --single-document --repeat 180 --tag site=dock-3
    mv "$SMALL.tmp" "$SMALL"
fi

# --- timing --------------------------------------------------------------------------------------
best() { # best wall time in seconds of "$@" > /dev/null over RUNS runs
    local best_ns= t0 t1 i
    for ((i = 0; i < RUNS; i++)); do
        t0=$(date +%s%N)
        "$@" >/dev/null 2>&1 || true
        t1=$(date +%s%N)
        if [ -z "$best_ns" ] || [ $((t1 - t0)) -lt "$best_ns" ]; then best_ns=$((t1 - t0)); fi
    done
    awk -v ns="$best_ns" 'BEGIN { printf "%.3f", ns / 1e9 }'
}
ratio() { awk -v a="$1" -v b="$2" 'BEGIN { if (b > 0) printf "%.1f", a / b; else print "-" }'; }
verdict() { awk -v r="$1" -v t="$2" -v op="$3" 'BEGIN { ok = (op == ">=") ? r >= t : r <= t; print ok ? "ok" : "MISSED" }'; }

report() { # name file compare-with-tools
    local name=$1 file=$2 tools=$3
    local size frames
    size=$(stat -c %s "$file")
    cat "$file" >/dev/null # warm the page cache
    frames=$("$CLI" --output json inspect "$file" --frames 2>/dev/null | grep -c '^{"track"' || true)
    local t_cat t_json t_table
    t_cat=$(best cat "$file")
    t_json=$(best "$CLI" --output json inspect --frames "$file")
    t_table=$(best "$CLI" --output table inspect --frames "$file")
    echo
    echo "== $name: $(awk -v s="$size" 'BEGIN { printf "%.2f GiB", s / 1073741824 }') ($size bytes), $frames frames"
    printf '  %-44s %8s s\n' "cat FILE > /dev/null" "$t_cat"
    printf '  %-44s %8s s   %sx cat\n' "kinescope-cli inspect --frames (json)" "$t_json" "$(ratio "$t_json" "$t_cat")"
    printf '  %-44s %8s s   %sx cat\n' "kinescope-cli inspect --frames (table)" "$t_table" "$(ratio "$t_table" "$t_cat")"
    if [ "$tools" = yes ]; then
        local t_mkvinfo t_ffprobe
        t_mkvinfo=$(best mkvinfo -v "$file")
        t_ffprobe=$(best ffprobe -v error -show_packets "$file")
        printf '  %-44s %8s s   kinescope is %sx faster\n' "mkvinfo -v" "$t_mkvinfo" "$(ratio "$t_mkvinfo" "$t_json")"
        printf '  %-44s %8s s   kinescope is %sx faster\n' "ffprobe -show_packets" "$t_ffprobe" "$(ratio "$t_ffprobe" "$t_json")"
        if [ "$name" = large ]; then
            local r1 r2 r3
            r1=$(ratio "$t_mkvinfo" "$t_json")
            r2=$(ratio "$t_ffprobe" "$t_json")
            r3=$(ratio "$t_json" "$t_cat")
            echo "  targets: >= 10x mkvinfo: $r1 $(verdict "$r1" 10 '>=')," \
                ">= 2x ffprobe: $r2 $(verdict "$r2" 2 '>=')," \
                "<= 2x cat: $r3 $(verdict "$r3" 2 '<=')"
        fi
    fi
}

echo "inspect benchmark ($RUNS runs each, best time; $(nproc) cores; $(date -u +%Y-%m-%dT%H:%MZ))"
report large "$LARGE" yes
report small "$SMALL" yes
report getmedia "$GETMEDIA" no
