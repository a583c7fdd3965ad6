"""Per-article work in a process pool once a library is large enough to pay for one.

Why: extracting an article's quotes, entities and figures, or its grouping keys, is pure
Python (the GIL: threads do not help), about 35 ms an article for the extractors. Above
``POOL_MIN`` articles the work goes to a ``ProcessPoolExecutor`` with a worker per core;
below, starting workers costs more than it saves. Results come back in the order of the
items, computed by the same function as in one process, so they are identical.

The pool's processes are forked when this process runs a single thread (the command
line), and started by ``forkserver`` otherwise (the TUI calls this from a worker thread,
and forking a process that runs threads can deadlock; a forkserver's workers import the
main module again, which a script must guard with ``if __name__ == "__main__"``).
``READER_WORKERS`` caps the number of workers (1: no pool).
"""

from __future__ import annotations

import os
from collections.abc import Callable, Sequence
from typing import Any, TypeVar

T = TypeVar("T")
R = TypeVar("R")
POOL_MIN = 50                  # items at or under this are done in this process
CHUNK = 16                     # items sent to a worker at a time

Progress = Callable[[int, int, str], None]


def workers() -> int:
    try:
        wanted = int(os.environ.get("READER_WORKERS", "0"))
    except ValueError:
        wanted = 0
    cores = len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else (os.cpu_count() or 1)
    return max(1, min(cores, wanted) if wanted > 0 else cores)


def map_articles(fn: Callable[[T], R], items: Sequence[T], progress: Progress | None = None,
                 what: str = "articles", pool_min: int = POOL_MIN) -> list[R]:
    """``[fn(x) for x in items]``, in a process pool when there are more than
    ``pool_min`` items and more than one core; ``progress(done, total, what)`` as they
    come back. ``fn`` must be a module-level function (it is sent to the workers)."""
    total = len(items)
    n = workers()
    if total <= pool_min or n < 2:
        return _serial(fn, items, progress, what)
    import multiprocessing
    from concurrent.futures import ProcessPoolExecutor

    method = _start_method(multiprocessing.get_all_start_methods())
    out: list[Any] = []
    with ProcessPoolExecutor(max_workers=n, mp_context=multiprocessing.get_context(method)) as pool:
        for result in pool.map(fn, items, chunksize=max(1, min(CHUNK, total // (4 * n) or 1))):
            out.append(result)
            if progress is not None and (len(out) % CHUNK == 0 or len(out) == total):
                progress(len(out), total, what)
    return out


def _start_method(available: list[str]) -> str:
    """``fork`` when this process runs one thread (fast, and nothing is imported again),
    else ``forkserver`` (safe with threads), else ``spawn``."""
    import threading

    if "fork" in available and threading.active_count() == 1:
        return "fork"
    return "forkserver" if "forkserver" in available else "spawn"


def _serial(fn: Callable[[T], R], items: Sequence[T], progress: Progress | None, what: str) -> list[R]:
    out = []
    for k, item in enumerate(items):
        out.append(fn(item))
        if progress is not None and (k % CHUNK == CHUNK - 1 or k + 1 == len(items)):
            progress(k + 1, len(items), what)
    return out
