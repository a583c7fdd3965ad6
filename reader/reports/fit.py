"""Running text fitted to a terminal's width (``reader show``, ``reader compare --text``).

Each line is wrapped at spaces into lines of at most the width in terminal cells; a word
longer than a line is broken across lines, never cut, so no text is lost. Styles (SGR
escape sequences, :func:`reader.reports.output.style`) take no cells; a style open where
a line breaks is closed at its end and opened again on the next line, so every line
stands alone, as ``style`` makes them (a pager shows any of them correctly).
"""

from __future__ import annotations

import re

from reader.text.cells import cell_width, char_width

_SGR_RE = re.compile(r"\x1b\[[0-9;]*m")
_PIECE_RE = re.compile(r"\x1b\[[0-9;]*m|.", re.S)
RESET = "\x1b[0m"
MIN_WIDTH = 8


def visible_width(text: str) -> int:
    """Terminal cells taken by ``text``, its SGR sequences taking none."""
    return cell_width(_SGR_RE.sub("", text)) if "\x1b" in text else cell_width(text)


def fit_text(text: str, cells: int | None) -> str:
    """``text`` with each line wrapped to ``cells`` (:func:`wrap_line`); as it is when
    the width is unknown (None: a pipe, whose reader decides)."""
    if cells is None:
        return text
    return "\n".join(out for line in text.split("\n") for out in wrap_line(line, cells))


def wrap_line(line: str, cells: int) -> list[str]:
    """One line as lines of at most ``cells`` cells (at least :data:`MIN_WIDTH`)."""
    cells = max(cells, MIN_WIDTH)
    if visible_width(line) <= cells:
        return [line]
    out: list[str] = []
    current, used, empty, state = "", 0, True, ""
    for word in line.split(" "):
        for piece in _pieces(word, cells):
            width = visible_width(piece)
            if not empty and used + 1 + width > cells:
                out.append(current + (RESET if state else ""))
                current, used, empty = state, 0, True
            current += piece if empty else " " + piece
            used += width if empty else 1 + width
            empty = False
            state = _state_after(piece, state)
    out.append(current)
    return out


def _pieces(word: str, cells: int) -> list[str]:
    """``word`` in pieces of at most ``cells`` cells (one piece when it fits)."""
    if visible_width(word) <= cells:
        return [word]
    pieces: list[str] = []
    piece, used = "", 0
    for token in _PIECE_RE.findall(word):
        width = 0 if token.startswith("\x1b") and len(token) > 1 else char_width(token)
        if used + width > cells:
            pieces.append(piece)
            piece, used = "", 0
        piece += token
        used += width
    pieces.append(piece)
    return pieces


def _state_after(text: str, state: str) -> str:
    """The style open after ``text`` when ``state`` was open before it ("" for none)."""
    found = _SGR_RE.findall(text)
    if not found:
        return state
    return "" if found[-1] in (RESET, "\x1b[m") else found[-1]
