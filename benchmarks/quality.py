"""How well ``compare_texts`` finds shared passages: PAN scores per obfuscation category.

For every category of :data:`benchmarks.synth.CATEGORIES` it generates N document pairs
(case ``k`` of category ``c`` is ``make_case(Random(f"{seed}-{c}-{k}"), c)``, so any
case can be rebuilt alone), runs ``compare_texts(a, b)`` on each, and scores the
reported passages against the planted ones with :mod:`benchmarks.pan`: character
precision and recall (macro averaged), granularity and plagdet. It also counts the
passages reported on ``unrelated`` pairs (there should be none), tallies which ``kind``
the engine gave the passages of each category, and lists the worst cases so they can be
reproduced.

A second section runs the engine on every pair of the five bundled articles, and on
``cnn`` against ``house-addresses`` (a machine-reworded copy of it) in particular.

    python -m benchmarks.quality [--quick] [--cases N] [--seed S] [--check]

``--check`` exits 1 when a target is missed: plagdet >= 0.95 for every category in
:data:`TARGETED` and no passage at all on unrelated pairs.
"""

from __future__ import annotations

import argparse
import itertools
import statistics
import sys
import time
import traceback
from collections import Counter
from dataclasses import dataclass, field
from random import Random

from benchmarks import pan, synth

TARGET_PLAGDET = 0.95
TARGETED = ("verbatim", "light_edit", "spin10", "spin20", "spin25", "reorder", "single")
ENGINE_KINDS = ("verbatim", "edited", "rewritten")


@dataclass
class CategoryResult:
    category: str
    scores: pan.Scores
    kinds: Counter = field(default_factory=Counter)  # engine kind of passages detecting a case
    false_kinds: Counter = field(default_factory=Counter)  # ... of passages detecting none
    millis: list[float] = field(default_factory=list)
    worst: list[tuple[float, str, str]] = field(default_factory=list)  # (plagdet, seed, note)
    errors: list[str] = field(default_factory=list)
    truths: list[list[pan.Span]] = field(default_factory=list)  # per case, for the overall score
    founds: list[list[pan.Span]] = field(default_factory=list)

    @property
    def false_passages(self) -> int:
        return sum(self.false_kinds.values())


def detections_of(comparison) -> list[pan.Span]:
    return [(p.a_start, p.a_end, p.b_start, p.b_end) for p in comparison.passages]


def run_category(category: str, n_cases: int, seed: str) -> CategoryResult:
    from reader.engine.compare import compare_texts

    truths, founds = [], []
    kinds, false_kinds = Counter(), Counter()
    millis, per_case, errors = [], [], []
    for k in range(n_cases):
        case_seed = f"{seed}-{category}-{k}"
        case = synth.make_case(Random(case_seed), category)
        started = time.perf_counter()
        try:
            comparison = compare_texts(case.a, case.b)
        except Exception:  # a crash is a finding, not the end of the run
            errors.append(f"{case_seed}: {traceback.format_exc(limit=1).strip().splitlines()[-1]}")
            truths.append(case.truth)
            founds.append([])
            continue
        millis.append((time.perf_counter() - started) * 1000)
        found = detections_of(comparison)
        truths.append(case.truth)
        founds.append(found)
        for passage, span in zip(comparison.passages, found, strict=True):
            hit = any(pan.detects(span, s) for s in case.truth)
            (kinds if hit else false_kinds)[passage.kind] += 1
        one = pan.score([case.truth], [found])
        note = (f"P={one.precision:.2f} R={one.recall:.2f} gran={one.granularity:.1f}, "
                f"{len(found)} passages for {len(case.truth)} planted")
        per_case.append((one.plagdet, case_seed, note))
    per_case.sort()
    return CategoryResult(
        category, pan.score(truths, founds), kinds, false_kinds, millis,
        [w for w in per_case if w[0] < 0.9][:3], errors, truths, founds,
    )


def _fmt(x: float) -> str:
    return f"{x:.3f}"


def category_table(results: list[CategoryResult]) -> str:
    rows = [
        "| category | pairs | planted | precision | recall | granularity | plagdet | false passages | median ms |",
        "|---|---:|---:|---:|---:|---:|---:|---:|---:|",
    ]
    for r in results:
        s = r.scores
        ms = f"{statistics.median(r.millis):.1f}" if r.millis else "–"
        mark = " ✗" if r.category in TARGETED and s.plagdet < TARGET_PLAGDET else ""
        rows.append(
            f"| {r.category} | {len(r.truths)} | {s.cases} | {_fmt(s.precision)} "
            f"| {_fmt(s.recall)} | {_fmt(s.granularity)} | {_fmt(s.plagdet)}{mark} | {r.false_passages} | {ms} |"
        )
    return "\n".join(rows)


def kind_table(results: list[CategoryResult]) -> str:
    rows = [
        "| category | " + " | ".join(ENGINE_KINDS) + " | passages detecting no planted case |",
        "|---|" + "---:|" * (len(ENGINE_KINDS) + 1),
    ]
    for r in results:
        total = sum(r.kinds.values())
        cells = [f"{r.kinds[k]} ({100 * r.kinds[k] / total:.0f}%)" if total else "0" for k in ENGINE_KINDS]
        other = sorted(set(r.kinds) - set(ENGINE_KINDS))
        if other:
            cells[-1] += " + " + ", ".join(f"{k}: {r.kinds[k]}" for k in other)
        false = ", ".join(f"{k}: {n}" for k, n in sorted(r.false_kinds.items())) or "0"
        rows.append(f"| {r.category} | " + " | ".join(cells) + f" | {false} |")
    return "\n".join(rows)


def bundled_story() -> str:
    from reader.engine.compare import compare_texts
    from reader.library.loading import load_library

    articles = sorted(load_library().articles, key=lambda a: a.id)
    rows = [
        "| A | B | A shared | B shared | passages | kinds |",
        "|---|---|---:|---:|---:|---|",
    ]
    for a, b in itertools.combinations(articles, 2):
        c = compare_texts(a.body, b.body)
        kinds = Counter(p.kind for p in c.passages)
        rows.append(
            f"| {a.id} | {b.id} | {c.a_shared:.1%} | {c.b_shared:.1%} | {len(c.passages)} | "
            + (", ".join(f"{k} {n}" for k, n in sorted(kinds.items())) or "–") + " |"
        )
    by_id = {a.id: a for a in articles}
    lines = ["\n".join(rows)]
    if "cnn" in by_id and "house-addresses" in by_id:
        cnn, house = by_id["cnn"], by_id["house-addresses"]
        c = compare_texts(cnn.body, house.body)
        covered = pan._merge([(p.b_start, p.b_end) for p in c.passages])
        chars = sum(e - s for s, e in covered)
        kinds = Counter(p.kind for p in c.passages)
        lines.append(
            f"\n`cnn` vs `house-addresses` (a reworded copy): {c.b_shared:.1%} of house-addresses' "
            f"words are in {len(c.passages)} passage{'' if len(c.passages) == 1 else 's'}, "
            f"covering {chars / len(house.body.strip()):.1%} of its "
            f"characters; {c.a_shared:.1%} of cnn's words. Kinds: "
            + (", ".join(f"{k} {n}" for k, n in sorted(kinds.items())) or "none")
            + "."
        )
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m benchmarks.quality", description=__doc__.split("\n\n")[0])
    parser.add_argument("--quick", action="store_true", help="10 cases per category instead of 40")
    parser.add_argument("--cases", type=int, help="cases per category")
    parser.add_argument("--seed", default="q", help="seed prefix (default: q)")
    parser.add_argument("--check", action="store_true", help="exit 1 when a target is missed")
    parser.add_argument("--only", nargs="+", choices=synth.CATEGORIES, help="run only these categories")
    args = parser.parse_args(argv)
    n_cases = args.cases or (10 if args.quick else 40)

    import platform

    started = time.perf_counter()
    synth.model()
    print(f"# reader quality benchmark\n\n{n_cases} cases per category, seed prefix `{args.seed}`, "
          f"Python {platform.python_version()}.\n")
    results = []
    for category in args.only or synth.CATEGORIES:
        results.append(run_category(category, n_cases, args.seed))
        print(f"  {category}: done", file=sys.stderr)

    overall = pan.score([t for r in results for t in r.truths], [f for r in results for f in r.founds])
    print("## Synthetic pairs (PAN measures)\n")
    print(category_table(results))
    if len(results) > 1:
        print(
            f"\nAll categories together: precision {_fmt(overall.precision)}, recall {_fmt(overall.recall)}, "
            f"granularity {_fmt(overall.granularity)}, plagdet {_fmt(overall.plagdet)} "
            f"({overall.cases} planted passages, {overall.detections} reported)."
        )
    print("\n*False passages* detect no planted passage; on `unrelated` pairs they are every passage "
          "reported. Median ms is compare_texts per pair.")
    print(f"\nTargets: plagdet ≥ {TARGET_PLAGDET} for {', '.join(TARGETED)}; no passage on unrelated pairs "
          "(✗ marks a miss; spin30 is reported only).\n")
    print("## Kinds the engine gave (passages that detect a planted case)\n")
    print(kind_table(results))
    worst = [(r.category, w) for r in results for w in r.worst]
    errors = [e for r in results for e in r.errors]
    if worst or errors:
        print("\n## Worst cases (rebuild with `make_case(Random(SEED), CATEGORY)`)\n")
        for category, (value, seed, note) in worst:
            print(f"- {category} `{seed}`: plagdet {value:.2f}; {note}")
        for error in errors:
            print(f"- crash {error}")
    if not args.only:
        print("\n## The bundled story\n")
        print(bundled_story())
    print(f"\n({time.perf_counter() - started:.0f} s)")

    misses = [
        f"{r.category} plagdet {r.scores.plagdet:.3f} < {TARGET_PLAGDET}"
        for r in results if r.category in TARGETED and r.scores.plagdet < TARGET_PLAGDET
    ]
    misses += [f"{r.scores.detections} passages on unrelated pairs" for r in results
               if r.category == "unrelated" and r.scores.detections]
    misses += [f"{len(errors)} cases crashed"] if errors else []
    if args.check and misses:
        print("\nmissed targets: " + "; ".join(misses), file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
