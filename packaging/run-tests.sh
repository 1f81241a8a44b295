#!/usr/bin/env bash
# The test command: installs what is missing, builds TokenDesk and runs every test with the
# services the tests need (a throw-away PostgreSQL on loopback, a session keyring), which it
# starts and stops itself whether the tests pass or fail.
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
top=$(dirname "$here")
build=${TOKENDESK_BUILD_DIR:-$top/build/ci}

bash "$here/install-deps.sh"

cmake -S "$top" -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo -DTOKENDESK_WERROR=ON
cmake --build "$build" --parallel "$(nproc)"

services=$(mktemp -d /tmp/tokendesk-test-services.XXXXXX)
cleanup() {
    bash "$here/pg-test-cluster.sh" stop "$services/pg" >/dev/null 2>&1 || true
    rm -rf "$services"
}
trap cleanup EXIT

# The cluster runs as the postgres user, which must be able to reach its folder.
chmod 755 "$services"
# A cluster that does not start fails the run: the PostgreSQL suites would otherwise only skip.
pg_environment=$(bash "$here/pg-test-cluster.sh" start "$services/pg")
eval "$pg_environment"

cd "$build"
run_ctest=(ctest --output-on-failure --timeout 600 --label-exclude bench "$@")
bash "$here/with-keyring.sh" "${run_ctest[@]}"
