# Sourced by the scripts that trace one `editlint check` with dotnet-trace (jit-sites.sh, alloc-sites.sh), after they
# have set `build` (empty: this tree published ReadyToRun for linux-x64, the build that runs on the .NET runtime and
# its JIT, which these traces read; the tool package is a native program) and `work` (a temporary folder they remove). Sets `build` and `trace_tool`: dotnet-trace from the PATH, or installed into `work`.
if [ -z "$build" ]; then
  build="$work/build"
  dotnet publish src/EditLint.Cli -c Release -r linux-x64 --self-contained false -p:PublishAot=false -o "$build" >/dev/null
fi
trace_tool=$(command -v dotnet-trace || true)
if [ -z "$trace_tool" ]; then
  dotnet tool install dotnet-trace --tool-path "$work/tools" >/dev/null
  trace_tool="$work/tools/dotnet-trace"
fi
