#!/usr/bin/env python3
"""The language server's start-up as an editor sees it: the time from starting `editlint-ls` to the first
publishDiagnostics for a seed article opened right after initialize, for each build given, in interleaved runs.

    python3 bench/ls-startup.py [--runs N] BUILD_DIR [BUILD_DIR ...]

Each BUILD_DIR holds an `editlint-ls` executable (a `dotnet publish` of src/EditLint.LanguageServer).
"""
import argparse, glob, json, os, statistics, subprocess, time

def frame(message):
    body = json.dumps(message).encode("utf-8")
    return b"Content-Length: %d\r\n\r\n%s" % (len(body), body)

def read_message(stream):
    length = None
    while True:
        line = stream.readline()
        if not line:
            return None
        line = line.strip()
        if not line:
            break
        name, _, value = line.partition(b":")
        if name.lower() == b"content-length":
            length = int(value)
    return json.loads(stream.read(length))

def one_run(server, article):
    text = open(article, encoding="utf-8").read()
    uri = "file://" + os.path.abspath(article)
    start = time.perf_counter()
    process = subprocess.Popen([server], stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL)
    process.stdin.write(frame({"jsonrpc": "2.0", "id": 1, "method": "initialize",
                               "params": {"processId": None, "rootUri": None, "capabilities": {}}}))
    process.stdin.flush()
    while (message := read_message(process.stdout)) is not None and message.get("id") != 1:
        pass
    initialized = time.perf_counter() - start
    process.stdin.write(frame({"jsonrpc": "2.0", "method": "initialized", "params": {}}))
    process.stdin.write(frame({"jsonrpc": "2.0", "method": "textDocument/didOpen", "params": {
        "textDocument": {"uri": uri, "languageId": "plaintext", "version": 1, "text": text}}}))
    process.stdin.flush()
    while (message := read_message(process.stdout)) is not None and message.get("method") != "textDocument/publishDiagnostics":
        pass
    diagnosed = time.perf_counter() - start
    count = len(message["params"]["diagnostics"]) if message else -1
    process.stdin.write(frame({"jsonrpc": "2.0", "id": 2, "method": "shutdown"}))
    process.stdin.write(frame({"jsonrpc": "2.0", "method": "exit"}))
    process.stdin.flush()
    process.wait(timeout=30)
    return initialized * 1000, diagnosed * 1000, count

def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--runs", type=int, default=11)
    parser.add_argument("builds", nargs="+")
    args = parser.parse_args()
    root = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
    article = sorted(glob.glob(os.path.join(root, "..", "shared", "seeds", "*.txt")))[0]
    results = {build: [] for build in args.builds}
    for build in args.builds:
        one_run(os.path.join(build, "editlint-ls"), article)
    for _ in range(args.runs):
        for build in args.builds:
            results[build].append(one_run(os.path.join(build, "editlint-ls"), article))
    print(f"editlint-ls start-up: {os.path.basename(article)} opened after initialize, {args.runs} interleaved runs each")
    for build, runs in results.items():
        initialized = statistics.median(r[0] for r in runs)
        diagnosed = sorted(r[1] for r in runs)
        print(f"{build}: initialize answered {initialized:.0f} ms, first diagnostics {statistics.median(diagnosed):.0f} ms "
              f"({diagnosed[0]:.0f}–{diagnosed[-1]:.0f}), {runs[0][2]} diagnostics")

if __name__ == "__main__":
    main()
