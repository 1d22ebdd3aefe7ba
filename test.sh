#!/usr/bin/env bash
# Runs EditLint's tests on a fresh machine: installs what they need (nothing by hand), then `dotnet test`.
# CI runs exactly this script (.ci/run).
set -euo pipefail
cd "$(dirname "$0")"

# Microsoft's SARIF Multitool validates our SARIF output; its self-contained Linux build ships on npm.
# npm's postinstall (a chmod) is not run here, so the executable bit is set by hand.
if [ ! -x .tools/node_modules/@microsoft/sarif-multitool-linux/Sarif.Multitool ]; then
  npm install --prefix .tools --no-audit --no-fund --loglevel=error @microsoft/sarif-multitool-linux@5.7.0
  chmod u+x .tools/node_modules/@microsoft/sarif-multitool-linux/Sarif.Multitool
fi

# The HTML report's browser tests drive Debian's Chromium through Playwright; Playwright must never fetch a
# browser of its own (machines here reach package registries only).
export PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD=1
if [ ! -x /usr/bin/chromium ]; then
  SUDO=""
  [ "$(id -u)" -ne 0 ] && SUDO="sudo"
  export DEBIAN_FRONTEND=noninteractive
  $SUDO apt-get update -qq
  $SUDO apt-get install -y -qq chromium >/dev/null
fi

# Release: the bounded tests (10 s, 500 MB per hostile file) hold the build users run, not a debug build.
dotnet test EditLint.sln -c Release "$@"
