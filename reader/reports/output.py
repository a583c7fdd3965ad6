"""Writing results for people and for scripts.

Human output is plain text that pipes cleanly: colour (ANSI SGR) only when the stream
is a terminal and ``NO_COLOR`` is unset, or when ``FORCE_COLOR`` is set. JSON output
uses stable field names documented in the README.
"""

from __future__ import annotations

import json
import os
import re
import sys
from collections.abc import Iterable, Iterator, Sequence

from reader.text.cells import cell_width, cut

TYPE_CHECKING = False  # typing is not imported at run time: it costs start-up
if TYPE_CHECKING:
    from typing import IO


def _isatty(stream: IO[str] | None) -> bool:
    try:
        return stream is not None and stream.isatty()
    except (AttributeError, ValueError, OSError):  # a closed or odd stream is no terminal
        return False


def use_colour(stream: IO[str] | None = None) -> bool:
    """Colour for ``stream`` (standard output when None, as it is at the time of the call)."""
    if os.environ.get("NO_COLOR"):
        return False
    if os.environ.get("FORCE_COLOR"):
        return True
    return _isatty(sys.stdout if stream is None else stream)


def terminal_width(stream: IO[str] | None = None) -> int | None:
    """The width human output must fit: ``COLUMNS`` when it is a positive number, else the
    terminal's when ``stream`` (standard output by default) is one, else None (unknown:
    a pipe, whose reader decides)."""
    try:
        columns = int(os.environ.get("COLUMNS", ""))
    except ValueError:
        columns = 0
    if columns > 0:
        return columns
    stream = sys.stdout if stream is None else stream
    if not _isatty(stream):
        return None
    try:
        return os.get_terminal_size(stream.fileno()).columns or None
    except (AttributeError, ValueError, OSError):
        return None


def style(text: str, sgr: str, enabled: bool) -> str:
    """``text`` in the SGR style ``sgr`` when ``enabled``. Each line is opened and closed
    on its own: pagers (``less -R``) and terminals that redraw a line lose a style left
    open across a newline, and a removal running over a paragraph break would read as
    unchanged text."""
    if not (enabled and text):
        return text
    return "\n".join(f"\x1b[{sgr}m{line}\x1b[0m" if line else line for line in text.split("\n"))


def write_json(data: object, stream: IO[str] | None = None) -> None:
    """Indented for a person at a terminal; on one line (and much faster to write) in a
    pipe. Always the C encoder of ``json.dumps`` (``json.dump`` encodes in Python piece
    by piece, indented or not), which it uses only without indent. Never cut.

    In a pipe the text is written in pieces of about ``_PIECE`` characters, each the
    ``json.dumps`` of a part of ``data`` (:func:`_json_pieces`), never as one string: the
    JSON of a story with a 5 MB article is over 20 MB, as a Python string twice that,
    and a copy for the newline and one encoded by the stream came on top (90 MB).
    An iterator in ``data`` (a generator) is written as a JSON array of what it gives,
    so that long lists can be made as they are written, never all at once."""
    stream = sys.stdout if stream is None else stream
    if _isatty(stream):
        stream.write(_escaped(json.dumps(data, ensure_ascii=False, indent=2, default=_listed) + "\n"))
        return
    batch: list[str] = []
    size = 0
    for piece in _json_pieces(data, _SPLIT_DEPTH):
        batch.append(piece)
        size += len(piece)
        if size >= _PIECE:
            stream.write(_escaped("".join(batch)))
            batch.clear()
            size = 0
    batch.append("\n")
    stream.write(_escaped("".join(batch)))


_SURROGATE = re.compile("[\ud800-\udfff]")


def _escaped(text: str) -> str:
    """JSON ``text`` with each lone surrogate written as its escape (``\\udcff``): a file
    name's bytes that are not UTF-8, as ``os.fsdecode`` gives them, which no UTF-8 stream
    can write. (Only strings hold them: the encoder writes nothing else but ASCII.)"""
    return text if text.isascii() else _SURROGATE.sub(lambda m: f"\\u{ord(m.group()):04x}", text)


_PIECE = 1 << 18        # characters written at a time
_SPLIT_DEPTH = 4        # containers deeper than this are encoded whole (they are small)
_SCALAR_RUN = 4096      # plain values of a list encoded by one json.dumps (a story's matrix rows)
_SCALAR_TYPES = frozenset({str, int, float, bool, type(None)})


def _listed(value: object) -> list:
    """What ``json.dumps`` writes for an iterator: the list of its items."""
    if isinstance(value, Iterator):
        return list(value)
    raise TypeError(f"Object of type {type(value).__name__} is not JSON serializable")


# ``json.dumps(x, ensure_ascii=False, default=_listed)`` is ``_ENCODE(x)``: the same
# encoder, made once (``json.dumps`` makes one per call, given an option: a third of the
# time of the 90,000 pieces of a 1,000-article story); a key alone is ``_KEY(key)``.
_ENCODE = json.JSONEncoder(ensure_ascii=False, default=_listed).encode
_KEY = json.encoder.encode_basestring


def _json_pieces(data: object, depth: int) -> Iterator[str]:
    """``json.dumps(data, ensure_ascii=False)`` in pieces: lists, tuples, iterators and
    dicts with string keys down to ``depth`` levels are written item by item, with the
    separators ``json.dumps`` puts between them (", " and ": "), except that a list of
    plain values (strings, numbers, booleans, null) is written ``_SCALAR_RUN`` values at
    a time (one call per value made the 1,000 × 1,000 matrix of a 1,000-article story
    take seconds); anything else in one piece. An iterator is always written item by item
    (and emptied)."""
    if depth > 0 and isinstance(data, (list, tuple)) and data and _SCALAR_TYPES.issuperset(map(type, data)):
        for start in range(0, len(data), _SCALAR_RUN):  # a run of plain values: one call per run
            run = _ENCODE(list(data[start:start + _SCALAR_RUN]))
            yield ("[" if start == 0 else ", ") + run[1:-1]
        yield "]"
    elif isinstance(data, Iterator) or (depth > 0 and isinstance(data, (list, tuple)) and data):
        opened = False
        for item in data:
            yield ", " if opened else "["
            opened = True
            yield from _json_pieces(item, depth - 1)
        yield "]" if opened else "[]"
    elif depth > 0 and isinstance(data, dict) and data and all(type(key) is str for key in data):
        yield "{"
        for k, (key, value) in enumerate(data.items()):
            yield (", " if k else "") + _KEY(key) + ": "
            yield from _json_pieces(value, depth - 1)
        yield "}"
    else:
        yield _ENCODE(data)


def table(headers: Sequence[str], rows: Iterable[Sequence[str]], stream: IO[str] | None = None,
          flexible: int | None = None, right: Sequence[int] = (), keep: Sequence[int] = ()) -> None:
    """Aligned columns that fit the width when it is known (:func:`terminal_width`): the
    ``flexible`` column is cut first (down to 12 cells), then the other text columns but
    those in ``keep`` (what tells the rows apart: never cut, the flexible column giving
    way to 4 cells first), each with :func:`reader.text.cells.cut`. Unknown width:
    nothing is cut."""
    stream = sys.stdout if stream is None else stream
    body = [list(r) for r in rows]
    widths = [max([cell_width(h), *(cell_width(r[i]) for r in body)]) for i, h in enumerate(headers)]
    total = terminal_width(stream)
    if total is not None:
        limits = _fit(widths, total, flexible, right, keep)
        for i, limit in enumerate(limits):
            if limit < widths[i]:
                widths[i] = limit
                for r in body:
                    r[i] = cut(r[i], limit)
    colour = use_colour(stream)

    def line(cells: Sequence[str]) -> str:
        parts = []
        for i, c in enumerate(cells):
            pad = " " * max(0, widths[i] - cell_width(c))
            last = i == len(cells) - 1
            parts.append(pad + c if i in right else c + ("" if last else pad))
        return "  ".join(parts)

    stream.write(style(line([cut(h, widths[i]) for i, h in enumerate(headers)]), "1", colour) + "\n")
    for r in body:
        stream.write(line(r) + "\n")


def _fit(widths: list[int], total: int, flexible: int | None, right: Sequence[int],
         keep: Sequence[int] = ()) -> list[int]:
    """Column widths within ``total`` cells (two between columns). When they do not fit,
    the flexible column gives way to a third of the width, then the other text columns
    are held to a quarter each, then the flexible column gives way to 12 cells, then the
    widest text column, a cell at a time, down to 4. Right-aligned (number) columns keep
    their width, as do the ``keep`` columns (the flexible column giving way to 4 cells
    before the other columns are cut)."""
    limits = list(widths)
    excess = sum(limits) + 2 * (len(widths) - 1) - total
    if excess <= 0:
        return limits
    text = [i for i in range(len(limits)) if i not in right and i not in keep]
    if flexible is not None:  # the flexible column gives way first, to a third of the width
        give = min(excess, max(0, limits[flexible] - max(12, total // 3)))
        limits[flexible] -= give
        excess -= give
    for i in text:
        if excess <= 0:
            break
        if i != flexible and limits[i] > max(8, total // 4):
            excess -= limits[i] - max(8, total // 4)
            limits[i] = max(8, total // 4)
    if excess > 0 and flexible is not None:
        give = min(excess, max(0, limits[flexible] - (4 if keep else 12)))
        limits[flexible] -= give
        excess -= give
    while excess > 0 and text:
        widest = max(text, key=lambda i: limits[i])
        if limits[widest] <= 4:
            break  # narrower than the columns' bare minimum: lines wrap rather than lose columns
        limits[widest] -= 1
        excess -= 1
    if excess < 0 and flexible is not None:  # the caps freed more than needed: give it back
        limits[flexible] = min(widths[flexible], limits[flexible] - excess)
    return limits
