"""``reader quotes``: quotations, their speakers and the articles carrying them."""

from __future__ import annotations

import argparse
import sys

from reader.cli.articles import load
from reader.cli.parser import add_paths

TYPE_CHECKING = False
if TYPE_CHECKING:
    from reader.cli.parser import Subparsers


def add(sub: Subparsers) -> None:
    p = sub.add_parser("quotes", help="quotations, their speakers and the articles carrying them",
                       description="List every direct quotation with its speaker, kind (a full statement or a "
                                   "partial fragment) and the other articles that carry it; with --format, "
                                   "cite each quotation in a style instead.")
    add_paths(p)
    mode = p.add_mutually_exclusive_group()
    mode.add_argument("--json", action="store_true",
                      help="print JSON: article, text, speaker, kind, start, end, speaker_role, carried_by, ...")
    from reader.reports.citation import STYLES

    mode.add_argument("--format", choices=STYLES, help="print one citation per quotation in this style")
    p.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    from reader.engine.heap import return_large_blocks
    from reader.reports.output import write_json

    return_large_blocks()  # (before the articles are read: see reader.engine.heap)
    library = load(args.paths)
    if args.json:
        from reader.analysis.quote_match import quotes_json

        write_json(quotes_json(library.articles))
        return 0
    from reader.reports.output import terminal_width
    from reader.reports.quote_listing import format_quotes

    sys.stdout.write(format_quotes(library.articles, args.format, None if args.format else terminal_width()))
    return 0
