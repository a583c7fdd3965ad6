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
    from reader.reports.output import style, use_colour, write_json

    (article,) = named([args.article], args.paths)
    if args.json:
        write_json(article.metadata() | {"body": article.body})
        return 0
    out = sys.stdout
    out.write(style(article.title, "1", use_colour()) + "\n")
    byline = [article.outlet_label]
    if article.authors:
        byline.append("by " + ", ".join(article.authors))
    if article.published:
        byline.append(article.published)
    out.write(" · ".join(byline) + "\n")
    if article.url:
        out.write(article.url + "\n")
    out.write(f"{article.words} words\n\n")
    out.write(article.body.strip("\n") + "\n")
    return 0
