#!/usr/bin/env bash
# NRules' share of the CPU of one `editlint check` over a folder (default ../shared/corpus), from a sampled trace.
#   bench/nrules-share.sh [FOLDER]
# Installs dotnet-trace into /tmp/editlint-tools if it is not there, builds the Release CLI, traces one run and prints
# bench/nrules_share.py's figures. Writes only under /tmp.
set -euo pipefail
here="$(cd "$(dirname "$0")/.." && pwd)"
folder="$(cd "${1:-$here/../shared/corpus}" && pwd)"
tools=/tmp/editlint-tools
[ -x "$tools/dotnet-trace" ] || dotnet tool install --tool-path "$tools" dotnet-trace >/dev/null
dotnet build -c Release "$here/src/EditLint.Cli" >/dev/null
out=$(mktemp -d /tmp/editlint-nrules-XXXXXX)
(cd "$folder" && "$tools/dotnet-trace" collect --profile dotnet-sampled-thread-time -o "$out/run.nettrace" -- \
    "$here/src/EditLint.Cli/bin/Release/net10.0/editlint" check . --format json -o "$out/findings.json" >/dev/null 2>&1) || true
"$tools/dotnet-trace" convert "$out/run.nettrace" --format speedscope -o "$out/run.json" >/dev/null
python3 "$here/bench/nrules_share.py" "$out/run.speedscope.json"
echo "(trace in $out)"
