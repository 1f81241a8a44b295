#!/usr/bin/env bash
# Runs a command inside a private D-Bus session with an unlocked gnome-keyring (Secret Service), so
# that QtKeychain has a real keychain headless, in CI and in the keychain tests:
#   packaging/with-keyring.sh ctest -L integration
# Needs dbus (dbus-run-session) and gnome-keyring. The keyring lives in a temporary home and is
# removed afterwards; the exit status is the command's.
set -euo pipefail

if [ "$#" -eq 0 ]; then
  echo "usage: $0 COMMAND [ARGS...]" >&2
  exit 2
fi

if [ -z "${TOKENDESK_KEYRING_INNER:-}" ]; then
  keyring_home=$(mktemp -d "${TMPDIR:-/tmp}/tokendesk-keyring.XXXXXX")
  trap 'rm -rf "$keyring_home"' EXIT
  export TOKENDESK_KEYRING_INNER=1
  export XDG_DATA_HOME="$keyring_home/data"
  export XDG_RUNTIME_DIR="$keyring_home/run"
  mkdir -p "$XDG_DATA_HOME" "$XDG_RUNTIME_DIR"
  chmod 700 "$XDG_RUNTIME_DIR"
  status=0
  dbus-run-session -- "$0" "$@" || status=$?
  exit "$status"
fi

# Inside the session bus: start the daemon with an unlocked login keyring and export its variables.
eval "$(printf '%s' "tokendesk" | gnome-keyring-daemon --unlock --components=secrets)"
export GNOME_KEYRING_CONTROL SSH_AUTH_SOCK 2>/dev/null || true
# The daemon may need a moment to claim org.freedesktop.secrets on the bus.
for _ in $(seq 1 50); do
  if dbus-send --session --print-reply --dest=org.freedesktop.DBus / org.freedesktop.DBus.NameHasOwner \
       string:org.freedesktop.secrets 2>/dev/null | grep -q "boolean true"; then
    break
  fi
  sleep 0.1
done
unset TOKENDESK_KEYRING_INNER
status=0
"$@" || status=$?
exit "$status"
