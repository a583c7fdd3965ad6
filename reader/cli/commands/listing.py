"""``reader list``: the articles of a library, one row each."""

from __future__ import annotations

import argparse

from reader.cli.articles import load
from reader.cli.parser import add_paths

TYPE_CHECKING = False
if TYPE_CHECKING:
    from reader.cli.parser import Subparsers


def add(sub: Subparsers) -> None:
    p = sub.add_parser("list", help="list the articles of a library",
                       description="List articles: id, outlet, title and word count.")
    add_paths(p)
    p.add_argument("--json", action="store_true", help="print JSON for scripts")
    p.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    from reader.reports.output import table, write_json

    library = load(args.paths)
    if args.json:
        write_json([a.metadata() for a in library.articles])
        return 0
    # The title comes last: it takes what width is left on a terminal, and piped, nothing
    # after it forces the other lines to be padded to the longest title.
    rows = [(a.id, a.outlet_label, str(a.words), a.title) for a in library.articles]
    table(("ID", "OUTLET", "WORDS", "TITLE"), rows, flexible=3, right=(2,), keep=(0,))  # the id: never cut
    return 0
