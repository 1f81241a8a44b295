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
    # No screen to show the window on (a server or a container): show the demo store instead.
    cli="$build/app/cli/tokendesk-cli"
    if [ "$("$cli" --json list --limit 1 | tr -d "[:space:]")" = "[]" ]; then
        echo "First start: filling the embedded store with demo tokens..." >&2
        "$cli" demo --count 3000
    fi
    echo "No display found: the first demo tokens, as tokendesk-cli lists them:" >&2
    exec "$cli" list --limit 20
fi
exec "$build/app/gui/tokendesk" "$@"
