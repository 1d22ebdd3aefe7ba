#!/usr/bin/env python3
"""Lists EditLint's findings of one rule (default EL1002) on a folder with the text around each, for an editor to judge.

    python3 bench/quality/el1002_findings.py ../shared/corpus [--rule EL1002] [--sample 40] [--seed 1]
        [--before 400] [--after 300] [--json saved.json]

Like el1001_findings.py, but for any rule and with the text after the finding too: whether an unnamed source is
named depends as much on the sentence after it ("… a spokesman said. Smith, the firm's head of PR, added …") as on
the one before. Prints the rule's count and rate per 1,000 words, then each finding (or a random sample) with the
paragraph before it and the text around it. --json reuses a saved `check --format json` output instead of running
the CLI. Nothing is written into the repository.
"""
import argparse, json, os, random, subprocess, sys, tempfile

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from el1001_findings import CLI, words_in  # one word count and one CLI path for both scripts


def diagnostics_of(folder, saved):
    if saved:
        return json.load(open(saved))["diagnostics"]
    with tempfile.TemporaryDirectory() as tmp:
        out = os.path.join(tmp, "out.json")
        result = subprocess.run([CLI, "check", folder, "--format", "json", "--output", out])
        # Exit code 1 means findings; anything else, or no output, is a failure.
        if result.returncode not in (0, 1) or not os.path.exists(out):
            sys.exit(f"editlint failed (exit {result.returncode}); build it first: dotnet build -c Release src/EditLint.Cli")
        return json.load(open(out))["diagnostics"]


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("folder")
    parser.add_argument("--rule", default="EL1002")
    parser.add_argument("--sample", type=int, default=0, help="show this many random findings (0: all)")
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--before", type=int, default=400, help="characters of the line before the finding")
    parser.add_argument("--after", type=int, default=300, help="characters after the finding's start")
    parser.add_argument("--json", help="a saved `editlint check --format json` output of the same folder")
    args = parser.parse_args()
    findings = [d for d in diagnostics_of(args.folder, args.json) if d["id"] == args.rule]
    words = words_in(args.folder)
    print(f"{args.rule}: {len(findings)} findings in {words:,} words = {1000 * len(findings) / max(1, words):.4f} per 1,000 words")
    shown = findings if not args.sample or args.sample >= len(findings) else random.Random(args.seed).sample(findings, args.sample)
    for n, d in enumerate(shown, 1):
        lines = open(d["path"], encoding="utf-8", errors="replace").read().split("\n")
        row, col = d["startLine"] - 1, d["startColumn"] - 1
        # The paragraph before (one paragraph per line, a blank line between) often names the source.
        previous = next((lines[k] for k in range(row - 1, -1, -1) if lines[k].strip()), "")
        print(f"\n{n}. {os.path.relpath(d['path'], args.folder)}:{d['startLine']}:{d['startColumn']}  {d['message']}")
        if previous and not previous.startswith(("---", "title:", "date:", "source")):
            print("   ¶ " + previous[-args.before:])
        line = lines[row]
        print("   " + line[max(0, col - args.before):col] + "⟦" + line[col:col + args.after])


if __name__ == "__main__":
    sys.exit(main())
