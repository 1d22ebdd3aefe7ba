#!/usr/bin/env bash
# bench/cache.sh CORPUS [SHARDS] - what --cache, --shard K/N and editlint merge cost and save on a copy of CORPUS.
#
# Copies CORPUS into a temporary folder (its files get edited), then times, one after the other: a run without a cache,
# a run that fills an empty cache, a run with nothing changed, a run after 1% of the files were edited, each of SHARDS
# shards (4 by default) into an empty folder, and the merge of the shards. Per run: wall and CPU seconds (user +
# system) and peak resident memory, from /usr/bin/time. Every report (JSON) is compared with the report of a run without
# a cache over the same files: the script says "identical" or names the run that differs.
#
#   EDITLINT=path   the editlint to time (default: the Release build of src/EditLint.Cli)
#
# Nothing is written into the repository or CORPUS.
set -uo pipefail

if [ $# -lt 1 ] || [ ! -d "$1" ]; then
  echo "usage: $0 CORPUS [SHARDS]" >&2
  exit 2
fi
ROOT="$(cd "$(dirname "$0")/.." && pwd)"
SHARDS="${2:-4}"
EDITLINT="${EDITLINT:-$ROOT/src/EditLint.Cli/bin/Release/net10.0/editlint}"
TIME=/usr/bin/time
[ -x "$TIME" ] || { echo "need /usr/bin/time (apt-get install time)" >&2; exit 2; }
[ -x "$EDITLINT" ] || { echo "no editlint at $EDITLINT: dotnet build -c Release src/EditLint.Cli" >&2; exit 2; }

OUT="$(mktemp -d /tmp/editlint-cache-bench.XXXXXX)"
cp -r "$1" "$OUT/corpus"
cd "$OUT" || exit 2
FILES=$(find corpus -type f \( -name '*.md' -o -name '*.txt' -o -name '*.html' \) | wc -l)

printf '%-28s %8s %8s %8s\n' run "wall s" "CPU s" "peak MB"
# run NAME REPORT ARGS…: times one editlint run, its JSON report written to REPORT.
run() {
  local name=$1 report=$2
  shift 2
  "$TIME" -f '%e %U %S %M' -o "$OUT/time" "$EDITLINT" "$@" --format json --output "$report" 2> "$OUT/${report%.json}.err" > /dev/null
  read -r wall user sys peak < <(tail -n 1 "$OUT/time")
  printf '%-28s %8.2f %8.2f %8d\n' "$name" "$wall" "$(echo "$user + $sys" | bc)" "$((peak / 1024))"
}
same() {
  if cmp -s "$1" "$2"; then echo "  $3: identical to the run without a cache"; else echo "  $3: DIFFERS from the run without a cache ($1, $2)"; fi
}

run "no cache" plain.json check corpus
run "cache, empty" cold.json check corpus --cache cache
run "cache, nothing changed" warm.json check corpus --cache cache
# 1% of the files get a sentence more (the first by path).
find corpus -type f -name '*.md' | sort | head -n $(( (FILES + 99) / 100 )) | while read -r f; do printf '\nOne more sentence.\n' >> "$f"; done
run "no cache, 1% edited" plain-edited.json check corpus
run "cache, 1% edited" edited.json check corpus --cache cache
for k in $(seq 1 "$SHARDS"); do
  run "shard $k/$SHARDS" "shard$k.json" check corpus --shard "$k/$SHARDS" --cache shards
done
run "merge" merged.json merge corpus --cache shards

echo "$FILES files; entries: $(find cache -name '*.json' | wc -l), $(du -sk cache | cut -f1) KB"
same plain.json cold.json "cache, empty"
same plain.json warm.json "cache, nothing changed"
same plain-edited.json edited.json "cache, 1% edited"
same plain-edited.json merged.json "merge"
grep -h "editlint" "$OUT"/*.err | sort | uniq -c | sed 's/^/  /'
echo "raw outputs: $OUT"
