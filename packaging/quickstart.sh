#!/bin/sh
# Command one of the README: install what is missing, build, and open Cairn on the sample plan.
# Without a display it writes the sample plan, checks it, and writes its roadmap PDF, a roadmap
# image and a screenshot of the workspace, and says where they are.
set -eu
cd "$(dirname "$0")/.."

sh packaging/install-deps.sh
cmake --preset release >/dev/null
cmake --build --preset release --target cairn

CAIRN="$PWD/build/release/app/cairn"
OUT="$PWD/build/release/sample"
mkdir -p "$OUT"
# Written once: a second run opens the sample as it was left (with the changes made to it).
[ -e "$OUT/brightwater.cairn" ] || "$CAIRN" sample "$OUT/brightwater.cairn"
"$CAIRN" check "$OUT/brightwater.cairn"

if [ -n "${DISPLAY:-}${WAYLAND_DISPLAY:-}" ]; then
    exec "$CAIRN" "$OUT/brightwater.cairn"
fi

echo
echo "No display found, so here is the sample plan headless:"
# The schedule has problems worth naming (systems out of support): exit code 1 is expected.
"$CAIRN" schedule "$OUT/brightwater.cairn" > "$OUT/brightwater-schedule.txt" || true
export XDG_RUNTIME_DIR="${XDG_RUNTIME_DIR:-$(mktemp -d)}"
"$CAIRN" export "$OUT/brightwater.cairn" --pdf "$OUT/brightwater-roadmap.pdf" --png "$OUT/brightwater-roadmap.png"
"$CAIRN" screenshot "$OUT/brightwater.cairn" "$OUT/brightwater-workspace.png" 2>/dev/null
echo "Wrote the schedule to $OUT/brightwater-schedule.txt"
