#!/usr/bin/env bash
# bench/peers.sh CORPUS [RUNS] - EditLint against the peer prose linters on the same files, in one session.
#
# Each run times every tool once, in the same order (EditLint first, then the peers), so that a machine that slows
# down or speeds up during the session weighs on all of them alike; the table gives the median of RUNS runs (3 by
# default). Per tool: files, words (wc -w over the files), findings, median wall and CPU seconds (user + system,
# every process of the tool), words per second per core (words / CPU seconds), peak resident memory (largest process)
# and EditLint's words per second per core divided by the tool's; under the table, each run's CPU seconds per tool.
#
#   PEERS="diction textlint remark proselint"   which peers (default: diction; textlint, remark and proselint take
#                                               minutes to hours on a whole corpus: give them FILES too)
#   FILES=N                                     only the first N files (sorted by path) for every tool
#   EDITLINT=path                               the editlint to time (default: the Release build of src/EditLint.Cli;
#                                               the tool as installed on Linux x64 is the native build that
#                                               `dotnet publish src/EditLint.Cli -c Release -r linux-x64 -o DIR` makes)
#   ANCHORS_HOME                                where ../shared/peers/install.sh put the peers (default /tmp/editlint-peers)
#
# Nothing is written into the repository; raw outputs go to a temporary folder printed at the end.
set -uo pipefail

if [ $# -lt 1 ] || [ ! -d "$1" ]; then
  echo "usage: $0 CORPUS [RUNS]" >&2
  exit 2
fi
ROOT="$(cd "$(dirname "$0")/.." && pwd)"
CORPUS="$(cd "$1" && pwd)"
RUNS="${2:-3}"
PEERS="${PEERS:-diction}"
EDITLINT="${EDITLINT:-$ROOT/src/EditLint.Cli/bin/Release/net10.0/editlint}"
ANCHORS_HOME="${ANCHORS_HOME:-/tmp/editlint-peers}"
NPM_DIR="$ANCHORS_HOME/npm"
NPM_BIN="$NPM_DIR/node_modules/.bin"
OUT="$(mktemp -d /tmp/editlint-peers-bench.XXXXXX)"
TIME=/usr/bin/time
[ -x "$TIME" ] || { echo "need /usr/bin/time (apt-get install time)" >&2; exit 2; }
[ -x "$EDITLINT" ] || { echo "no editlint at $EDITLINT: dotnet build -c Release src/EditLint.Cli" >&2; exit 2; }

# The files: every article under CORPUS (EditLint's own formats that the peers read too), optionally the first N.
LIST="$OUT/files"
find "$CORPUS" -type f \( -name '*.md' -o -name '*.txt' \) -print0 | sort -z > "$LIST.all"
if [ -n "${FILES:-}" ]; then
  tr '\0' '\n' < "$LIST.all" | head -n "$FILES" | tr '\n' '\0' > "$LIST"
else
  cp "$LIST.all" "$LIST"
fi
NFILES=$(tr -cd '\0' < "$LIST" | wc -c)
tr '\0' '\n' < "$LIST" > "$LIST.rsp"
WORDS=$(xargs -0 -a "$LIST" cat | wc -w)
# EditLint is given the files themselves (not the folder), so that it reads exactly what the peers read.

# timed NAME RUN CMD...: wall, user, system, peak KB into $OUT/NAME.RUN.time; output into $OUT/NAME.RUN.out/.err
timed() {
  local name=$1 run=$2; shift 2
  "$TIME" -f '%e %U %S %M' -o "$OUT/$name.$run.time" "$@" > "$OUT/$name.$run.out" 2> "$OUT/$name.$run.err"
}

count() { # NAME RUN -> findings
  local name=$1 run=$2
  case "$name" in
  editlint) python3 -c 'import json,sys; print(json.load(open(sys.argv[1]))["summary"]["findings"])' "$OUT/editlint.$run.json" ;;
  diction) grep -oE '^[0-9]+ phrases? in' "$OUT/diction.$run.out" | awk '{s+=$1} END{print s+0}' ;;
  proselint) grep -cE '^.+:[0-9]+:[0-9]+: ' "$OUT/proselint.$run.out" ;;
  textlint) node -e 'let n=0; for (const l of require("fs").readFileSync(process.argv[1],"utf8").split("\n")) { if (l.trim().startsWith("[")) for (const f of JSON.parse(l)) n+=f.messages.length; } console.log(n)' "$OUT/textlint.$run.out" ;;
  remark) awk -F'\t' 'NF==6' "$OUT/remark.$run.err" | wc -l ;;
  esac
}

run_tool() { # NAME RUN
  local name=$1 run=$2
  case "$name" in
  # One process over every file (a response file: xargs would split the list and the runs would not see each other).
  editlint) timed editlint "$run" "$EDITLINT" check "@$LIST.rsp" --format json --output "$OUT/editlint.$run.json" ;;
  diction) timed diction "$run" xargs -0 -a "$LIST" diction ;;
  proselint)
    export XDG_CACHE_HOME="$OUT/proselint-cache.$run"; mkdir -p "$XDG_CACHE_HOME"
    timed proselint "$run" xargs -0 -a "$LIST" proselint
    unset XDG_CACHE_HOME ;;
  textlint) (cd "$NPM_DIR" && timed textlint "$run" xargs -0 -a "$LIST" "$NPM_BIN/textlint" -c .textlintrc.json -f json) ;;
  remark) timed remark "$run" xargs -0 -a "$LIST" "$NPM_BIN/remark" -r "$NPM_DIR/.remarkrc.mjs" \
      --no-stdout --no-color --no-ignore --report "$NPM_DIR/vfile-reporter-tsv.mjs" ;;
  *) echo "unknown peer: $name" >&2; return 1 ;;
  esac
}

TOOLS="editlint"
for peer in $PEERS; do
  case "$peer" in
  diction|proselint) command -v "$peer" >/dev/null && TOOLS="$TOOLS $peer" || echo "skip $peer (run ../shared/peers/install.sh)" >&2 ;;
  textlint|remark) [ -x "$NPM_BIN/$peer" ] && TOOLS="$TOOLS $peer" || echo "skip $peer (run ../shared/peers/install.sh)" >&2 ;;
  *) echo "unknown peer: $peer" >&2 ;;
  esac
done

for run in $(seq 1 "$RUNS"); do
  for tool in $TOOLS; do
    run_tool "$tool" "$run"
    echo "run $run: $tool $(tail -n 1 "$OUT/$tool.$run.time" | cut -d' ' -f1) s" >&2
  done
done

for tool in $TOOLS; do
  count "$tool" 1 > "$OUT/$tool.findings"
done

python3 - "$OUT" "$NFILES" "$WORDS" "$RUNS" $TOOLS <<'PY'
import datetime, glob, statistics, subprocess, sys
out, files, words, runs, tools = sys.argv[1], int(sys.argv[2]), int(sys.argv[3]), int(sys.argv[4]), sys.argv[5:]
rows = {}
for tool in tools:
    walls, cpus, peaks = [], [], []
    for run in range(1, runs + 1):
        wall, user, system, peak = open(f"{out}/{tool}.{run}.time").read().split()[-4:]
        walls.append(float(wall)); cpus.append(float(user) + float(system)); peaks.append(int(peak) / 1024)
    findings = open(f"{out}/{tool}.findings").read().strip()
    rows[tool] = dict(wall=statistics.median(walls), cpu=statistics.median(cpus), peak=max(peaks), findings=findings, cpus=cpus)
for tool, r in rows.items():
    r["wps"] = words / r["cpu"] if r["cpu"] > 0 else float("inf")
base = rows["editlint"]["wps"]
print(f"{files:,} files, {words:,} words, {runs} runs, {subprocess.run(['nproc'], capture_output=True, text=True).stdout.strip()} cores")
# The machine, as the tables in docs/performance.md name it. The last-level cache matters to EditLint's memory: the
# .NET GC sizes its youngest generation's budget from it (about half of it), so a machine reporting a large L3 shows a
# larger peak for the same run.
def machine():
    model = next((l.split(":", 1)[1].strip() for l in open("/proc/cpuinfo") if l.startswith("model name")), "unknown CPU")
    caches = glob.glob("/sys/devices/system/cpu/cpu0/cache/index*/level")
    last = max(caches, key=lambda c: int(open(c).read()), default=None)
    size = open(last.replace("level", "size")).read().strip() if last else "unknown"
    return f"{model}, last-level cache {size}, {datetime.date.today()}"
print(machine())
print(f"| tool | findings | wall s (median) | CPU s (median) | words/s per core | peak MB | EditLint ÷ tool (words/s per core) |")
print(f"|---|---:|---:|---:|---:|---:|---:|")
for tool, r in rows.items():
    print(f"| {tool} | {r['findings']} | {r['wall']:.2f} | {r['cpu']:.2f} | {r['wps']:,.0f} | {r['peak']:.0f} | {base / r['wps']:.2f} |")
# Each run's CPU, in the order run: the machine's speed can move within minutes, and one tool more than another (a
# memory-bound program more than a small one); a run far from its tool's others says the row met such a moment.
print()
print("CPU s per run: " + "; ".join(f"{tool} " + " ".join(f"{c:.2f}" for c in r["cpus"]) for tool, r in rows.items()))
PY
echo "raw outputs: $OUT" >&2
