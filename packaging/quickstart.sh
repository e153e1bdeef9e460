#!/bin/sh
# Command one of the README: install what is missing, build, and run Cairn on the sample plan.
set -eu
cd "$(dirname "$0")/.."

sh packaging/install-deps.sh
cmake --preset release >/dev/null
cmake --build --preset release --target cairn

CAIRN=build/release/app/cairn
OUT=build/release/sample
mkdir -p "$OUT"
"$CAIRN" sample "$OUT/brightwater.cairn"
"$CAIRN" check "$OUT/brightwater.cairn"
