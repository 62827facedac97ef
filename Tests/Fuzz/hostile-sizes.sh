#!/usr/bin/env bash
# Runs Juru's release build on inputs of hostile sizes and prints, for each, wall time,
# peak memory and whether it finished or was refused with one `juru:` line.
#
#   Tests/Fuzz/hostile-sizes.sh [--no-build]
#
# Target (issue 15): each finishes within seconds and under 500 MB, or is refused with
# one line. A case past 120 s is stopped and reported as a hang. Exit status 1 when a
# case misses the target. Needs /usr/bin/time (Debian package `time`).
set -euo pipefail
cd "$(dirname "$0")/../.."
root=$PWD
[ "${1:-}" = "--no-build" ] || swift build -c release --product juru 2>&1 | tail -1
juru=$root/.build/release/juru
[ -x /usr/bin/time ] || { echo "needs /usr/bin/time: apt-get install time" >&2; exit 2; }

work=$(mktemp -d /tmp/juru-hostile.XXXXXX)
trap 'rm -rf "$work"' EXIT
limit_seconds=${JURU_HOSTILE_SECONDS:-10} limit_mb=500 missed=0 last_finished=0 last_refused=0

# Inputs, written by small generators so nothing large is committed.
python3 - "$work" <<'PY'
import sys, os
w = sys.argv[1]
words = "harga beras naik lagi di pasar induk kota ".split()
# 10 MB of words with no sentence punctuation, on one line.
with open(f"{w}/long-line.txt", "w") as f:
    n = 0
    while n < 10 * 1024 * 1024:
        chunk = " ".join(words) + " "
        f.write(chunk); n += len(chunk)
    f.write("\n")
# A TMX whose one segment is 200 MB.
with open(f"{w}/huge-segment.tmx", "w") as f:
    f.write('<?xml version="1.0" encoding="UTF-8"?>\n<tmx version="1.4"><header srclang="id" adminlang="en" '
            'datatype="plaintext" segtype="sentence" o-tmf="none" creationtool="hostile" creationtoolversion="1"/>'
            '<body><tu><tuv xml:lang="id"><seg>')
    block = ("kata " * 20000)
    for _ in range(200 * 1024 * 1024 // len(block)): f.write(block)
    f.write('</seg></tuv><tuv xml:lang="en"><seg>word</seg></tuv></tu></body></tmx>\n')
# An SRX with 100k rules, and one with the most Juru reads (10,000 with its own).
for name, count in (("many-rules.srx", 100000), ("most-rules.srx", 9900)):
    with open(f"{w}/{name}", "w") as f:
        f.write('<?xml version="1.0" encoding="UTF-8"?>\n<srx version="2.0"><header cascade="yes"/><body><languagerules>'
                '<languagerule languagerulename="Indonesian">\n')
        for i in range(count):
            f.write(f'<rule break="no"><beforebreak>\\bSingkatan{i}\\.</beforebreak><afterbreak>\\s</afterbreak></rule>\n')
        f.write('</languagerule></languagerules><maprules><languagemap languagepattern="(?i)id.*" '
                'languagerulename="Indonesian"/></maprules></body></srx>\n')
# One element with 200k attributes, as TMX and as TBX.
attributes = " ".join(f'a{i}="v{i}"' for i in range(200000))
with open(f"{w}/attributes.tmx", "w") as f:
    f.write(f'<?xml version="1.0" encoding="UTF-8"?>\n<tmx version="1.4" {attributes}><header srclang="id"/><body>'
            '<tu><tuv xml:lang="id"><seg>Harga naik.</seg></tuv><tuv xml:lang="en"><seg>Prices rose.</seg></tuv></tu>'
            '</body></tmx>\n')
with open(f"{w}/attributes.tbx", "w") as f:
    f.write(f'<?xml version="1.0" encoding="UTF-8"?>\n<tbx type="TBX-Basic" style="dca" xml:lang="id" {attributes}>'
            '<text><body><conceptEntry id="c1"><langSec xml:lang="id"><termSec><term>harga</term></termSec></langSec>'
            '<langSec xml:lang="en"><termSec><term>price</term></termSec></langSec></conceptEntry></body></text></tbx>\n')
PY

printf '| %-44s | %8s | %8s | %-44s |\n' case "wall s" "peak MB" outcome
printf '|%s|%s|%s|%s|\n' "$(printf -- '-%.0s' {1..46})" "----------" "----------" "$(printf -- '-%.0s' {1..46})"

# run NAME WORKSPACE [stdin-file] -- juru arguments…
run() {
  local name=$1 workspace=$2 input=$3; shift 4
  local stats=$work/time.txt err=$work/stderr.txt status=0
  ( cd "$workspace" && timeout -s KILL 120 /usr/bin/time -v -o "$stats" "$juru" "$@" <"$input" >/dev/null 2>"$err" ) || status=$?
  local wall rss outcome
  wall=$(awk -F': ' '/Elapsed \(wall clock\)/ {n = split($2, p, ":"); s = 0; for (i = 1; i <= n; i++) s = s * 60 + p[i]; printf "%.1f", s}' "$stats" 2>/dev/null)
  rss=$(awk -F': ' '/Maximum resident set size/ {printf "%d", $2 / 1024}' "$stats" 2>/dev/null)
  local lines first
  lines=$(grep -c . "$err" || true)
  first=$(head -c 200 "$err" | head -1)
  if [ "$status" -eq 137 ] && [ -z "$wall" ]; then outcome="HANG (killed at 120 s)"; wall=">120"
  elif [ "$status" -eq 0 ]; then outcome="finished"
  elif [ "$status" -eq 1 ] && [ "$lines" -eq 1 ] && [[ "$first" == juru:* ]]; then outcome="refused: ${first:0:80}"
  else outcome="FAILED: exit $status, $lines lines: ${first:0:80}"
  fi
  local ok=1
  [[ "$outcome" == finished || "$outcome" == refused* ]] || ok=0
  [ -n "$wall" ] && [[ "$wall" != ">120" ]] && awk -v w="$wall" -v l="$limit_seconds" 'BEGIN {exit !(w > l)}' && ok=0
  [ -n "$rss" ] && [ "$rss" -gt "$limit_mb" ] && ok=0
  last_finished=0; [[ "$outcome" != finished ]] || last_finished=1
  last_refused=0; [[ "$outcome" != refused* ]] || last_refused=1
  [ "$ok" -eq 1 ] || { missed=1; outcome="MISSED: $outcome"; }
  printf '| %-44s | %8s | %8s | %-44s |\n' "$name" "${wall:-?}" "${rss:-?}" "$outcome"
}

# after NAME: a case that needs the one before it to have finished (however slowly)
# says so instead of running.
after() {
  [ "$last_finished" -eq 1 ] && return 0
  if [ "$last_refused" -eq 1 ]; then
    printf '| %-44s | %8s | %8s | %-44s |\n' "$1" - - "not needed: the input was refused above"
    return 1
  fi
  printf '| %-44s | %8s | %8s | %-44s |\n' "$1" - - "not run: the case before did not finish"
  missed=1; return 1
}

fresh() { local w; w=$(mktemp -d "$work/ws.XXXXXX"); echo "$w"; }
quit=$work/quit.txt; printf ':q\n' >"$quit"
empty=/dev/null

long=$(fresh)
run "10 MB line: juru add" "$long" $empty -- add "$work/long-line.txt"
after "10 MB line: juru stats" && run "10 MB line: juru stats" "$long" $empty -- stats
after "10 MB line: juru translate (:q)" && run "10 MB line: juru translate (:q)" "$long" "$quit" -- translate

huge=$(fresh)
run "200 MB segment: juru tm import" "$huge" $empty -- tm import "$work/huge-segment.tmx"
after "200 MB segment: then juru tm lookup" && run "200 MB segment: then juru tm lookup" "$huge" $empty -- tm lookup "harga beras naik lagi"

rules=$(fresh)
run "100k SRX rules: juru rules import" "$rules" $empty -- rules import "$work/many-rules.srx"
after "100k SRX rules: then juru segment" && run "100k SRX rules: then juru segment" "$rules" $empty -- segment "$root/Tests/JuruKitTests/Fixtures/articles/kbs-korut-rusia.txt"
most=$(fresh)
run "9,900 SRX rules: juru rules import" "$most" $empty -- rules import "$work/most-rules.srx"
after "9,900 SRX rules: then juru segment" && run "9,900 SRX rules: then juru segment" "$most" $empty -- segment "$root/Tests/JuruKitTests/Fixtures/articles/kbs-korut-rusia.txt"

attributes=$(fresh)
run "200k attributes: juru tm import (TMX)" "$attributes" $empty -- tm import "$work/attributes.tmx"
run "200k attributes: juru glossary import (TBX)" "$attributes" $empty -- glossary import "$work/attributes.tbx"

exit "$missed"
