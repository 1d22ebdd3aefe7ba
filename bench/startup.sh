#!/usr/bin/env bash
# One-file start-up: `editlint check` on one seed article, for each build given, in interleaved runs after two to warm
# the disk cache. Prints the median and range of the wall time in ms, the mean CPU time (user + system) and how many
# methods the JIT compiled in one run (the runtime's own summary, DOTNET_JitDisasmSummary: a ReadyToRun build still
# compiles the generic framework code it instantiates over value types, and each such method costs start-up time).
#
# usage: bench/startup.sh [RUNS] [BUILD_DIR ...]
#   RUNS       interleaved runs per build (default 15)
#   BUILD_DIR  folders holding an `editlint` executable; default: this tree published for linux-x64 as the tool package
#              `editlint.linux-x64` is, a native (AOT) program (add `-p:PublishAot=false` to publish the ReadyToRun build)
set -euo pipefail
cd "$(dirname "$0")/.."
runs=${1:-15}
shift || true
builds=("$@")
if [ ${#builds[@]} -eq 0 ]; then
  out=$(mktemp -d)
  dotnet publish src/EditLint.Cli -c Release -r linux-x64 -o "$out" >/dev/null
  builds=("$out")
fi
article=$(ls ../shared/seeds/*.txt 2>/dev/null | head -1)
[ -n "$article" ] || { echo "startup.sh: no seed article in ../shared/seeds" >&2; exit 2; }
results=$(mktemp)
trap 'rm -f "$results" "$results.cpu"' EXIT

for build in "${builds[@]}"; do
  for _ in 1 2; do "$build/editlint" check "$article" >/dev/null || true; done
done
for _ in $(seq 1 "$runs"); do
  for build in "${builds[@]}"; do
    start=$(date +%s%N)
    /usr/bin/time -f "%U %S" -o "$results.cpu" "$build/editlint" check "$article" >/dev/null 2>&1 || true
    cpu=$(tail -1 "$results.cpu")
    end=$(date +%s%N)
    echo "$build $(( (end - start) / 1000000 )) $cpu" >>"$results"
  done
done

echo "one-file start-up: $(basename "$article"), $runs interleaved runs each, $(nproc) cores, $(date -u +%F)"
for build in "${builds[@]}"; do
  jit=$(mktemp)
  DOTNET_JitStdOutFile="$jit" DOTNET_JitDisasmSummary=1 "$build/editlint" check "$article" >/dev/null || true
  methods=$(grep -c "JIT compiled" "$jit" || true)
  rm -f "$jit"
  grep "^$build " "$results" | awk -v build="$build" -v methods="$methods" '
    { wall[NR] = $2; cpu += ($3 + $4) * 1000 }
    END {
      n = NR
      for (i = 1; i <= n; i++) for (j = i + 1; j <= n; j++) if (wall[j] < wall[i]) { t = wall[i]; wall[i] = wall[j]; wall[j] = t }
      median = n % 2 ? wall[(n + 1) / 2] : (wall[n / 2] + wall[n / 2 + 1]) / 2
      printf "%s: median %d ms (%d–%d), CPU %.0f ms, %d methods compiled by the JIT\n", build, median, wall[1], wall[n], cpu / n, methods
    }'
done
