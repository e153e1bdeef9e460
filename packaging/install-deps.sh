#!/bin/sh
# Installs the Debian 12 packages Cairn needs to build, test and run headless, and to build and
# check its .deb (rsvg-convert for the PNG icons, desktop-file-validate, appstreamcli, lintian).
# Idempotent: only missing packages are installed. Run as root (or with sudo).
set -eu

# clang with its runtime libraries (libclang-rt-14-dev: libFuzzer, ASan) builds the fuzzers in
# tests/fuzz.
PACKAGES="
  build-essential cmake ninja-build ccache pkg-config file clang-format
  clang libclang-rt-14-dev
  qt6-base-dev qt6-base-dev-tools libqt6sql6-sqlite libqt6sql6-psql postgresql
  qt6-charts-dev libqt6opengl6-dev qt6-svg-dev
  qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools qt6-translations-l10n
  libboost-graph-dev libxlsxwriter-dev zlib1g-dev coinor-libcbc-dev libgraphviz-dev
  libgl-dev
  fonts-dejavu-core qt6-qpa-plugins libqt6svg6
  xvfb xauth poppler-utils qpdf
  desktop-file-utils appstream lintian librsvg2-bin libglib2.0-bin shared-mime-info
"

missing=""
for p in $PACKAGES; do
    if ! dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed"; then
        missing="$missing $p"
    fi
done

if [ -z "$missing" ]; then
    echo "install-deps: all packages present"
    exit 0
fi

SUDO=""
if [ "$(id -u)" -ne 0 ]; then
    SUDO="sudo"
fi

echo "install-deps: installing:$missing"
export DEBIAN_FRONTEND=noninteractive
$SUDO apt-get update -qq
# shellcheck disable=SC2086
$SUDO apt-get install -y -qq --no-install-recommends $missing
