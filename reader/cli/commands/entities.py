"""``reader entities``: people, organisations, places, dates and figures, merged across names."""

from __future__ import annotations

import argparse
import sys

from reader.cli.articles import load
from reader.cli.parser import add_paths

TYPE_CHECKING = False
if TYPE_CHECKING:
    from reader.cli.parser import Subparsers


def add(sub: Subparsers) -> None:
    p = sub.add_parser("entities", help="people, organisations, places, dates and figures",
                       description="List the people, organisations, places, dates and figures the articles "
                                   "name, each merged across its names, with mention counts per article.")
    add_paths(p)
    p.add_argument("--json", action="store_true",
                   help="print JSON: name, type, aliases, mentions, spans, articles, counts")
    p.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    from reader.analysis.entity_merge import entities_json
    from reader.engine.heap import return_large_blocks
    from reader.reports.entity_listing import format_entities
    from reader.reports.output import terminal_width, use_colour, write_json

    return_large_blocks()  # (before the articles are read: see reader.engine.heap)
    library = load(args.paths)
    records = entities_json(library.articles)
    if args.json:
        write_json(records)
        return 0
    sys.stdout.write(format_entities(records, use_colour(), terminal_width()))
    return 0
