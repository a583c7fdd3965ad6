"""``reader show``: one article, its metadata and its text."""

from __future__ import annotations

import argparse
import sys

from reader.cli.articles import named

TYPE_CHECKING = False
if TYPE_CHECKING:
    from reader.cli.parser import Subparsers


def add(sub: Subparsers) -> None:
    p = sub.add_parser("show", help="print one article",
                       description="Print one article, found by id (or unique id prefix) or by path.")
    p.add_argument("article", metavar="ID|PATH", help="article id, unique id prefix, or file path")
    p.add_argument("paths", nargs="*", default=[], metavar="PATH",
                   help="library to look the id up in (default: the bundled story and your library)")
    p.add_argument("--json", action="store_true", help="print JSON (metadata plus body)")
    p.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    from reader.reports.fit import fit_text
    from reader.reports.output import style, terminal_width, use_colour, write_json

    (article,) = named([args.article], args.paths)
    if args.json:
        write_json(article.metadata() | {"body": article.body})
        return 0
    lines = [style(article.title, "1", use_colour())]
    byline = [article.outlet_label]
    if article.authors:
        byline.append("by " + ", ".join(article.authors))
    if article.published:
        byline.append(article.published)
    lines.append(" · ".join(byline))
    if article.url:
        lines.append(article.url)
    lines += [f"{article.words} word{'' if article.words == 1 else 's'}", "", article.body.strip("\n")]
    sys.stdout.write(fit_text("\n".join(lines), terminal_width()) + "\n")  # (wrapped to the width when known)
    return 0
