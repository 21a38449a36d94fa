#!/usr/bin/env bash
# Same-story links: precision and recall of copy records of type same-story on examples/ plus bench/same-story/
# (rewrites of three examples by another "outlet", and same-pair articles about other occasions; see its README).
#   bench/same-story.sh            runs `dyad extract` over all of them (the language models: a few minutes)
# Prints the pairs found and the figures. Needs python3.
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$ROOT"
OUT="${TMPDIR:-/tmp}/dyad-same-story.jsonl"
./dyad extract --format jsonl examples/*.txt examples/*.html bench/same-story/*.txt > "$OUT"
python3 - "$OUT" <<'PY'
import json, sys, itertools, os
recs = [json.loads(l) for l in open(sys.argv[1]) if l.strip()]
name = lambda d: os.path.basename(d)[:3]
docs = sorted({name(r["doc"]) for r in recs if r["kind"] == "article"})
gold = {frozenset(p) for p in [("01-", "02-"), ("03-", "r03"), ("08-", "r08"), ("09-", "r08"), ("12-", "r12")]}
unscored = {frozenset(p) for p in [("05-", "06-"), ("08-", "09-")]}
found = {}
for r in recs:
    if r["kind"] == "copy":
        found.setdefault(frozenset((name(r["doc"]), name(r["otherDoc"]))), set()).add((r["type"], r["rule"]))
tp = fp = fn = 0
for a, b in itertools.combinations(docs, 2):
    p = frozenset((a, b))
    if p in unscored:
        continue
    said = any(t == "same-story" for t, _ in found.get(p, ()))
    if said and p in gold:
        tp += 1
    elif said:
        fp += 1
        print("false same-story:", a, b, found[p])
    elif p in gold:
        fn += 1
        print("missed same-story:", a, b, found.get(p, "nothing"))
    else:
        continue
for p, v in sorted(found.items(), key=lambda x: sorted(x[0])):
    print("link:", " ".join(sorted(p)), sorted(v))
pairs = len(docs) * (len(docs) - 1) // 2 - len(unscored)
print(f"same-story over {len(docs)} articles, {pairs} scored pairs ({len(gold)} same-story): "
      f"precision {tp / (tp + fp) if tp + fp else float('nan'):.2f} ({tp}/{tp + fp}), recall {tp / len(gold):.2f} ({tp}/{len(gold)})")
events = [r for r in recs if r["kind"] == "event"]
multi = {}
for e in events:
    multi.setdefault(e.get("cluster"), set()).add(name(e["doc"]))
shared = {k: v for k, v in multi.items() if len(v) > 1}
print(f"event clusters: {len(events)} event records in {len(multi)} clusters; {len(shared)} reported by more than one article")
for k, v in sorted(shared.items()):
    print("  cluster", k, sorted(v))
PY
