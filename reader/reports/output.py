"""Writing results for people and for scripts.

Human output is plain text that pipes cleanly: colour (ANSI SGR) only when the stream
is a terminal and ``NO_COLOR`` is unset, or when ``FORCE_COLOR`` is set. JSON output
uses stable field names documented in the README.
"""

from __future__ import annotations

import json
import os
import sys
from collections.abc import Iterable, Sequence

from reader.text.cells import cell_width, cut

TYPE_CHECKING = False  # typing is not imported at run time: it costs start-up
if TYPE_CHECKING:
    from typing import IO


def use_colour(stream: IO[str] = sys.stdout) -> bool:
    if os.environ.get("NO_COLOR"):
        return False
    if os.environ.get("FORCE_COLOR"):
        return True
    return hasattr(stream, "isatty") and stream.isatty()


def style(text: str, sgr: str, enabled: bool) -> str:
    return f"\x1b[{sgr}m{text}\x1b[0m" if enabled and text else text


def write_json(data: object, stream: IO[str] = sys.stdout) -> None:
    """Indented for a person at a terminal; on one line (and much faster to write) in a
    pipe. Always ``json.dumps``: only it uses the C encoder (``json.dump`` encodes in
    Python piece by piece, indented or not), and only without indent."""
    tty = hasattr(stream, "isatty") and stream.isatty()
    stream.write(json.dumps(data, ensure_ascii=False, indent=2 if tty else None) + "\n")


def table(headers: Sequence[str], rows: Iterable[Sequence[str]], stream: IO[str] = sys.stdout,
          flexible: int | None = None, right: Sequence[int] = ()) -> None:
    """Aligned columns. On a terminal the ``flexible`` column is cut to fit the width."""
    body = [list(r) for r in rows]
    widths = [max([cell_width(h), *(cell_width(r[i]) for r in body)]) for i, h in enumerate(headers)]
    tty = hasattr(stream, "isatty") and stream.isatty()
    if tty and flexible is not None:
        import shutil

        total = shutil.get_terminal_size((100, 24)).columns
        others = sum(w for i, w in enumerate(widths) if i != flexible) + 2 * (len(widths) - 1)
        widths[flexible] = max(12, min(widths[flexible], total - others))
        for r in body:
            r[flexible] = cut(r[flexible], widths[flexible])
    colour = use_colour(stream)

    def line(cells: Sequence[str]) -> str:
        parts = []
        for i, c in enumerate(cells):
            pad = " " * (widths[i] - cell_width(c))
            last = i == len(cells) - 1
            parts.append(pad + c if i in right else c + ("" if last else pad))
        return "  ".join(parts)

    stream.write(style(line(headers), "1", colour) + "\n")
    for r in body:
        stream.write(line(r) + "\n")
