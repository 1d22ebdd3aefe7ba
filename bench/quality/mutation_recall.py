#!/usr/bin/env python3
"""Recall of EL1001 on drafts made from published articles: the speech tag of each article's first quotation is
removed ("“…,” Bell said." becomes "“….”"), and the script counts how often EL1001 then fires on that quotation.

    python3 bench/quality/mutation_recall.py ../shared/corpus [--show]

Copies go to a temporary folder (never into the repository). A quotation that does not fire is split by whether
an earlier sentence of its paragraph has a speech verb (a reader may then take that speaker for it) or not;
--show lists the latter for reading.
"""
import argparse, json, os, re, subprocess, sys, tempfile

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
CLI = os.path.join(ROOT, "src", "EditLint.Cli", "bin", "Release", "net10.0", "editlint")

TAG = (r"(?:he|she|they|[A-Z][\w'’.-]+(?: [A-Z][\w'’.-]+){0,3}|the [a-z]+(?: [a-z]+){0,2}) "
       r"(?:said|says|added|adds|told [^.\"”]{1,40}?|explained|warned)")
INVERTED = r"(?:said|says|added|adds) (?:[A-Z][\w'’.-]+(?: [A-Z][\w'’.-]+){0,3}|the [a-z]+(?: [a-z]+){0,3})"
QUOTE = re.compile(r"(?m)(^|(?<=[.!?] ))([\"“])([A-Z][^\"“”\n]{25,400}?),([\"”]) (" + TAG + "|" + INVERTED + r")\.")
SPEECH = re.compile(r"\b(said|says|told|tells|added|adds|according to|warned|stated|claimed|argued|insisted|explained|noted|announced|wrote|asked|stressed)\b")


def run_cli(folder, out):
    # Exit code 1 means findings; anything else, or no output, is a failure worth stopping for.
    result = subprocess.run([CLI, "check", folder, "--format", "json", "--output", out])
    if result.returncode not in (0, 1) or not os.path.exists(out):
        sys.exit(f"editlint failed on {folder} (exit {result.returncode}); build it first: dotnet build -c Release src/EditLint.Cli")


def mutate(folder, into):
    cases = []
    for base, _, files in sorted(os.walk(folder)):
        for name in sorted(files):
            if not name.endswith(".md") or name == "README.md":
                continue
            path = os.path.join(base, name)
            text = open(path, encoding="utf-8").read()
            if not text.startswith("---"):
                continue
            fence = text.find("\n---", 3)
            if fence < 0:
                continue
            body_start = fence + 4
            body = text[body_start:]
            marks = [i for i in (body.find('"'), body.find("“")) if i >= 0]
            if not marks:
                continue
            m = QUOTE.search(body, min(marks))
            if not m or m.start(2) != min(marks):
                continue
            mutated = text[:body_start] + body[:m.start()] + m.group(1) + m.group(2) + m.group(3) + "." + m.group(4) + body[m.end():]
            at = body_start + m.start(2)
            line = mutated.count("\n", 0, at) + 1
            col = at - (mutated.rfind("\n", 0, at) + 1) + 1
            out = os.path.relpath(path, folder).replace(os.sep, "__")
            open(os.path.join(into, out), "w", encoding="utf-8").write(mutated)
            paragraph = body[body.rfind("\n", 0, m.start(2)) + 1:m.start(2)]
            cases.append(dict(file=out, line=line, col=col, before=paragraph[-160:], quote=m.group(3)[:80]))
    return cases


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("folder")
    parser.add_argument("--show", action="store_true")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        drafts = os.path.join(tmp, "drafts")
        os.mkdir(drafts)
        cases = mutate(args.folder, drafts)
        out = os.path.join(tmp, "out.json")
        run_cli(drafts, out)
        hits = {(os.path.basename(d["path"]), d["startLine"], d["startColumn"]) for d in json.load(open(out))["diagnostics"] if d["id"] == "EL1001"}
    fired = [c for c in cases if (c["file"], c["line"], c["col"]) in hits]
    context = [c for c in cases if c not in fired and SPEECH.search(c["before"])]
    rest = [c for c in cases if c not in fired and c not in context]
    print(f"{len(cases)} drafts: EL1001 fired on {len(fired)}; not fired, a speech verb earlier in the paragraph: {len(context)}; not fired otherwise: {len(rest)}")
    if args.show:
        for c in rest:
            print(f"{c['file']}:{c['line']}:{c['col']} | …{c['before'][-120:]} | {c['quote']}")


if __name__ == "__main__":
    sys.exit(main())
