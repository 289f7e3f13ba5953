#!/bin/sh
# Installs, from Debian 12's own archive, every package SifaDesk needs to build, test and run.
# Does nothing when everything is already present. Run as root or with sudo available.
set -eu

PACKAGES="
build-essential cmake ninja-build pkg-config
qt6-base-dev qt6-base-dev-tools libqt6sql6-sqlite libqt6opengl6-dev qt6-charts-dev qt6-svg-dev
qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools qt6-translations-l10n libgl-dev
libsqlite3-dev libsodium-dev catch2 libzip-dev libxlsxwriter-dev
fonts-noto-cjk fonts-dejavu-core unicode-data bzip2
poppler-utils cups cups-client cups-bsd printer-driver-cups-pdf
"

missing=""
for p in $PACKAGES; do
    if ! dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed"; then
        missing="$missing $p"
    fi
done

if [ -z "$missing" ]; then
    exit 0
fi

echo "install-deps: installing:$missing"
SUDO=""
if [ "$(id -u)" -ne 0 ]; then
    if command -v sudo >/dev/null 2>&1; then
        SUDO="sudo"
    else
        echo "install-deps: these packages are missing and I am not root (and there is no sudo):$missing" >&2
        exit 1
    fi
fi
export DEBIAN_FRONTEND=noninteractive
$SUDO apt-get update -qq
# shellcheck disable=SC2086
$SUDO apt-get install -y -qq --no-install-recommends $missing
