"""The compiled half of reader, when it is there.

``reader._native`` is built from ``reader/native/*.c`` when the wheel is built (see
``hatch_build.py``): the aligner's steps and diff-match-patch's diff in C
(:mod:`reader.engine.align`) and the fast tokenizer's scan (:mod:`reader.text.tokens`). Each has a
Python original that gives the same results and is used when the module could not be
built (no C compiler) or ``READER_PURE_PYTHON=1`` is set; tests compare the two.
"""

from __future__ import annotations

import os

native = None
if os.environ.get("READER_PURE_PYTHON") != "1":
    try:
        from reader import _native as native
    except ImportError:  # built without a compiler: the Python originals do the work
        native = None
