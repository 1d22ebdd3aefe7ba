#!/usr/bin/env python3
"""NRules' share of a run's CPU, from a sampled trace converted to speedscope JSON (bench/nrules-share.sh makes one).

    python3 bench/nrules_share.py TRACE.speedscope.json

Counts the samples whose leaf is CPU_TIME (managed code running), leaving out threads parked in the runtime (waiting
for a GC to suspend them, spinning on a lock, the finalizer's pool trimming), and prints two shares: time in NRules'
own methods (the Rete network, the agenda, working memory: its overhead), and time with any NRules frame on the stack
(its overhead plus the rules' conditions and actions it calls, which are the rules' own work).
"""
import collections, json, sys

PARKED = ("PollGCWorker", "Monitor.Enter_Slowpath", "LowLevelSpinWaiter.Wait", "GC.RunFinalizers", "GC.GetGCMemoryInfo")


def main():
    trace = json.load(open(sys.argv[1]))
    names = [f["name"] for f in trace["shared"]["frames"]]
    by_module = collections.Counter()
    working = own = on_stack = 0.0
    for profile in trace["profiles"]:
        stack, last = [], None
        for event in profile["events"]:
            at = event["at"]
            if last is not None and len(stack) >= 2 and names[stack[-1]] == "CPU_TIME":
                frame = names[stack[-2]]
                if not any(p in frame for p in PARKED):
                    span = at - last
                    working += span
                    by_module[frame.split("!")[0]] += span
                    own += span if frame.startswith("NRules") else 0
                    on_stack += span if any(names[f].startswith("NRules") for f in stack) else 0
            last = at
            if event["type"] == "O":
                stack.append(event["frame"])
            elif stack:
                stack.pop()
    print(f"managed CPU sampled: {working:.0f} ms")
    print(f"NRules' own methods: {own:.0f} ms = {100 * own / working:.2f}%")
    print(f"NRules on the stack (with the rules' conditions and actions): {on_stack:.0f} ms = {100 * on_stack / working:.2f}%")
    for module, span in by_module.most_common(8):
        print(f"  {100 * span / working:6.2f}%  {module}")


if __name__ == "__main__":
    main()
