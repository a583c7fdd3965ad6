"""Speed in tests as a ratio to a reference timed in the same run, never a wall-clock limit.

The guide measures speed in benchmarks; tests only guard against blow-ups (an alias bomb that
expands, a pattern that turns quadratic). A fixed limit in seconds fails on a loaded machine and
passes a quadratic algorithm on a fast one, so these helpers time the work against a reference
of the same kind in the same process, each the best of a few runs, and give the ratio:

- :func:`growth`: the work on an input ``factor`` times larger against the work on the smaller
  one (about ``factor`` for linear work, ``factor`` squared for quadratic);
- :func:`against`: a hostile input against a plain one of the same kind and size.

Times under ``FLOOR`` count as ``FLOOR``: below it the timer and the scheduler dominate, and work
that fast cannot be a blow-up worth failing.

Each "best of a few runs" stops at the first run that already settles the answer (a run under
``FLOOR``, which counts as ``FLOOR`` however much shorter the others would be; with ``limit``, a
larger run already under ``limit`` times the smaller): further runs could only give a shorter
time, so the ratio, or the test's ``ratio < limit``, is the one all the runs would give. Only the
runs that could change the verdict are repeated, the slow and the disturbed ones.

With ``limit``, a ratio at or above it is measured again from the start (both sizes), up to
``ATTEMPTS`` times, and the smallest ratio is kept. A blow-up fails every attempt; a burst of
other work on this 2-core machine that outlasts one comparison does not fail the test. Once, in
CI, every larger run of 2,000 pronoun paragraphs took 8.03 times the quarter-size run, which
takes about 4.2 times as long alone.
"""

from __future__ import annotations

import functools
import time
from collections.abc import Callable

FLOOR = 0.05        # seconds
REPEATS = 3
ATTEMPTS = 3


def best_of(run: Callable[[], object], repeats: int = REPEATS, enough: float = 0.0) -> float:
    """The shortest of ``repeats`` timings of ``run()`` (the least disturbed by other work), or
    the first under ``enough`` seconds, where the caller's answer is the same for any shorter."""
    best = float("inf")
    for _ in range(repeats):
        began = time.perf_counter()
        run()
        best = min(best, time.perf_counter() - began)
        if best < enough:
            break
    return best


def growth(run_at: Callable[[int], object], small: int, factor: int = 4, most: int = 16,
           limit: float | None = None) -> float:
    """:func:`one_growth`, with ``limit`` measured again from the start while it is not under
    ``limit``, up to ``ATTEMPTS`` times; the smallest ratio measured."""
    ratio = one_growth(run_at, small, factor, most, limit)
    for _ in range(ATTEMPTS - 1):
        if limit is None or ratio < limit:
            break
        ratio = min(ratio, one_growth(run_at, small, factor, most, limit))
    return ratio


def one_growth(run_at: Callable[[int], object], small: int, factor: int = 4, most: int = 16,
               limit: float | None = None) -> float:
    """How many times longer ``run_at(size * factor)`` takes than ``run_at(size)``, where
    ``size`` starts at ``small`` and doubles (up to ``most`` times ``small``) while the
    smaller run takes under ``FLOOR``, so the ratio compares times the timer can tell apart.

    With ``limit`` (the test's bound: ``growth(..., limit=8) < 8``) the larger run is repeated
    only while the ratio is not yet under ``limit``; a ratio under it is then an upper bound of
    the best-of-all-runs ratio, and a ratio at or above it is that ratio, so the comparison with
    ``limit`` comes out as with every run made."""
    size = small
    little = best_of(functools.partial(run_at, size), enough=FLOOR)
    while little < FLOOR and size * 2 <= small * most:
        size *= 2
        little = best_of(functools.partial(run_at, size), enough=FLOOR)
    base = max(little, FLOOR)
    enough = FLOOR if limit is None else max(FLOOR, limit * base)
    large = best_of(functools.partial(run_at, size * factor), enough=enough)
    return max(large, FLOOR) / base


def against(hostile: Callable[[], object], plain: Callable[[], object]) -> float:
    """How many times longer ``hostile()`` takes than ``plain()``."""
    return max(best_of(hostile, enough=FLOOR), FLOOR) / max(best_of(plain, enough=FLOOR), FLOOR)
