#!/bin/sh
# Command two of the README (and CI): install what is missing, build everything, run every test;
# then every suite again (core, app, server) under AddressSanitizer and UBSan.
set -eu
cd "$(dirname "$0")/.."

sh packaging/install-deps.sh
# ccache finds what an earlier run compiled, also from a checkout in another folder.
export CCACHE_BASEDIR="$PWD" CCACHE_NOHASHDIR=1
cmake --preset release >/dev/null
cmake --build --preset release
ctest --preset release
cmake --preset sanitize >/dev/null
cmake --build --preset sanitize
ctest --preset sanitize
