"""Copied, revised and independent short answers: the Clough-Stevenson corpus.

    python -m benchmarks.short_answers [--data DIR]

**What it measures.** Whether the engine tells answers reused from a source text from
answers written independently, and how much of a reused answer it covers. Each answer is
compared with its task's source text by :func:`reader.engine.compare.compare_texts`, the
answer as A and the source as B, so ``Comparison.a_shared`` is the share of the answer's
words inside passages. Per category (``cut`` copy-paste, ``light`` and ``heavy`` revision,
``non`` written without the source) the table gives: answers, answers with at least one
passage, the median share of the answer's words in passages, the median number of
passages, and the passage kinds counted (verbatim, edited, rewritten).

Then the decision "reused or not", positive for cut, light and heavy, negative for non:

* **any passage**: an answer is called reused when it has at least one passage; precision,
  recall and F1 over all answers (and over tasks d-e alone, to set beside the next line).
* **share threshold**: an answer is called reused when its share exceeds a threshold. The
  threshold is *chosen on tasks a-c* (the one with the best F1 there, midway between two
  observed shares) and *reported on tasks d-e*, which played no part in choosing it, so the
  figure is not fitted to the answers it is measured on.

Median wall and CPU milliseconds per comparison, the core count and load are printed too.

**The data.** ``../shared/data/clough-stevenson-short-answers/`` beside the repository
(``--data`` names another ``data`` folder): 95 answers of 200-300 words to five Computer
Science questions, written by 19 participants, and the five Wikipedia source texts
``orig_task{a..e}.txt``; labels in ``file_information.csv`` (P. Clough and M. Stevenson,
"Developing a corpus of plagiarised short answers", Language Resources and Evaluation
45(1), 2011). Some answers are Windows-1252, not UTF-8, and line ends are CRLF: every file
is decoded as UTF-8, falling back to cp1252, and CRLF (or a lone CR) becomes LF.

**Licence.** The corpus is described by its authors as freely available; its licence text
could not be checked, so it is treated as research material: read where it lies, and
nothing of it (text, names, sentences) is copied into the repository. When the folder is
absent the benchmark says so and exits 0.
"""

from __future__ import annotations

import argparse
import csv
import itertools
import os
import statistics
import sys
import time
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from reader.engine.compare import KINDS, compare_texts

ROOT = Path(__file__).resolve().parent.parent
DATA = ROOT.parent / "shared" / "data"
SUBDIR = "clough-stevenson-short-answers"
CATEGORIES = ("cut", "light", "heavy", "non")
REUSED = frozenset({"cut", "light", "heavy"})
CHOOSE_TASKS = frozenset("abc")
REPORT_TASKS = frozenset("de")


@dataclass(frozen=True)
class Answer:
    file: str
    task: str
    category: str
    share: float
    passages: int
    kinds: dict[str, int]
    wall: float
    cpu: float

    @property
    def reused(self) -> bool:
        return self.category in REUSED


@dataclass(frozen=True)
class PRF:
    tp: int
    fp: int
    fn: int
    tn: int

    @property
    def precision(self) -> float:
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else 0.0

    @property
    def recall(self) -> float:
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else 0.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0


def decode(data: bytes) -> str:
    """UTF-8 (a leading byte-order mark dropped), else Windows-1252; CRLF and lone CR become LF."""
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError:
        text = data.decode("cp1252", errors="replace")
    return text.replace("\r\n", "\n").replace("\r", "\n")


def read_labels(folder: Path) -> list[tuple[str, str, str]]:
    """(file, task, category) of every answer in ``file_information.csv`` (source rows left out)."""
    with open(folder / "file_information.csv", encoding="utf-8", newline="") as f:
        rows = [(r["File"].strip(), r["Task"].strip(), r["Category"].strip()) for r in csv.DictReader(f)]
    return [r for r in rows if r[2] in CATEGORIES]


def evaluate(folder: Path) -> list[Answer]:
    """Compare every answer with its task's source text."""
    sources: dict[str, str] = {}
    out = []
    for file, task, category in read_labels(folder):
        if task not in sources:
            sources[task] = decode((folder / f"orig_task{task}.txt").read_bytes())
        answer = decode((folder / file).read_bytes())
        w0, c0 = time.perf_counter(), time.process_time()
        comparison = compare_texts(answer, sources[task])
        wall, cpu = time.perf_counter() - w0, time.process_time() - c0
        out.append(Answer(file, task, category, comparison.a_shared, len(comparison.passages),
                          {k: comparison.counts.get(k, 0) for k in KINDS}, wall, cpu))
    return out


def confusion(answers: Iterable[Answer], threshold: float | None = None) -> PRF:
    """Reuse decisions against the labels: with no threshold, reused = at least one passage;
    with one, reused = share of the answer's words in passages above it."""
    tp = fp = fn = tn = 0
    for a in answers:
        said = a.passages > 0 if threshold is None else a.share > threshold
        if said and a.reused:
            tp += 1
        elif said:
            fp += 1
        elif a.reused:
            fn += 1
        else:
            tn += 1
    return PRF(tp, fp, fn, tn)


def choose_threshold(answers: Sequence[Answer]) -> float:
    """The share threshold with the best F1 on ``answers``: candidates lie midway between
    consecutive distinct shares (and just below the lowest); ties go to the lowest."""
    shares = sorted({a.share for a in answers})
    if not shares:
        return 0.0
    candidates = [shares[0] / 2] + [(x + y) / 2 for x, y in itertools.pairwise(shares)]
    return max(candidates, key=lambda t: (confusion(answers, t).f1, -t))


def category_rows(answers: Sequence[Answer]) -> list[dict[str, Any]]:
    rows = []
    for cat in CATEGORIES:
        group = [a for a in answers if a.category == cat]
        kinds = {k: sum(a.kinds[k] for a in group) for k in KINDS}
        rows.append({"category": cat, "answers": len(group), "with_passage": sum(a.passages > 0 for a in group),
                     "median_share": statistics.median(a.share for a in group) if group else 0.0,
                     "median_passages": statistics.median(a.passages for a in group) if group else 0.0,
                     "kinds": kinds})
    return rows


def _prf_line(label: str, m: PRF) -> str:
    return (f"{label:<50} {m.precision:>9.3f} {m.recall:>6.3f} {m.f1:>5.3f}   "
            f"TP {m.tp:>2} FP {m.fp:>2} FN {m.fn:>2} TN {m.tn:>2}")


def report(answers: Sequence[Answer]) -> str:
    lines = ["### Clough-Stevenson short answers: each answer (A) against its task's source text (B)", "",
             f"{'category':<8} {'answers':>7} {'with passage':>12} {'median share':>12} {'median passages':>15}  "
             "kinds (verbatim / edited / rewritten)"]
    for r in category_rows(answers):
        k = r["kinds"]
        lines.append(f"{r['category']:<8} {r['answers']:>7} {r['with_passage']:>12} {r['median_share']:>12.3f} "
                     f"{r['median_passages']:>15g}  {k['verbatim']} / {k['edited']} / {k['rewritten']}")
    choose = [a for a in answers if a.task in CHOOSE_TASKS]
    held = [a for a in answers if a.task in REPORT_TASKS]
    t = choose_threshold(choose)
    lines += ["", "Reused (cut, light, heavy) or not (non):", "",
              f"{'decision':<50} {'precision':>9} {'recall':>6} {'F1':>5}",
              _prf_line("any passage, all tasks", confusion(answers)),
              _prf_line("any passage, tasks d-e", confusion(held)),
              _prf_line(f"share > {t:.3f} (chosen on a-c), on a-c", confusion(choose, t)),
              _prf_line(f"share > {t:.3f} (chosen on a-c), reported on d-e", confusion(held, t))]
    if answers:
        wall = 1000 * statistics.median(a.wall for a in answers)
        cpu = 1000 * statistics.median(a.cpu for a in answers)
        load = ", ".join(f"{x:.2f}" for x in os.getloadavg())
        lines += ["", f"{len(answers)} answers; compare_texts: median {wall:.1f} ms wall, {cpu:.1f} ms CPU per "
                  f"answer; {os.cpu_count()} cores, load average {load}."]
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=(__doc__ or "").split("\n\n")[0])
    parser.add_argument("--data", type=Path, default=DATA, help="the shared data folder (default ../shared/data)")
    args = parser.parse_args(argv)
    folder = args.data / SUBDIR
    if not (folder / "file_information.csv").is_file():
        print(f"Short-answers data is absent: no {folder / 'file_information.csv'}; nothing to measure.")
        return 0
    print(report(evaluate(folder)))
    return 0


if __name__ == "__main__":
    sys.exit(main())
