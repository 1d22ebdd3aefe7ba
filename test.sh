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

# The tools as users get them: packed, installed with `dotnet tool install`, run on the seed articles (the copies
# the tests use). Feed, NuGet package folder and tool folder are new each run, so no earlier package of the same
# version can stand in for the one just packed.
# On Linux x64 the command-line tool is a native (AOT) program, which the .NET SDK links with clang.
if [ "$(uname -sm)" = "Linux x86_64" ] && ! command -v clang >/dev/null; then
  SUDO=""
  [ "$(id -u)" -ne 0 ] && SUDO="sudo"
  export DEBIAN_FRONTEND=noninteractive
  $SUDO apt-get update -qq
  $SUDO apt-get install -y -qq clang >/dev/null
fi
tool_tmp=$(mktemp -d)
trap 'rm -rf "$tool_tmp"' EXIT
for project in src/EditLint.Cli src/EditLint.LanguageServer; do
  dotnet pack "$project" -c Release -o "$tool_tmp/feed" --nologo -v quiet
done
# A native tool's platform packages are packed one by one: the IL one for every other platform, and the native one
# on the platform it is for.
dotnet pack src/EditLint.Cli -c Release -r any -o "$tool_tmp/feed" --nologo -v quiet
if [ "$(uname -sm)" = "Linux x86_64" ]; then
  dotnet pack src/EditLint.Cli -c Release -r linux-x64 -o "$tool_tmp/feed" --nologo -v quiet
  # The native package holds the program itself, without its native debug symbols (100 MB).
  native="$tool_tmp/feed/editlint.linux-x64.$(dotnet msbuild src/EditLint.Cli -getProperty:Version).nupkg"
  if ! unzip -Z1 "$native" | grep -qx 'tools/any/linux-x64/EditLint.Cli' || unzip -Z1 "$native" | grep -E '\.dbg$'; then
    # What the package holds and what was packed beside it, so that a failure here says which half failed.
    unzip -Z1 "$native" >&2 || true
    ls -la "$tool_tmp/feed" >&2
    echo "test.sh: $(basename "$native") does not hold the native program alone" >&2
    exit 1
  fi
fi
for package in "$tool_tmp"/feed/*.nupkg; do
  # A tool package holds what the dotnet host starts (the native package: the program itself): no native launcher
  # beside the assemblies, no API docs.
  launcher='editlint|editlint-ls|EditLint\.Cli|EditLint\.LanguageServer'
  [[ "$(basename "$package")" == editlint.linux-x64.* ]] && launcher='editlint|editlint-ls|EditLint\.LanguageServer'
  if unzip -Z1 "$package" | grep -E "^tools/.*/(($launcher)|[^/]+\.xml)\$" |
      grep -v '/DotnetToolSettings\.xml$'; then
    echo "test.sh: $(basename "$package") holds the files above, which a tool package must not" >&2
    exit 1
  fi
done
printf '<configuration><packageSources><clear /><add key="packed" value="%s" /></packageSources></configuration>\n' \
  "$tool_tmp/feed" >"$tool_tmp/nuget.config"
version=$(dotnet msbuild src/EditLint.Cli -getProperty:Version)
for tool in editlint editlint-ls; do
  NUGET_PACKAGES="$tool_tmp/packages" dotnet tool install --tool-path "$tool_tmp/tools" \
    --configfile "$tool_tmp/nuget.config" "$tool" --version "$version" >/dev/null
done
for tool in editlint editlint-ls; do
  if [ "$(uname -sm)" = "Linux x86_64" ] && [ ! -d "$tool_tmp/tools/.store/$tool/$version/$tool.linux-x64" ]; then
    echo "test.sh: dotnet tool install did not pick the Linux x64 package $tool.linux-x64" >&2
    exit 1
  fi
done
# Exit code 1 means findings at or above the threshold, which the seeds have; 0 or 2 fails.
status=0
"$tool_tmp/tools/editlint" check tests/EditLint.Tests/Fixtures/seeds/*.txt >"$tool_tmp/check.txt" || status=$?
if [ "$status" -ne 1 ] || ! grep -Eq '^2 files, [1-9][0-9]* findings' "$tool_tmp/check.txt"; then
  cat "$tool_tmp/check.txt" >&2
  echo "test.sh: the installed editlint exited $status without the seeds' findings" >&2
  exit 1
fi
# The language server: initialize, shutdown and exit, as an editor starts and stops it.
for message in '{"jsonrpc":"2.0","id":1,"method":"initialize","params":{"processId":null,"rootUri":null,"capabilities":{}}}' \
    '{"jsonrpc":"2.0","id":2,"method":"shutdown"}' '{"jsonrpc":"2.0","method":"exit"}'; do
  printf 'Content-Length: %d\r\n\r\n%s' "${#message}" "$message"
done >"$tool_tmp/lsp-in.txt"
status=0
timeout 30 "$tool_tmp/tools/editlint-ls" <"$tool_tmp/lsp-in.txt" >"$tool_tmp/lsp-out.txt" || status=$?
if [ "$status" -ne 0 ] || ! grep -q '"capabilities"' "$tool_tmp/lsp-out.txt"; then
  echo "test.sh: the installed editlint-ls exited $status without answering initialize" >&2
  exit 1
fi
echo "test.sh: installed editlint $version: $(tail -n 1 "$tool_tmp/check.txt")"
