#!/usr/bin/env bash
# The test command: installs what is missing, builds TokenDesk and runs every test with the
# services the tests need (a throw-away PostgreSQL on loopback, a session keyring), which it
# starts and stops itself whether the tests pass or fail.
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
top=$(dirname "$here")
build=${TOKENDESK_BUILD_DIR:-$top/build/ci}

bash "$here/install-deps.sh"

# Line tables are all a failing test's backtrace or a sanitizer's report needs. With full debug
# information an optimised GUI test took 15 s to compile instead of 10, and every link was heavier.
lines_only=(-DCMAKE_CXX_FLAGS_RELWITHDEBINFO="-O2 -g1 -DNDEBUG" -DCMAKE_CXX_FLAGS_DEBUG="-g1")

cmake -S "$top" -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo -DTOKENDESK_WERROR=ON "${lines_only[@]}"
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

# Each stage also says how much disk is left: a full disk has failed a CI run before.
stage() { echo "run-tests: $1 ($(date -u +%H:%M:%S), $(df -h --output=avail "$top" | tail -1 | tr -d ' ') free)"; }

stage "tests"
# One test per core: the PostgreSQL suites each work in a database of their own (PgTestDatabase),
# and this halves the stage on CI's two cores.
run_ctest=(ctest --test-dir "$build" --output-on-failure --timeout 600 --label-exclude bench
           --parallel "$(nproc)" "$@")
bash "$here/with-keyring.sh" "${run_ctest[@]}"

# The same suites built with AddressSanitizer + UBSan (the asan preset, without benchmarks); any
# report fails its test. Scripts and packaging checks gain nothing from it and are left out.
# TOKENDESK_ASAN_STAGE=0 leaves it out for a quick local run; CI always runs it.
if [ "${TOKENDESK_ASAN_STAGE:-1}" = 1 ]; then
    stage "AddressSanitizer + UBSan build"
    asan_build=${TOKENDESK_ASAN_BUILD_DIR:-$top/build/asan}
    (cd "$top" && cmake --preset asan -B "$asan_build" "${lines_only[@]}" >/dev/null)
    cmake --build "$asan_build" --parallel "$(nproc)"
    stage "AddressSanitizer + UBSan tests"
    ASAN_OPTIONS=detect_leaks=1:abort_on_error=1:detect_stack_use_after_return=1 \
        UBSAN_OPTIONS=print_stacktrace=1:halt_on_error=1 \
        LSAN_OPTIONS=suppressions=$top/tests/sanitizers/lsan.supp:print_suppressions=0 \
        bash "$here/with-keyring.sh" ctest --test-dir "$asan_build" --output-on-failure --timeout 900 \
        --parallel "$(nproc)" --label-exclude bench -E '^(package_deb_install|desktop_files_valid|translations_cover_sources)$'
fi

# Every fuzz target for a short, bounded time over its committed corpus (README: the longer run).
stage "fuzz build"
fuzz_build=${TOKENDESK_FUZZ_BUILD_DIR:-$top/build/fuzz}
(cd "$top" && cmake --preset fuzz -B "$fuzz_build" "${lines_only[@]}" >/dev/null)
cmake --build "$fuzz_build" --parallel "$(nproc)" --target fuzzers
stage "fuzzing"
bash "$top/tests/fuzz/run-fuzzers.sh" "$fuzz_build" "${TOKENDESK_FUZZ_SECONDS:-25}"
stage "done: the builds take $(du -sch "$build" "${asan_build:-$build}" "$fuzz_build" 2>/dev/null | tail -1 | cut -f1)"
