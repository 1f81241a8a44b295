#!/usr/bin/env bash
# Runs every fuzz target of a TOKENDESK_FUZZ build for SECONDS each over its seed corpus:
#   tests/fuzz/run-fuzzers.sh BUILD_DIR SECONDS [TARGET...]
# New inputs go to a scratch folder, not the repository; a crash, leak, timeout or sanitizer
# report fails the run and leaves the input in ARTIFACTS (default: a folder it prints, removed
# again after a clean run). To keep a found input, copy it into tests/fuzz/corpus/TARGET/ with a
# regression test for its fix.
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
build=$1
seconds=$2
shift 2
targets=("$@")
if [ ${#targets[@]} -eq 0 ]; then
    targets=(fuzz_csv_reader fuzz_crm_reply fuzz_crm_query fuzz_store_url fuzz_token_ref fuzz_settings)
fi
artifacts=${FUZZ_ARTIFACTS:-$(mktemp -d /tmp/tokendesk-fuzz.XXXXXX)}
mkdir -p "$artifacts"
export ASAN_OPTIONS=detect_leaks=1:abort_on_error=1
export UBSAN_OPTIONS=print_stacktrace=1:halt_on_error=1

failed=0
for target in "${targets[@]}"; do
    binary=$(find "$build" -name "$target" -type f -perm -u+x | head -n 1)
    if [ -z "$binary" ]; then
        echo "run-fuzzers: $target is not built in $build" >&2
        exit 1
    fi
    scratch="$artifacts/$target-corpus"
    mkdir -p "$scratch"
    echo "run-fuzzers: $target for ${seconds}s"
    if ! "$binary" -max_total_time="$seconds" -timeout=10 -rss_limit_mb=2048 -max_len=65536 \
        -print_final_stats=1 -artifact_prefix="$artifacts/$target-" \
        "$scratch" "$here/corpus/$target" >"$artifacts/$target.log" 2>&1; then
        echo "run-fuzzers: $target FAILED; log and input in $artifacts" >&2
        tail -n 60 "$artifacts/$target.log" >&2
        failed=1
    else
        grep -E '^stat::number_of_executed_units|^Done' "$artifacts/$target.log" | tr '\n' ' '
        echo
    fi
done
if [ $failed -eq 0 ] && [ -z "${FUZZ_ARTIFACTS:-}" ]; then
    rm -rf "$artifacts"
fi
exit $failed
