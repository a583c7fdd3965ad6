"""A story step that fails on some text becomes a note, not the end of the story.

Checking figures and finding lines only one source has read every sentence through
hundreds of hand-written rules; a fault in one of them on text nobody foresaw (a golf
score's "eight-under-par 63" once raised inside a new rule) stopped ``reader story`` with
"internal error", and the reader lost the provenance, quotes and entities that had been
found. Every step after the articles' own analysis runs so: tracing provenance, checking
figures, matching quotes, finding lines only one source has, and finding entities and
labels. :func:`guarded` runs such a step and, when it raises, keeps the story with that
step's section empty and says so (``Story.faults``: the CLI warns, the JSON lists them,
the Story screen shows them). ``READER_DEBUG=1`` lets the error through, as the CLI does.
"""

from __future__ import annotations

import os
from collections.abc import Callable
from typing import TypeVar

T = TypeVar("T")
FIGURES = "Checking figures"
LINES = "Finding lines only one source has"
PROVENANCE = "Tracing provenance"
QUOTES = "Matching quotes"
ENTITIES = "Finding entities and labels"


def guarded(step: str, run: Callable[[], T], empty: T, faults: dict[str, str]) -> T:
    """``run()``, or ``empty`` with a note in ``faults`` under ``step`` (its section shows
    it instead of "nothing found") when it raises an error."""
    try:
        return run()
    except Exception as exc:  # (any fault of a rule: the rest of the story stands)
        if os.environ.get("READER_DEBUG"):
            raise
        faults[step] = (f"{step} stopped on an internal error ({exc.__class__.__name__}: {exc}); that section is "
                       "empty and the rest of the story is shown (set READER_DEBUG=1 to see where)")
        return empty
