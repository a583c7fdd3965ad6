"""Verbatim copies in real documents: PAN 2013 text alignment, the no-obfuscation subset.

    python -m benchmarks.pan13 [--data DIR] [--limit N]

**What it measures.** How well the engine finds passages copied word for word from one real
document into another, with PAN's own measures. For every document pair,
:func:`reader.engine.compare.compare_texts` compares the suspicious document (A) with the
source document (B) in process; every passage it reports becomes a detection
``(a_start, a_end, b_start, b_end)`` (character offsets, ends exclusive) and
:func:`benchmarks.pan.score` scores all detections against all gold cases at once:

* **precision**: mean over detections of the share of its characters (both sides) inside
  a gold case it meets; a passage on text that is not a case costs precision.
* **recall**: mean over gold cases of the share of its characters inside detections.
* **granularity**: mean number of detections per detected case (1 is ideal: a case found
  as one passage, not in pieces).
* **plagdet**: F1 of precision and recall, divided by log2(1 + granularity).

Also printed: median wall and CPU milliseconds per pair (``compare_texts`` only, files
already read), the machine's core count and load, and the five pairs with the lowest
plagdet (file ids and figures only, never their text) so failures can be looked up.

**The data.** ``../shared/data/pan13-no-obfuscation/`` beside the repository (``--data``
names another ``data`` folder): 462 pairs of the PAN 2013 text alignment training corpus,
sub-corpus ``02-no-obfuscation`` (Potthast et al., Webis group, https://pan.webis.de), 564
cases, from a public GitHub copy whose text is ASCII-folded and whose source documents
carry OCR-style errors. ``gold.json`` re-derives each case's offsets on that copy (its
``SOURCE.md`` says how): ``this_*`` is the suspicious side, ``source_*`` the source side.
The "verbatim" cases therefore carry some OCR noise on the source side. Files are read as
UTF-8 (errors replaced) with line ends left as they are, so gold offsets stay valid.

**Licence.** The PAN corpora are distributed by Webis for research; redistribution terms
were not verifiable. Research-only: the benchmark reads the files where they lie, and
nothing of them (text, names, sentences) is copied into the repository. When the folder
is absent the benchmark says so and exits 0.
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import sys
import time
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from benchmarks.pan import Scores, Span, score
from reader.engine.compare import Comparison, compare_texts

ROOT = Path(__file__).resolve().parent.parent
DATA = ROOT.parent / "shared" / "data"
SUBDIR = "pan13-no-obfuscation"
WORST = 5


@dataclass(frozen=True)
class Pair:
    susp: str
    src: str
    cases: list[Span]


def read_text(path: Path) -> str:
    """A document as the gold offsets count it: UTF-8, errors replaced, newlines untouched."""
    with open(path, encoding="utf-8", errors="replace", newline="") as f:
        return f.read()


def load_pairs(folder: Path) -> list[Pair]:
    """The pairs of ``gold.json``: suspicious file (A side), source file (B side), cases."""
    gold = json.loads((folder / "gold.json").read_text(encoding="utf-8"))
    pairs = []
    for p in gold["pairs"]:
        cases: list[Span] = [(c["this_offset"], c["this_offset"] + c["this_length"],
                              c["source_offset"], c["source_offset"] + c["source_length"]) for c in p["cases"]]
        pairs.append(Pair(p["susp"], p["src"], cases))
    return pairs


def detections(comparison: Comparison) -> list[Span]:
    """Each passage as a detection: its span in A (the suspicious text) and in B (the source)."""
    return [(p.a_start, p.a_end, p.b_start, p.b_end) for p in comparison.passages]


def evaluate(folder: Path, limit: int | None = None) -> dict[str, Any]:
    """Compare every pair (the first ``limit``), score it, and time ``compare_texts``."""
    pairs = load_pairs(folder)[:limit] if limit is not None else load_pairs(folder)
    truth: list[list[Span]] = []
    found: list[list[Span]] = []
    wall: list[float] = []
    cpu: list[float] = []
    per_pair: list[dict[str, Any]] = []
    for pair in pairs:
        susp = read_text(folder / "susp" / pair.susp)
        src = read_text(folder / "src" / pair.src)
        w0, c0 = time.perf_counter(), time.process_time()
        comparison = compare_texts(susp, src)
        wall.append(time.perf_counter() - w0)
        cpu.append(time.process_time() - c0)
        dets = detections(comparison)
        truth.append(pair.cases)
        found.append(dets)
        s = score([pair.cases], [dets])
        per_pair.append({"susp": pair.susp, "src": pair.src, "cases": len(pair.cases), "detections": len(dets),
                         "precision": s.precision, "recall": s.recall, "granularity": s.granularity,
                         "plagdet": s.plagdet})
    return {
        "pairs": len(pairs),
        "scores": score(truth, found),
        "per_pair": per_pair,
        "median_ms": 1000 * statistics.median(wall) if wall else 0.0,
        "median_cpu_ms": 1000 * statistics.median(cpu) if cpu else 0.0,
        "total_s": sum(wall),
        "cores": os.cpu_count(),
        "load": os.getloadavg(),
    }


def worst(per_pair: Sequence[dict[str, Any]], n: int = WORST) -> list[dict[str, Any]]:
    """The ``n`` pairs with the lowest plagdet, lowest first (ties in file order)."""
    return sorted(per_pair, key=lambda r: r["plagdet"])[:n]


def table(pairs: int, s: Scores) -> str:
    head = (f"{'pairs':>5} {'cases':>5} {'detections':>10} {'precision':>9} {'recall':>6} {'granularity':>11} "
            f"{'plagdet':>7}")
    row = (f"{pairs:>5} {s.cases:>5} {s.detections:>10} {s.precision:>9.3f} {s.recall:>6.3f} "
           f"{s.granularity:>11.3f} {s.plagdet:>7.3f}")
    return f"{head}\n{row}"


def report(result: dict[str, Any]) -> str:
    s: Scores = result["scores"]
    load = ", ".join(f"{x:.2f}" for x in result["load"])
    lines = ["### PAN 2013 text alignment, no obfuscation (compare_texts, suspicious = A, source = B)", "",
             table(result["pairs"], s), "",
             f"{s.detected_cases} of {s.cases} cases detected. compare_texts: median {result['median_ms']:.1f} ms "
             f"wall, {result['median_cpu_ms']:.1f} ms CPU per pair; {result['total_s']:.1f} s in all; "
             f"{result['cores']} cores, load average {load}.", "",
             f"{WORST} worst pairs by plagdet:"]
    for r in worst(result["per_pair"]):
        lines.append(f"  {r['susp']} / {r['src']}: plagdet {r['plagdet']:.3f} (precision {r['precision']:.3f}, "
                     f"recall {r['recall']:.3f}, granularity {r['granularity']:.2f}; "
                     f"{r['cases']} cases, {r['detections']} detections)")
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=(__doc__ or "").split("\n\n")[0])
    parser.add_argument("--data", type=Path, default=DATA, help="the shared data folder (default ../shared/data)")
    parser.add_argument("--limit", type=int, default=None, help="score only the first N pairs")
    args = parser.parse_args(argv)
    folder = args.data / SUBDIR
    if not (folder / "gold.json").is_file():
        print(f"PAN 2013 data is absent: no {folder / 'gold.json'}; nothing to measure.")
        return 0
    print(report(evaluate(folder, args.limit)))
    return 0


if __name__ == "__main__":
    sys.exit(main())
