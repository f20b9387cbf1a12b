#!/usr/bin/env bash
# Fuzzes the CSV reader, the money and the date parsers (tests/fuzz) with
# libFuzzer: builds the "fuzz" preset (clang-14, ASan + UBSan) into build/fuzz,
# then runs each target for SECONDS (default 60) on a copy of its committed
# seed corpus, so the repository's corpus is never written to. Crash inputs go
# to build/fuzz/artifacts/<target>/; once fixed, add each to
# tests/fuzz/corpus/<target>/ as a regression input (ctest replays the corpus).
# Exits non-zero when any target crashed, hit a timeout or a sanitizer report.
#
#   tools/fuzz.sh [SECONDS] [TARGET...]     TARGET: csv money dates (default all)
set -euo pipefail
cd "$(dirname "$0")/.."

seconds=${1:-60}
shift || true
targets=("$@")
((${#targets[@]})) || targets=(csv money dates)
[[ $seconds =~ ^[0-9]+$ ]] || { echo "usage: $0 [SECONDS] [csv|money|dates]..." >&2; exit 64; }

if ! command -v clang++-14 >/dev/null ||
    ! compgen -G '/usr/lib/llvm-14/lib/clang/*/lib/linux/libclang_rt.fuzzer-x86_64.a' >/dev/null; then
    echo "fuzzing needs clang-14 and libFuzzer: apt-get install clang-14 libclang-rt-14-dev" >&2
    exit 69
fi
cmake --preset fuzz >/dev/null
cmake --build --preset fuzz

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
build=build/fuzz
summary=()
failed=0
for target in "${targets[@]}"; do
    binary=$build/tests/fuzz/fuzz_$target
    [[ -x $binary ]] || { echo "no fuzz target '$target'" >&2; exit 64; }
    case $target in
        csv) options=(-max_len=4096) ;;
        *) options=(-max_len=64) ;;
    esac
    [[ -f tests/fuzz/$target.dict ]] && options+=(-dict=tests/fuzz/$target.dict)
    corpus=$work/$target
    artifacts=$build/artifacts/$target
    mkdir -p "$corpus" "$artifacts"
    cp -R tests/fuzz/corpus/$target/. "$corpus/"
    log=$work/$target.log
    echo "== fuzz_$target for ${seconds}s (log: $log)"
    status=0
    start=$SECONDS
    "$binary" "${options[@]}" -max_total_time="$seconds" -timeout=10 -rss_limit_mb=2048 \
        -print_final_stats=1 -artifact_prefix="$artifacts/" "$corpus" >"$log" 2>&1 || status=$?
    elapsed=$((SECONDS - start))
    # The last status line: "#runs DONE cov: N ft: N corp: N/size ... exec/s: N rss: N".
    last=$(grep -E '^#[0-9]+' "$log" | tail -1 || true)
    runs=$(grep -oE '^stat::number_of_executed_units: +[0-9]+' "$log" | grep -oE '[0-9]+$' || true)
    cov=$(grep -oE 'cov: [0-9]+' <<<"$last" | grep -oE '[0-9]+' || true)
    ft=$(grep -oE 'ft: [0-9]+' <<<"$last" | grep -oE '[0-9]+' || true)
    corp=$(grep -oE 'corp: [0-9]+/[0-9]+[a-zA-Z]*' <<<"$last" | cut -d' ' -f2 || true)
    rate=$(grep -oE '^stat::average_exec_per_sec: +[0-9]+' "$log" | grep -oE '[0-9]+$' || true)
    if ((status)); then
        failed=1
        result="FAILED (exit $status)"
        grep -E 'invariant failed|ERROR: |SUMMARY: |Test unit written' -A1 "$log" | head -20 || true
        cp "$log" "$artifacts/"
        echo "   log kept: $artifacts/$(basename "$log")"
    else
        result=clean
    fi
    summary+=("$(printf '%-6s %6ss %12s runs %8s exec/s  cov %6s  ft %7s  corpus %-10s %s' \
        "$target" "$elapsed" "${runs:-?}" "${rate:-?}" "${cov:-?}" "${ft:-?}" "${corp:-?}" "$result")")
done
echo
printf '%s\n' "${summary[@]}"
exit $failed
