"""The compiled half of reader, when it is there.

``reader._native`` is built from ``reader/native/*.c`` when the wheel is built (see
``hatch_build.py``): the aligner's steps and diff-match-patch's diff in C
(:mod:`reader.engine.align`) and the fast tokenizer's scan (:mod:`reader.text.tokens`). Each has a
Python original that gives the same results and is used when the module could not be
built (no C compiler) or ``READER_PURE_PYTHON=1`` is set; tests compare the two.
"""

from __future__ import annotations

import os

TYPE_CHECKING = False  # typing is not imported at run time: it costs start-up
if TYPE_CHECKING:
    from array import array
    from collections.abc import Callable, Container, Sequence
    from typing import Any, Protocol

    from _typeshed import ReadableBuffer

    class Native(Protocol):
        """What reader asks of ``reader._native`` (its types are in ``reader/_native.pyi``,
        which mypy holds to this). A protocol rather than the module itself, because the
        module may be missing: ``native`` is then None."""

        def align(self, a: Sequence[int], b: Sequence[int], stop: ReadableBuffer, params: tuple[int | float, ...],
                  /) -> list[tuple[int, int, int, int, list[tuple[int, int]], list[tuple[int, int, int]]]]: ...

        def align_work(self) -> tuple[int, int]: ...

        def word_diff(self, a: Sequence[int], b: Sequence[int], /) -> list[tuple[int, int]]: ...

        def tokenize(self, text: str, normal_form: Callable[[str], str],
                     /) -> tuple[array[int], array[int], list[str]] | None: ...

        def word_ids(self, norms_a: list[str], norms_b: list[str], stopwords: Container[str],
                     /) -> tuple[array[int], array[int], bytearray]: ...

        def count_words(self, text: str, /) -> int | None: ...

        def cleanup_semantic(self, a_text: str, b_text: str, ops: Sequence[tuple[int, int]],
                             walls: ReadableBuffer | None = None, /) -> list[tuple[int, int]]: ...

        def surface_diff(self, a_text: str, a_starts: Sequence[int], a_ends: Sequence[int], a_span_start: int,
                         a_span_end: int, a_first: int, b_text: str, b_starts: Sequence[int], b_ends: Sequence[int],
                         b_span_start: int, b_span_end: int, b_first: int, ops: Sequence[tuple[int, int]],
                         /) -> list[tuple[int, str]]: ...


def _load() -> Native | None:
    """reader._native, unless it is missing or READER_PURE_PYTHON=1 asks for the Python originals."""
    if os.environ.get("READER_PURE_PYTHON") == "1":
        return None
    try:
        from reader import _native
    except ImportError:  # built without a compiler: the Python originals do the work
        return None
    return _native


native = _load()


def native_function(name: str) -> Callable[..., Any] | None:
    """``reader._native``'s function ``name``, or None when the module is missing, switched
    off (``READER_PURE_PYTHON=1``) or built before it had that function: the caller then
    runs its Python original."""
    return getattr(native, name, None) if native is not None else None
