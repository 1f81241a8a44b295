#!/usr/bin/env bash
# Installs what TokenDesk needs to build, run and test on Debian 12 / Ubuntu.
# Idempotent: packages already present are skipped, so a second run costs seconds.
set -euo pipefail

packages=(
  build-essential cmake ninja-build ccache pkg-config git clang-format
  clang-14 libclang-rt-14-dev
  qt6-base-dev qt6-base-dev-tools qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools
  qt6-translations-l10n libqt6sql6-sqlite libqt6sql6-psql libqt6svg6 qt6-svg-dev
  qtkeychain-qt6-dev qt6-httpserver-dev qt6-websockets-dev libgl-dev
  libsqlite3-dev sqlite3 libpq-dev libsodium-dev libuchardet-dev
  postgresql
  xvfb xauth dbus dbus-x11 gnome-keyring libsecret-tools openssl
  fonts-dejavu-core
  dpkg-dev fakeroot file rpm desktop-file-utils appstream libxml2-utils groff-base
)

missing=()
for p in "${packages[@]}"; do
  if ! dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed"; then
    missing+=("$p")
  fi
done

if [ ${#missing[@]} -eq 0 ]; then
  echo "install-deps: everything is installed"
  exit 0
fi

echo "install-deps: installing ${missing[*]}"
SUDO=""
if [ "$(id -u)" -ne 0 ]; then SUDO="sudo"; fi
export DEBIAN_FRONTEND=noninteractive
$SUDO apt-get update -qq
$SUDO apt-get install -y -qq --no-install-recommends "${missing[@]}"
