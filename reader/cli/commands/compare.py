"""``reader compare``: the passages two articles share, in the TUI on a terminal, as text
or JSON otherwise."""

from __future__ import annotations

import argparse
import sys

from reader.cli.articles import named
from reader.cli.streams import interactive

TYPE_CHECKING = False
if TYPE_CHECKING:
    from reader.cli.parser import Subparsers


def add(sub: Subparsers) -> None:
    p = sub.add_parser("compare", help="find the passages two articles share",
                       description="Find every passage two articles share (verbatim, edited or rewritten) "
                                   "and the word-by-word changes inside each.")
    p.add_argument("a", metavar="A", help="first article: id, unique id prefix, or file path")
    p.add_argument("b", metavar="B", help="second article: id, unique id prefix, or file path")
    p.add_argument("paths", nargs="*", default=[], metavar="PATH",
                   help="library to look ids up in (default: the bundled story and your library)")
    mode = p.add_mutually_exclusive_group()
    mode.add_argument("--json", action="store_true", help="print JSON: a, b, a_shared, b_shared, counts, passages")
    mode.add_argument("--text", action="store_true", help="print a readable comparison (coloured on a terminal)")
    p.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    if not (args.json or args.text) and interactive():
        from reader.cli.tui_start import start_tui

        return start_tui(args.paths, pair=(args.a, args.b))
    from reader.analysis.quoted_passages import compare_bodies
    from reader.engine.heap import return_large_blocks
    from reader.reports.output import terminal_width, use_colour, write_json

    return_large_blocks()  # (before the articles are read: see reader.engine.heap)
    a, b = named([args.a, args.b], args.paths)
    cmp = compare_bodies(a.body, b.body)
    if args.json:
        write_json({"a": a.metadata(), "b": b.metadata()} | cmp.to_json())
        return 0
    from reader.reports.compare_text import write_comparison

    write_comparison(a, b, cmp, sys.stdout, use_colour(), terminal_width())
    return 0
