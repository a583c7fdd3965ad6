"""``reader story``: the story across its sources, as a Markdown, HTML or JSON report."""

from __future__ import annotations

import argparse
import sys

from reader.cli.articles import load
from reader.cli.errors import Failure
from reader.cli.parser import add_paths
from reader.cli.streams import isatty, say

TYPE_CHECKING = False
if TYPE_CHECKING:
    from collections.abc import Callable

    from reader.analysis.story import Story
    from reader.cli.parser import Subparsers


def add(sub: Subparsers) -> None:
    p = sub.add_parser("story", help="who copied whom, conflicting figures, what only one source says",
                       description="Analyse a story across its sources: shared-text matrix, provenance, "
                                   "conflicting figures, quotes, lines and entities only some sources have. "
                                   "With no option, print the Markdown report.")
    add_paths(p)
    p.add_argument("--json", action="store_true", help="print JSON for scripts")
    p.add_argument("--html", metavar="FILE", help="write a self-contained HTML report (replaces FILE)")
    p.add_argument("--md", metavar="FILE", help="write a Markdown report (replaces FILE)")
    p.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    from reader.analysis.story import analyse_story

    library = load(args.paths)
    story = analyse_story(library.articles, progress=progress() if len(library.articles) > 2 else None)
    for path, kind in ((args.html, "html"), (args.md, "md")):
        if path:
            _write_report(story, path, kind)
    if args.json:
        from reader.analysis.story import story_json
        from reader.reports.output import write_json

        write_json(story_json(story))
    elif not (args.html or args.md):
        from reader.reports.markdown import story_markdown

        sys.stdout.write(story_markdown(story))
    return 0


def _write_report(story: Story, path: str, kind: str) -> None:
    if kind == "html":
        from reader.reports.html import story_html

        text = story_html(story)
    else:
        from reader.reports.markdown import story_markdown

        text = story_markdown(story)
    from reader.text.files import write_atomic

    try:
        write_atomic(path, text)
    except OSError as exc:
        raise Failure(f"cannot write {path}: {exc.strerror or exc}") from None
    say(f"reader: wrote {path}\n")


def progress() -> Callable[[int, int, str], None] | None:
    """A one-line progress report on stderr when it is a terminal (None otherwise)."""
    if not isatty(sys.stderr):
        return None
    from reader.text.sanitize import one_line

    def report(done: int, total: int, what: str) -> None:
        if done < total:
            say(f"\r[{done}/{total}] {one_line(what)}"[:79].ljust(80))
        else:
            say("\r" + " " * 80 + "\r")

    return report
