#!/usr/bin/env bash
# The run command: installs what is missing, builds TokenDesk and starts it on the embedded
# SQLite store, which it fills with demo data on first start.
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
top=$(dirname "$here")
build=${TOKENDESK_BUILD_DIR:-$top/build/default}

bash "$here/install-deps.sh"
cmake -S "$top" -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo
cmake --build "$build" --parallel "$(nproc)" --target tokendesk tokendesk-cli

if [ -z "${DISPLAY:-}" ] && [ -z "${WAYLAND_DISPLAY:-}" ]; then
    echo "No display found: showing the first demo tokens with tokendesk-cli instead of the window." >&2
    "$build/app/cli/tokendesk-cli" list --limit 20 || {
        "$build/app/cli/tokendesk-cli" demo --count 3000
        "$build/app/cli/tokendesk-cli" list --limit 20
    }
    exit 0
fi
exec "$build/app/gui/tokendesk" "$@"
