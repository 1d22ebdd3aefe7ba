#!/usr/bin/env python3
"""Lists EditLint's EL1001 findings on a folder with the text around each, for an editor to judge.

    python3 bench/quality/el1001_findings.py ../shared/corpus [--sample 40] [--seed 1]

Runs the Release CLI (build it first: dotnet build -c Release src/EditLint.Cli), prints the finding rate per
1,000 words, then each finding (or a random sample) with up to 300 characters before it. Nothing is written
into the repository.
"""
import argparse, json, os, random, re, subprocess, sys, tempfile

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
CLI = os.path.join(ROOT, "src", "EditLint.Cli", "bin", "Release", "net10.0", "editlint")


def words_in(folder):
    total = 0
    for base, _, files in os.walk(folder):
        for name in files:
            if name.endswith(".md") and name != "README.md":
                text = open(os.path.join(base, name), encoding="utf-8", errors="replace").read()
                if text.startswith("---"):
                    end = text.find("\n---", 3)
                    text = text[end + 4:] if end > 0 else text
                total += len(re.findall(r"\S+", text))
    return total


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("folder")
    parser.add_argument("--sample", type=int, default=0, help="show this many random findings (0: all)")
    parser.add_argument("--seed", type=int, default=1)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        out = os.path.join(tmp, "out.json")
        result = subprocess.run([CLI, "check", args.folder, "--format", "json", "--output", out])
        # Exit code 1 means findings; anything else, or no output, is a failure.
        if result.returncode not in (0, 1) or not os.path.exists(out):
            sys.exit(f"editlint failed (exit {result.returncode}); build it first: dotnet build -c Release src/EditLint.Cli")
        diagnostics = json.load(open(out))["diagnostics"]
    findings = [d for d in diagnostics if d["id"] == "EL1001"]
    words = words_in(args.folder)
    print(f"EL1001: {len(findings)} findings in {words:,} words = {1000 * len(findings) / max(1, words):.4f} per 1,000 words")
    shown = findings if not args.sample or args.sample >= len(findings) else random.Random(args.seed).sample(findings, args.sample)
    for n, d in enumerate(shown, 1):
        line = open(d["path"], encoding="utf-8", errors="replace").read().split("\n")[d["startLine"] - 1]
        col = d["startColumn"] - 1
        print(f"\n{n}. {os.path.relpath(d['path'], args.folder)}:{d['startLine']}:{d['startColumn']}  {d['message']}")
        print("   " + line[max(0, col - 300):col] + "⟦" + line[col:col + 200])


if __name__ == "__main__":
    sys.exit(main())
