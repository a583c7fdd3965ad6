"""Wrapping a :class:`~reader.tui.document.Document` to a width, as rows to draw.

A row is ``(block, start, end)``: characters ``start:end`` of one block's text (trailing
spaces dropped), or ``(-1, 0, 0)`` for the blank row between blocks. ``row_offsets``
gives the body offset each row begins at, non-decreasing, so a body offset finds its row
by binary search, which is how passages and search matches are scrolled to.
"""

from __future__ import annotations

import re
from bisect import bisect_right

from rich.cells import cell_len

from reader.tui.document import Document

_WORD = re.compile(r"\S+\s*|\s+")
MIN_TEXT_WIDTH = 8


def wrap(plain: str, width: int) -> list[tuple[int, int]]:
    """Break ``plain`` into lines of at most ``width`` cells, at spaces where possible
    and at every ``\\n``. Returns ``(start, end)`` pairs with trailing spaces excluded."""
    width = max(width, 1)
    rows: list[tuple[int, int]] = []
    pos = 0
    for hard in plain.split("\n"):
        rows.extend(_wrap_line(plain, pos, pos + len(hard), width))
        pos += len(hard) + 1
    return rows


def _wrap_line(plain: str, lo: int, hi: int, width: int) -> list[tuple[int, int]]:
    if lo == hi:
        return [(lo, lo)]
    rows: list[tuple[int, int]] = []
    start, col = lo, 0
    for m in _WORD.finditer(plain, lo, hi):
        ws = m.start()
        word = m.group()
        visible = word.rstrip()
        seen = cell_len(visible) if not visible.isascii() else len(visible)
        if col and col + seen > width:
            rows.append((start, _trim(plain, start, ws)))
            start, col = ws, 0
        if seen > width:  # a word longer than the line: fold it
            col = 0
            for i, ch in enumerate(visible, ws):
                w = cell_len(ch)
                if col + w > width and col:
                    rows.append((start, i))
                    start, col = i, 0
                col += w
            col += len(word) - len(visible)
            continue
        col += seen + (len(word) - len(visible))
    rows.append((start, _trim(plain, start, hi)))
    return rows


def _trim(plain: str, start: int, end: int) -> int:
    while end > start and plain[end - 1] in " \t":
        end -= 1
    return end


class Layout:
    """The rows of a document at one width."""

    def __init__(self, document: Document, width: int) -> None:
        self.width = width
        rows: list[tuple[int, int, int]] = []
        offsets: list[int] = []
        firsts: list[bool] = []
        for index, block in enumerate(document.blocks):
            here = block.body_start()
            if block.gap_before:
                rows.append((-1, 0, 0))
                offsets.append(here)
                firsts.append(False)
            if block.kind == "rule" or not block.plain:
                rows.append((index, 0, 0))
                offsets.append(here)
                firsts.append(True)
                continue
            text_width = max(width - cell_len(block.first_prefix), MIN_TEXT_WIDTH)
            block_offsets = block.offsets
            for n, (s, e) in enumerate(wrap(block.plain, text_width)):
                rows.append((index, s, e))
                offsets.append(block_offsets[s] if s < len(block_offsets) else block_offsets[-1])
                firsts.append(n == 0)
        self.rows = rows
        self.row_offsets = offsets
        self.firsts = firsts

    def __len__(self) -> int:
        return len(self.rows)

    def row_of(self, offset: int) -> int:
        """The row showing body offset ``offset`` (the row before it when hidden)."""
        return max(bisect_right(self.row_offsets, offset) - 1, 0)
