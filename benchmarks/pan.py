"""The PAN text-alignment measures: character precision, recall, granularity, plagdet.

As defined by Potthast, Stein, Barrón-Cedeño and Rosso, "An Evaluation Framework for
Plagiarism Detection" (COLING 2010), and used for text alignment at PAN 2012-2015.

A *case* (a planted passage) and a *detection* (a passage the engine reported) are both
a pair of character spans, one in document A and one in document B:
``(a_start, a_end, b_start, b_end)``, ends exclusive. Each is read as the set of its
characters on both sides, so ``|s|`` is the length of its A span plus the length of its
B span. A detection *r* detects a case *s* when they overlap on the A side *and* on the
B side; ``s ⊓ r`` is then their common characters, and empty otherwise. Over the cases
``S`` and detections ``R`` of a corpus of document pairs::

    precision   = mean over r in R of |∪_s (s ⊓ r)| / |r|
    recall      = mean over s in S of |∪_r (s ⊓ r)| / |s|
    granularity = mean over the detected cases of the number of detections detecting each
    plagdet     = F1(precision, recall) / log2(1 + granularity)

Both means are macro averages, so a short case missed costs as much recall as a long
one, and every detection with nothing planted under it (for example any detection on
an unrelated pair) adds a zero to the precision mean. Spans only meet spans of the same
document pair. As in PAN's reference implementation, no cases and no detections scores
1 for both precision and recall, and either one alone scores 0; granularity is 1 when
nothing is detected.
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from dataclasses import dataclass

Span = tuple[int, int, int, int]


@dataclass(frozen=True)
class Scores:
    precision: float
    recall: float
    granularity: float
    cases: int
    detections: int
    detected_cases: int

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r > 0 else 0.0

    @property
    def plagdet(self) -> float:
        return self.f1 / math.log2(1 + self.granularity)


def _merge(intervals: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """The union of intervals as sorted, disjoint, non-empty intervals."""
    out: list[list[int]] = []
    for start, end in sorted(i for i in intervals if i[1] > i[0]):
        if out and start <= out[-1][1]:
            out[-1][1] = max(out[-1][1], end)
        else:
            out.append([start, end])
    return [(s, e) for s, e in out]


def _covered(start: int, end: int, merged: list[tuple[int, int]]) -> int:
    """How many characters of [start, end) lie inside the merged intervals."""
    return sum(max(0, min(end, e) - max(start, s)) for s, e in merged)


def _overlap(x: tuple[int, int], y: tuple[int, int]) -> int:
    return max(0, min(x[1], y[1]) - max(x[0], y[0]))


def detects(r: Span, s: Span) -> bool:
    """Whether detection ``r`` detects case ``s``: overlap on both sides."""
    return _overlap(r[0:2], s[0:2]) > 0 and _overlap(r[2:4], s[2:4]) > 0


def _size(span: Span) -> int:
    return max(0, span[1] - span[0]) + max(0, span[3] - span[2])


def _shared(x: Span, others: list[Span]) -> int:
    """|x ∩ ∪ others| counted over both sides."""
    a = _merge([o[0:2] for o in others])
    b = _merge([o[2:4] for o in others])
    return _covered(x[0], x[1], a) + _covered(x[2], x[3], b)


def score(truth: Sequence[Sequence[Span]], detections: Sequence[Sequence[Span]]) -> Scores:
    """Score the detections of a corpus against its cases.

    ``truth[k]`` and ``detections[k]`` are the spans of document pair ``k``; the two
    sequences must have the same length (a pair with nothing planted has ``[]``).
    """
    if len(truth) != len(detections):
        raise ValueError(f"{len(truth)} truth lists but {len(detections)} detection lists")
    recall_sum = precision_sum = 0.0
    n_cases = n_detections = n_detected = detecting_total = 0
    for cases, found in zip(truth, detections, strict=True):
        cases, found = [tuple(s) for s in cases], [tuple(r) for r in found]
        for s in cases:
            hits = [r for r in found if detects(r, s)]
            if _size(s):
                recall_sum += _shared(s, hits) / _size(s)
            if hits:
                n_detected += 1
                detecting_total += len(hits)
        for r in found:
            hits = [s for s in cases if detects(r, s)]
            if _size(r):
                precision_sum += _shared(r, hits) / _size(r)
        n_cases += len(cases)
        n_detections += len(found)
    if n_cases == 0 and n_detections == 0:
        precision = recall = 1.0
    elif n_cases == 0 or n_detections == 0:
        precision = recall = 0.0
    else:
        precision = precision_sum / n_detections
        recall = recall_sum / n_cases
    granularity = detecting_total / n_detected if n_detected else 1.0
    return Scores(precision, recall, granularity, n_cases, n_detections, n_detected)
