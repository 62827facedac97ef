#!/usr/bin/env bash
# Builds Juru's libFuzzer target and runs each reader for SECONDS seconds.
#
#   Tests/Fuzz/run-fuzzers.sh SECONDS [TARGET…]     targets: tmx tbx csv tsv srx xliff article (default: all but xliff)
#
# Seed corpora are made from the test fixtures at every run (with the findings of
# earlier runs, Tests/JuruKitTests/Fixtures/fuzz, so a fix is fuzzed around); the corpus each run grows
# is kept in $JURU_FUZZ_DIR/TARGET/corpus (default .build-fuzz/runs), and every crash,
# timeout or out-of-memory input in $JURU_FUZZ_DIR/TARGET/crashes. A run that finds one
# goes on with the time left, so a timed run reports all it found.
# Replay a finding:  JURU_FUZZ_TARGET=tmx .build-fuzz/debug/juru-fuzz FILE
# Exit status: 0 when nothing crashed, 1 when something did, 2 for a usage or build error.
# Inputs past the time limit are listed (column "slow") but do not fail the run.
set -euo pipefail
cd "$(dirname "$0")/../.."

seconds=${1:-}
[[ "$seconds" =~ ^[0-9]+$ ]] || { echo "usage: $0 SECONDS [tmx|tbx|csv|tsv|srx|xliff|article]…" >&2; exit 2; }
shift
targets=("$@")
# xliff is run by name (not in CI's list) until its long runs are clean, as the others were.
[ ${#targets[@]} -gt 0 ] || targets=(tmx tbx csv tsv srx article)
out=${JURU_FUZZ_DIR:-.build-fuzz/runs}
fixtures=Tests/JuruKitTests/Fixtures

# The seeds of each target: the fixtures a reader of that format is tested with.
seeds() {
  local files
  case "$1" in
    tmx) files=("$fixtures"/tmx "$fixtures"/fuzz/tmx) ;;
    tbx) files=("$fixtures"/glossary/*.tbx "$fixtures"/fuzz/tbx) ;;
    csv) files=("$fixtures"/glossary/*.csv "$fixtures"/glossary/real) ;;
    tsv) files=("$fixtures"/glossary/*.utf8 glossaries) ;;
    srx) files=("$fixtures"/srx "$fixtures"/fuzz/srx Sources/JuruKit/Resources/Segmentation/juru.srx) ;;
    xliff) files=("$fixtures"/xliff/*.xlf) ;;
    article) files=("$fixtures"/articles/*.txt "$fixtures"/cleaning/*.txt) ;;
    *) echo "unknown target: $1" >&2; exit 2 ;;
  esac
  # Regular files only, in subfolders too (real/ holds other tools' files), never a README.
  find "${files[@]}" -type f ! -name '*.md' 2>/dev/null || true
}
for target in "${targets[@]}"; do seeds "$target" >/dev/null; done

# No `main` of its own: the fuzz target exists only with JURU_FUZZ=1 (see Package.swift).
mkdir -p "$out"
if ! JURU_FUZZ=1 swift build -c debug -Xswiftc -sanitize=fuzzer,address --scratch-path .build-fuzz \
    --product juru-fuzz >"$out/build.log" 2>&1; then
  tail -30 "$out/build.log" >&2
  echo "the fuzz target did not build (log: $out/build.log)" >&2
  exit 2
fi
fuzzer=.build-fuzz/debug/juru-fuzz

found_any=0
printf '%-8s %12s %8s %8s %8s %8s\n' target executions cov ft crashes slow | tee "$out/summary"
for target in "${targets[@]}"; do
  dir="$out/$target"
  mkdir -p "$dir/corpus" "$dir/crashes"
  seeds "$target" | while read -r file; do cp "$file" "$dir/corpus/seed-$(basename "$file")"; done
  : >"$dir/log"; touch "$dir/log.start"
  start=$SECONDS
  # Findings already in the folder are kept; the count and list below are this run's.
  before=$(find "$dir/crashes" -type f | wc -l) found=$before
  # libFuzzer stops at its first finding; start it again until the time is used.
  while remaining=$((seconds - (SECONDS - start))); [ "$remaining" -gt 0 ]; do
    # Swift's own backtracer reads memory ASan flags; libFuzzer reports the trap itself.
    JURU_FUZZ_TARGET=$target ASAN_OPTIONS=detect_leaks=0 SWIFT_BACKTRACE=enable=no "$fuzzer" "$dir/corpus" \
      -max_total_time="$remaining" -timeout=10 -rss_limit_mb=2048 -print_final_stats=1 \
      -artifact_prefix="$dir/crashes/" >>"$dir/log" 2>&1 &
    pid=$!
    wait "$pid" || true
    rm -f /dev/shm/juru-fuzz-"$pid".*
    # A run that ended early without a finding will not do better when started again.
    [ "$(find "$dir/crashes" -type f | wc -l)" -gt "$found" ] || break
    found=$(find "$dir/crashes" -type f | wc -l)
  done
  # stat:: lines are printed once per libFuzzer run, also after a finding.
  executions=$({ grep -a 'stat::number_of_executed_units' "$dir/log" || true; } | awk '{s += $2} END {print s + 0}')
  cov=$({ grep -aoE 'cov: [0-9]+ ft: [0-9]+' "$dir/log" || true; } | awk '{c = ($2 > c ? $2 : c); f = ($4 > f ? $4 : f)} END {print c + 0, f + 0}')
  findings=$(( $(find "$dir/crashes" -type f | wc -l) - before ))
  # A crash, out-of-memory or leak fails the run. An input past -timeout (10 s) or a slow
  # unit is listed apart: on a loaded machine the time is the machine's, so replay it
  # (the line above) before calling it a hang.
  crashes=$(find "$dir/crashes" -type f -newer "$dir/log.start" \( -name 'crash-*' -o -name 'oom-*' -o -name 'leak-*' \) | wc -l)
  slow=$((findings - crashes))
  [ "$crashes" -eq 0 ] || found_any=1
  printf '%-8s %12s %8s %8s %8s %8s\n' "$target" "$executions" ${cov} "$crashes" "$slow" | tee -a "$out/summary"
  find "$dir/crashes" -type f -newer "$dir/log.start" -printf '         %p\n' | head -20
  # What each finding was (the full stacks are in the log).
  [ "$findings" -eq 0 ] || { grep -aE '^SUMMARY|ERROR: libFuzzer|Fatal error|ERROR: AddressSanitizer' "$dir/log" || true; } | sort | uniq -c | head -10
done
echo "log, corpus and findings of each target: $out/TARGET/{log,corpus,crashes}"
exit "$found_any"
