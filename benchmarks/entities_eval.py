"""Precision and recall of reader's entities against the hand-labelled bundled story.

    python -m benchmarks.entities_eval            # Markdown table
    python -m benchmarks.entities_eval --errors   # and every miss and false positive

The gold is ``tests/data/entities_gold.json`` (its "about" field gives the labelling
conventions). Scoring, per type and overall (micro-averaged over the five articles):

- **entity level**, after merging: a predicted entity matches a gold entity of the same
  type when their names and aliases share a form (case, a leading "the" and a possessive
  ignored); figures match on value and unit. Matching is one to one, so a person split
  into two entities ("Trump" apart from "Donald Trump") costs precision, and two people
  merged into one cost recall.
- **mention level**: a predicted mention is right when it overlaps a gold mention of the
  gold entity its entity matched (one to one), so an over-merged entity's extra mentions
  are wrong. Spans need only overlap: "The Washington Times" in the gold and
  "Washington Times" predicted is a hit.
"""

from __future__ import annotations

import argparse
import json
import re
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
GOLD = ROOT / "tests" / "data" / "entities_gold.json"
TYPES = ("person", "organization", "place", "date", "figure")


def norm(text: str) -> str:
    text = text.replace("’", "'").casefold().strip()
    text = re.sub(r"^the\s+", "", text)
    text = re.sub(r"'s$", "", text)
    return re.sub(r"\s+", " ", text)


def _forms(name: str, aliases) -> set[str]:
    return {norm(name)} | {norm(a) for a in aliases}


def _unit_group(pred) -> str:
    return (pred.value or "").split(" ", 1)[-1]


def _same(gold: dict, pred) -> bool:
    if gold["type"] != pred.type:
        return False
    if gold["type"] == "figure":
        return pred.value == f"{gold['value']} {gold['unit']}"
    return bool(_forms(gold["name"], gold["aliases"]) & _forms(pred.name, pred.aliases))


def _overlaps(a: tuple[int, int], b: tuple[int, int]) -> bool:
    return a[0] < b[1] and b[0] < a[1]


def score_article(gold_entities: list[dict], predicted) -> dict:
    """Counts per type: gold/predicted/matched entities and mentions, plus the errors."""
    counts = {t: dict(gold=0, pred=0, hit=0, gold_m=0, pred_m=0, hit_m=0) for t in TYPES}
    errors: list[str] = []
    free = list(predicted)
    for g in gold_entities:
        c = counts[g["type"]]
        c["gold"] += 1
        c["gold_m"] += len(g["mentions"])
        spans = [(s, e) for s, e, _ in g["mentions"]]
        candidates = [p for p in free if _same(g, p)]
        if not candidates:
            errors.append(f"missed {g['type']} {g['name']!r}")
            continue
        best = max(candidates, key=lambda p: sum(any(_overlaps(m, s) for s in spans) for m in p.mentions))
        free.remove(best)
        c["hit"] += 1
        unused = list(spans)
        for m in best.mentions:
            hit = next((s for s in unused if _overlaps(m, s)), None)
            if hit is not None:
                unused.remove(hit)
                c["hit_m"] += 1
        for s in unused:
            errors.append(f"missed mention of {g['name']!r} at {s}")
    for p in predicted:
        if p.type in counts:
            counts[p.type]["pred"] += 1
            counts[p.type]["pred_m"] += p.count
    for p in free:
        errors.append(f"false {p.type} {p.name!r} ({p.count} mentions)")
    return {"counts": counts, "errors": errors}


def evaluate(extract=None) -> dict:
    """Run the extractor over the bundled story and score it against the gold."""
    sys.path.insert(0, str(ROOT))
    from reader.analysis.entities import extract_entities
    from reader.library.loading import load_library

    extract = extract or extract_entities
    gold = json.loads(GOLD.read_text(encoding="utf-8"))["articles"]
    library = load_library([ROOT / "articles"])
    total = {t: dict(gold=0, pred=0, hit=0, gold_m=0, pred_m=0, hit_m=0) for t in TYPES}
    errors: dict[str, list[str]] = {}
    started = time.perf_counter()
    for article in library.articles:
        if article.id not in gold:
            continue
        result = score_article(gold[article.id]["entities"], extract(article))
        errors[article.id] = result["errors"]
        for t in TYPES:
            for k, v in result["counts"][t].items():
                total[t][k] += v
    seconds = time.perf_counter() - started
    return {"by_type": total, "errors": errors, "seconds": seconds}


def _ratio(a: int, b: int) -> float | None:
    return a / b if b else None


def metrics(c: dict) -> dict:
    p, r = _ratio(c["hit"], c["pred"]), _ratio(c["hit"], c["gold"])
    mp, mr = _ratio(c["hit_m"], c["pred_m"]), _ratio(c["hit_m"], c["gold_m"])
    f1 = 2 * p * r / (p + r) if p and r else 0.0
    return {"precision": p, "recall": r, "f1": f1, "mention_precision": mp, "mention_recall": mr}


def table(result: dict) -> str:
    rows = ["| type | gold | found | precision | recall | F1 | mention P | mention R |",
            "|---|---:|---:|---:|---:|---:|---:|---:|"]
    overall = dict(gold=0, pred=0, hit=0, gold_m=0, pred_m=0, hit_m=0)
    fmt = lambda x: "–" if x is None else f"{x:.3f}"  # noqa: E731
    for t in TYPES:
        c = result["by_type"][t]
        for k in overall:
            overall[k] += c[k]
        m = metrics(c)
        rows.append(f"| {t} | {c['gold']} | {c['pred']} | {fmt(m['precision'])} | {fmt(m['recall'])} | "
                    f"{fmt(m['f1'])} | {fmt(m['mention_precision'])} | {fmt(m['mention_recall'])} |")
    m = metrics(overall)
    rows.append(f"| **overall** | {overall['gold']} | {overall['pred']} | {fmt(m['precision'])} | "
                f"{fmt(m['recall'])} | {fmt(m['f1'])} | {fmt(m['mention_precision'])} | {fmt(m['mention_recall'])} |")
    return "\n".join(rows)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--errors", action="store_true", help="list every miss and false positive")
    args = parser.parse_args(argv)
    result = evaluate()
    print(table(result))
    print(f"\n{sum(len(v) for v in result['errors'].values())} errors; "
          f"extraction took {result['seconds'] * 1000:.0f} ms for {len(result['errors'])} articles")
    if args.errors:
        for article, errs in result["errors"].items():
            for e in errs:
                print(f"{article}: {e}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
