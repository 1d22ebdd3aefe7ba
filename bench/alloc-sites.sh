#!/usr/bin/env bash
# What `editlint check` allocates over a folder, by type and by the code that allocates it: traces one run with
# dotnet-trace (the runtime's sampled allocation events, keyword 0x1 at level 5, with their stacks) and reads the trace
# with EditLint.AllocSites (not in the solution). The runtime samples an allocation about every 100 KB, so the bytes are
# estimates. Allocations are what the GC and the clearing of new memory cost: `perf` says how much of the CPU that is.
#
# usage: bench/alloc-sites.sh [FOLDER] [BUILD_DIR] [TOP] [TYPE] [DEPTH]
#   FOLDER     what to lint (default: ../shared/corpus)
#   BUILD_DIR  a folder holding `editlint` (default: this tree published ReadyToRun for linux-x64)
#   TOP        how many types and sites to list (default 30)
#   TYPE       list the sites of this type, as the type list names it (System.String, System.Int32[], …; * for all)
#   DEPTH      frames of each site (default 2)
# Needs dotnet-trace: installed into a temporary tool folder when it is not on the PATH.
set -euo pipefail
cd "$(dirname "$0")/.."
folder=${1:-../shared/corpus}
build=${2:-}
top=${3:-30}
type=${4:-}
depth=${5:-2}
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
. bench/trace-setup.sh
"$trace_tool" collect -o "$work/run.nettrace" --providers Microsoft-Windows-DotNETRuntime:0x1:5 \
  -- "$build/editlint" check "$folder" --format json >/dev/null 2>&1 || true
dotnet run -c Release --project bench/EditLint.AllocSites -- "$work/run.nettrace" "$top" "$type" "$depth"
