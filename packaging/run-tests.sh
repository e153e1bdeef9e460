#!/bin/sh
# Command two of the README (and CI): install what is missing, build everything, run every test.
set -eu
cd "$(dirname "$0")/.."

sh packaging/install-deps.sh
cmake --preset release >/dev/null
cmake --build --preset release
ctest --preset release
