#!/bin/sh
# Extra tools for `cairn-bench exact` only (not needed to build, test or run Cairn):
# COIN-OR CBC solves the time-indexed integer programs the exact comparison uses.
set -eu
if dpkg-query -W -f='${Status}' coinor-cbc 2>/dev/null | grep -q "install ok installed"; then
    exit 0
fi
SUDO=""
[ "$(id -u)" -ne 0 ] && SUDO="sudo"
export DEBIAN_FRONTEND=noninteractive
$SUDO apt-get update -qq
$SUDO apt-get install -y -qq --no-install-recommends coinor-cbc
