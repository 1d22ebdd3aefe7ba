#!/usr/bin/env bash
# Which code makes a one-file `editlint check` compile methods with the JIT, site by site: a ReadyToRun build still
# compiles the generic framework code it instantiates over value types (a LINQ chain over a tuple is about 60 methods),
# and each such method costs start-up time. Traces one run on a seed article with dotnet-trace (the runtime's JIT
# events, keyword 0x10, with their stacks) and charges each compiled method to the first EditLint (or NRules, YamlDotNet,
# Markdig, …) frame of its stack.
#
# usage: bench/jit-sites.sh [BUILD_DIR] [TOP] [SITE]
#   BUILD_DIR  a folder holding `editlint` (default: this tree published ReadyToRun for linux-x64)
#   TOP        how many sites to list (default 40)
#   SITE       also list the methods charged to sites whose name contains this
# Needs dotnet-trace: installed into a temporary tool folder when it is not on the PATH.
set -euo pipefail
cd "$(dirname "$0")/.."
build=${1:-}
top=${2:-40}
site=${3:-}
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
. bench/trace-setup.sh
article=$(ls ../shared/seeds/*.txt | head -1)
"$trace_tool" collect -o "$work/run.nettrace" --providers Microsoft-Windows-DotNETRuntime:0x10:5 \
  -- "$build/editlint" check "$article" >/dev/null 2>&1 || true
dotnet run -c Release --project bench/EditLint.JitSites -- "$work/run.nettrace" "$top" ${site:+"$site"}
