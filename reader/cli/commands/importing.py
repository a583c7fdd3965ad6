"""``reader import``: web pages (saved files or addresses) written into the library as articles."""

from __future__ import annotations

import argparse

from reader.cli.errors import PARTIAL, Failure, UsageError
from reader.cli.streams import warn
from reader.text.sanitize import one_line

TYPE_CHECKING = False
if TYPE_CHECKING:
    from reader.cli.parser import Subparsers
    from reader.library.importer import ImportResult


def add(sub: Subparsers) -> None:
    p = sub.add_parser("import", help="import web pages (saved .html files or http(s) addresses) as articles",
                       description="Extract the article text and metadata of each page and write it as Markdown "
                                   "into your library (or --into DIR). Never overwrites a file.")
    p.add_argument("sources", nargs="*", metavar="FILE.html|URL", help="saved pages or http(s) addresses")
    p.add_argument("--into", metavar="DIR", help="folder to write to (default: your reader library)")
    p.add_argument("--refresh", action="store_true",
                   help="fetch every article of the library that has an address again; a changed "
                        "article text is kept as a new version (see reader versions)")
    p.add_argument("--json", action="store_true",
                   help="print JSON: one object per source (ok, message, path, metadata)")
    p.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    from reader.library.importer import NEW_VERSION, ImportFailure, import_sources, refresh_library
    from reader.text.user_paths import expand_home, unexpanded_home

    if args.sources and args.refresh:
        raise UsageError("give the pages to import, or --refresh, not both")
    if not args.sources and not args.refresh:
        raise UsageError("give the pages to import (saved .html files or http(s) addresses), or --refresh")
    into = expand_home(args.into) if args.into else None
    if into is not None and (no_home := unexpanded_home(into)) is not None:
        raise UsageError(f"--into {one_line(str(into))}: {no_home}")
    if into is not None and into.exists() and not into.is_dir():
        raise Failure(f"--into {one_line(str(into))}: not a folder")
    if into is not None and args.refresh and not into.is_dir():
        raise Failure(f"--into {one_line(str(into))}: no such folder")
    try:
        results = refresh_library(into) if args.refresh else import_sources(args.sources, into)
    except ImportFailure as exc:
        raise Failure(str(exc)) from None
    if args.refresh and not results:
        warn("no article of the library has a web address: nothing to refresh")
        if args.json:
            print("[]")                 # (valid JSON on stdout, whatever there was to do)
        return 0
    for result in results:
        if not result.ok:
            warn(f"{_shown(result.source)}: {result.message}")
    if args.json:
        from reader.reports.output import write_json

        write_json([r.as_dict() for r in results])
    else:
        _print_imported(results)
    imported = sum(r.ok for r in results)
    if args.refresh:
        changed = sum(r.ok and r.status == NEW_VERSION for r in results)
        warn(f"refreshed {imported} of {len(results)}: {changed} changed")
    if not imported:
        raise Failure("nothing imported")
    if imported < len(results):
        warn(f"imported {imported} of {len(results)}")
        return PARTIAL
    return 0


def _print_imported(results: list[ImportResult]) -> None:
    """One line per source imported, cut to the terminal's width when it is known (a
    stored headline can be 10,000 characters); the path written is never cut (a path
    cut with "…" names no file), its label gives way."""
    from reader.library.importer import IMPORTED
    from reader.reports.output import terminal_width
    from reader.text.cells import cell_width, cut
    from reader.text.sanitize import one_line

    width = terminal_width()
    for result in results:
        if result.ok and result.status != IMPORTED:
            line = one_line(f"{_shown(result.source)}: {result.message}")
            print(line if width is None else cut(line, width))
        elif result.ok:
            meta = result.metadata
            note = result.message.removeprefix("imported").lstrip("; ")
            label = one_line(f"{meta.get('outlet') or 'Unknown outlet'}: {meta.get('title', '')}"
                             + (f"  ({note})" if note else ""))
            path = one_line(str(result.path))  # where the article is: never cut, the label gives way
            room = None if width is None else width - cell_width(path) - 2
            print(path if room is not None and room < 2 else f"{path}  {label if room is None else cut(label, room)}")


SHOWN_SOURCE = 200      # characters of a source shown in a message (a 100 KB address made a 100 KB line)


def _shown(source: str) -> str:
    return source if len(source) <= SHOWN_SOURCE else source[: SHOWN_SOURCE - 1] + "…"
