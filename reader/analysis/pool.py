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
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from typing import Generic, TypeVar

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
    with mapping(fn, items, progress, what, pool_min) as results:
        return results()


class Pending(Generic[R]):
    """Results of :func:`mapping` to come: ``pending()`` waits for them (or, with no pool,
    computes them then); ``pooled``: whether workers compute them meanwhile."""

    def __init__(self, collect: Callable[[], list[R]], pooled: bool) -> None:
        self._collect = collect
        self._results: list[R] | None = None
        self.pooled = pooled

    def __call__(self) -> list[R]:
        if self._results is None:
            self._results = self._collect()
        return self._results


@contextmanager
def mapping(fn: Callable[[T], R], items: Sequence[T], progress: Progress | None = None,
            what: str = "articles", pool_min: int = POOL_MIN) -> Iterator[Pending[R]]:
    """:func:`map_articles` begun: in a pool (more than ``pool_min`` items, more than one
    core) the workers start on the items at once and the ``with`` block goes on in this
    process meanwhile; the :class:`Pending` it gives waits for the results when called.
    (Without a pool they are computed when it is called.) Leaving the block without
    them cancels what the workers have not begun."""
    total = len(items)
    n = workers()
    if total <= pool_min or n < 2:
        yield Pending(lambda: _serial(fn, items, progress, what), pooled=False)
        return
    import multiprocessing
    from concurrent.futures import ProcessPoolExecutor

    method = _start_method(multiprocessing.get_all_start_methods())
    if method != "fork":
        _start_tracker()
    pool = ProcessPoolExecutor(max_workers=n, mp_context=multiprocessing.get_context(method))
    try:
        results = pool.map(fn, items, chunksize=max(1, min(CHUNK, total // (4 * n) or 1)))

        def collect() -> list[R]:
            out: list[R] = []
            for result in results:
                out.append(result)
                if progress is not None and (len(out) % CHUNK == 0 or len(out) == total):
                    progress(len(out), total, what)
            return out

        yield Pending(collect, pooled=True)
    except BaseException:
        pool.shutdown(wait=True, cancel_futures=True)
        raise
    pool.shutdown(wait=True)


def _start_tracker() -> None:
    """Start multiprocessing's resource tracker (which forkserver and spawn pools need)
    with a real standard error. It hands its child ``sys.stderr.fileno()``, and under
    Textual ``sys.stderr`` is a capture whose ``fileno()`` is -1: the pool then failed
    with "bad value(s) in fds_to_keep", and the story list of ``reader`` (a library of
    more than 50 imports) crashed before it showed. The process's own stderr is put
    back for the instant of the start (the tracker outlives it; nothing is printed)."""
    import sys
    from multiprocessing import resource_tracker

    captured = sys.stderr
    try:
        if captured is not None and captured.fileno() >= 0:
            return
    except (AttributeError, OSError, ValueError):
        pass
    real = sys.__stderr__
    try:
        usable = real is not None and real.fileno() >= 0
    except (AttributeError, OSError, ValueError):
        usable = False
    stand_in = real if usable and real is not None else open(os.devnull, "w")  # noqa: SIM115 - closed below
    sys.stderr = stand_in
    try:
        resource_tracker.ensure_running()
    finally:
        sys.stderr = captured
        if stand_in is not real:
            stand_in.close()


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
