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
"""

from __future__ import annotations

import functools
import time
from collections.abc import Callable

FLOOR = 0.05        # seconds
REPEATS = 3


def best_of(run: Callable[[], object], repeats: int = REPEATS) -> float:
    """The shortest of ``repeats`` timings of ``run()`` (the least disturbed by other work)."""
    best = float("inf")
    for _ in range(repeats):
        began = time.perf_counter()
        run()
        best = min(best, time.perf_counter() - began)
    return best


def growth(run_at: Callable[[int], object], small: int, factor: int = 4, most: int = 16) -> float:
    """How many times longer ``run_at(size * factor)`` takes than ``run_at(size)``, where
    ``size`` starts at ``small`` and doubles (up to ``most`` times ``small``) while the
    smaller run takes under ``FLOOR``, so the ratio compares times the timer can tell apart."""
    size = small
    little = best_of(functools.partial(run_at, size))
    while little < FLOOR and size * 2 <= small * most:
        size *= 2
        little = best_of(functools.partial(run_at, size))
    large = best_of(functools.partial(run_at, size * factor))
    return max(large, FLOOR) / max(little, FLOOR)


def against(hostile: Callable[[], object], plain: Callable[[], object]) -> float:
    """How many times longer ``hostile()`` takes than ``plain()``."""
    return max(best_of(hostile), FLOOR) / max(best_of(plain), FLOOR)
