"""Full garbage collections while the user is idle, never in the middle of a key.

Once the first screen is up the TUI keeps building long-lived objects: comparisons,
the seed index, the story's analysis, the side panel's quotes and entities. Python's
cyclic collector then, every so often, scans every object made since start-up (what
start-up made is frozen out of its way, :class:`reader.tui.StartupMode`): with the
bundled story's analyses that was a 116 ms pause, landing on whatever key was being
answered. So while the TUI runs the oldest generation is never collected on its own
(its threshold is out of reach); the young generations still are, as usual, and
:meth:`IdleCollector.tick` (the app calls it every second) makes the full collection
itself once the user has touched nothing for :data:`IDLE` seconds and the young
collections have promoted enough for one to be due.
"""

from __future__ import annotations

import gc
import time
from collections.abc import Callable
from typing import Any

IDLE = 1.5           # seconds without a key or the mouse before a full collection
DUE = 10             # young (generation 1) collections since the last full one: Python's own default
OUT_OF_REACH = 1 << 30


class IdleCollector:
    def __init__(self, clock: Callable[[], float] = time.monotonic,
                 collect: Callable[[], object] = gc.collect) -> None:
        self._clock, self._collect = clock, collect
        self.last_input = clock()
        self.pending = 0          # generation 1 collections since the last full collection
        self.full_collections = 0
        self._saved: tuple[int, int, int] | None = None

    def start(self) -> None:
        """Keep the oldest generation for :meth:`tick` (once; :meth:`stop` undoes it)."""
        if self._saved is not None:
            return
        self._saved = gc.get_threshold()
        young, middle, _old = self._saved
        gc.set_threshold(young, middle, OUT_OF_REACH)
        gc.callbacks.append(self._counted)

    def stop(self) -> None:
        if self._saved is None:
            return
        gc.set_threshold(*self._saved)
        self._saved = None
        if self._counted in gc.callbacks:
            gc.callbacks.remove(self._counted)

    def touched(self) -> None:
        """A key, a click or the mouse: the user is here."""
        self.last_input = self._clock()

    def tick(self) -> bool:
        """Collect everything when one is due and the user is idle; whether it did."""
        if self.pending < DUE or self._clock() - self.last_input < IDLE:
            return False
        self.pending = 0
        self.full_collections += 1
        self._collect()
        return True

    def _counted(self, phase: str, info: dict[str, Any]) -> None:
        if phase == "stop" and info.get("generation") == 1:
            self.pending += 1
