"""``reader versions``: the stored versions of one imported article (stealth edits)."""

from __future__ import annotations

import argparse

from reader.cli.articles import named
from reader.cli.errors import Failure
from reader.cli.streams import warn

TYPE_CHECKING = False
if TYPE_CHECKING:
    from reader.cli.parser import Subparsers


def add(sub: Subparsers) -> None:
    p = sub.add_parser("versions", help="list the versions of an imported article",
                       description="List the versions of one article that re-imports found (reader import "
                                   "ADDRESS again, or reader import --refresh): when each was fetched, its "
                                   "headline and how many words changed from the version before.")
    p.add_argument("article", metavar="ID|PATH", help="article id, unique id prefix, or file path")
    p.add_argument("paths", nargs="*", default=[], metavar="PATH",
                   help="library to look the id up in (default: the bundled story and your library)")
    p.add_argument("--json", action="store_true", help="print JSON: one object per version")
    p.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    from reader.analysis.version_diff import version_rows
    from reader.library.versions import list_versions

    (article,) = named([args.article], args.paths)
    if article.path is None:
        raise Failure(f"{article.id} has no file, so no versions")
    issues: list[str] = []
    versions = list_versions(article.path, issues)
    for issue in issues:
        warn(issue)
    if not versions:
        raise Failure(f"{article.id}: no version could be read")
    rows = version_rows(versions)
    if args.json:
        from reader.reports.output import write_json

        write_json(rows)
    else:
        _print_rows(rows)
    return 0


FILE_TIME = "*"       # after a time read from the file's modification time, not its name


def _print_rows(rows: list[dict]) -> None:
    """The versions as a table fitting the width: the headline is cut first, the times
    and the headline flag never (they tell the versions apart)."""
    from reader.reports.fit import wrap_line
    from reader.reports.output import table, terminal_width
    from reader.text.sanitize import one_line

    lines = []
    for row in rows:
        when = row["fetched"] + ("" if row["fetched_from"] == "name" else FILE_TIME)
        changed = "-" if row["words_changed"] is None else str(row["words_changed"])
        flag = "new headline" if row["headline_changed"] else ""
        lines.append([str(row["version"]), when, changed, flag, one_line(row["title"] or "")])
    table(["version", "fetched (UTC)", "changed", "", "headline"], lines, flexible=4, right=(0, 2), keep=(1, 3))
    if any(row["fetched_from"] != "name" for row in rows):
        note = f"{FILE_TIME} file time: when the file was written, not fetched"
        width = terminal_width()
        print("\n".join(wrap_line(note, width) if width else [note]))
