#!/usr/bin/env bash
# Shows Kinescope against the local AWS emulator (default scenario).
# With a display, runs the review desk: `kinescope --demo` starts the bundled emulator itself,
# connects through its "Demo (local emulator)" profile and opens the stream front-door.
# Without a display (or with KINESCOPE_DEMO_CLI=1), starts the emulator here and walks through
# the CLI instead. Called by ./run.sh demo with the build directory; usable on its own too.
set -euo pipefail
BUILD_DIR=${1:?usage: demo.sh BUILD_DIR}
BIN="$BUILD_DIR/bin"

if [ -x "$BIN/kinescope" ] && [ "${KINESCOPE_DEMO_CLI:-0}" != 1 ] &&
   { [ -n "${DISPLAY:-}" ] || [ -n "${WAYLAND_DISPLAY:-}" ]; } &&
   "$BIN/kinescope" --help 2>/dev/null | grep -q -- '--demo'; then
    exec "$BIN/kinescope" --demo
fi

WORK=$(mktemp -d "${TMPDIR:-/tmp}/kinescope-demo.XXXXXX")
EMULATOR_PID=
cleanup() {
    [ -n "$EMULATOR_PID" ] && kill "$EMULATOR_PID" 2>/dev/null && wait "$EMULATOR_PID" 2>/dev/null
    rm -rf "$WORK"
}
trap cleanup EXIT INT TERM

"$BIN/kinescope-emulator" --port 0 >"$WORK/emulator.out" 2>"$WORK/emulator.err" &
EMULATOR_PID=$!
for _ in $(seq 1 100); do
    grep -q '^PORT ' "$WORK/emulator.out" 2>/dev/null && break
    kill -0 "$EMULATOR_PID" 2>/dev/null || { cat "$WORK/emulator.err" >&2; exit 1; }
    sleep 0.1
done
PORT=$(sed -n 's/^PORT \([0-9]*\)$/\1/p' "$WORK/emulator.out" | head -n1)
[ -n "$PORT" ] || { echo "demo: the emulator did not report its port" >&2; exit 1; }
ENDPOINT="http://127.0.0.1:$PORT"
echo "Emulator listening on $ENDPOINT (demo credentials, region us-east-1)"

# The emulator's demo credentials; nothing of the user's AWS set-up is touched.
export AWS_ACCESS_KEY_ID=AKIDKINESCOPEEMULATOR
export AWS_SECRET_ACCESS_KEY='kinescope/emulator/secret+EXAMPLEKEY'
export AWS_REGION=us-east-1
unset AWS_PROFILE AWS_SESSION_TOKEN
CLI=("$BIN/kinescope-cli" --endpoint-url "$ENDPOINT" --output table)

if [ -x "$BIN/kinescope" ] && [ "${KINESCOPE_DEMO_CLI:-0}" != 1 ]; then
    echo "(No display: showing the command line. On a desktop, ./run.sh demo opens the review desk.)"
fi

echo
echo "\$ kinescope-cli streams list"
"${CLI[@]}" streams list
STREAMS=$("$BIN/kinescope-cli" --endpoint-url "$ENDPOINT" --output json streams list |
          python3 -c 'import json,sys; print(" ".join(s["StreamName"] for s in json.load(sys.stdin)["StreamInfoList"]))')
END=$(date -u +%Y-%m-%dT%H:%M:%SZ)
START=$(date -u -d '1 day ago' +%Y-%m-%dT%H:%M:%SZ)
for STREAM in $STREAMS; do
    echo
    echo "\$ kinescope-cli fragments gaps --stream $STREAM --start $START --end $END --min-gap-ms 60000"
    "${CLI[@]}" fragments gaps --stream "$STREAM" --start "$START" --end "$END" --min-gap-ms 60000
done
STREAM=${STREAMS%% *}
echo
echo "\$ kinescope-cli streams describe --stream $STREAM"
"${CLI[@]}" streams describe --stream "$STREAM"
echo
echo "\$ kinescope-cli fragments list --stream $STREAM --start $START --end $END   (first 25 rows; from the local cache)"
"${CLI[@]}" --no-progress fragments list --stream "$STREAM" --start "$START" --end "$END" | head -n 27 || true
echo
echo "A day of $STREAM: $("$BIN/kinescope-cli" --endpoint-url "$ENDPOINT" --output json --no-progress \
    fragments list --stream "$STREAM" --start "$START" --end "$END" | python3 -c 'import json,sys; print(len(json.load(sys.stdin)))') fragments."
if [ -t 0 ]; then
    cat <<MSG

The emulator keeps running until you press Enter. From another terminal:
  export AWS_ACCESS_KEY_ID=$AWS_ACCESS_KEY_ID AWS_SECRET_ACCESS_KEY='$AWS_SECRET_ACCESS_KEY' AWS_REGION=$AWS_REGION
  $BIN/kinescope-cli --endpoint-url $ENDPOINT --help
MSG
    read -r _
fi
