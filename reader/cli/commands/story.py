"""``reader story``: the story across its sources, as a Markdown, HTML or JSON report.

PATHs may be story ids (``reader stories`` lists them): the story's articles are then
analysed. With no PATH, the library may hold more stories than the bundled one (your
imports): then only the bundled story is analysed (the stories holding a bundled
article), never a mix, and one line on stderr says how to list and open the others.
"""

from __future__ import annotations

import argparse
import contextlib
import os
import sys

from reader.cli.articles import load
from reader.cli.errors import Failure, UsageError
from reader.cli.parser import add_paths
from reader.cli.streams import say, warn

TYPE_CHECKING = False
if TYPE_CHECKING:
    from reader.analysis.story import Story
    from reader.cli.parser import Subparsers
    from reader.library.loading import Library
    from reader.library.model import Article


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
    """The command, with Python's cyclic garbage collector paused (as the analysis runs:
    see :func:`reader.analysis.story.analyse_story`): reading the articles and writing
    the report make what lives to the end, or strings and dicts with no cycles."""
    from reader.analysis.extraction import collector_paused

    with collector_paused():
        return _run(args)


def _run(args: argparse.Namespace) -> int:
    from reader.analysis.story import analyse_story
    from reader.cli.commands.stories import story_articles
    from reader.cli.progress import progress_bar
    from reader.engine.heap import return_large_blocks

    return_large_blocks()  # (before the articles are read: see reader.engine.heap)
    _refuse_one_file_for_both(args.html, args.md)
    named = story_articles(args.paths)
    library = load(named if named is not None else args.paths)
    articles = library.articles if args.paths else _bundled_story(library)
    for path in (args.html, args.md):
        if path:
            _check_target(path, articles)       # (before the analysis: a refusal costs nothing)
    bar = progress_bar()
    try:
        story = analyse_story(articles, progress=bar if len(articles) > 2 else None)
    finally:
        if bar is not None:
            bar.clear()
    for line in story.label_warnings:  # a user label lexicon (labels.toml) that could not be used
        warn(line)
    for line in story.faults.values():          # a step that stopped on an internal error: its section is empty
        warn(line)
    for path, kind in ((args.html, "html"), (args.md, "md")):
        if path:
            _write_report(story, path, kind)
    if args.json:
        from reader.analysis.story import story_json_lazy
        from reader.reports.output import write_json

        write_json(story_json_lazy(story))  # (its long lists made as they are written)
    elif not (args.html or args.md):
        from reader.reports.markdown import story_markdown

        sys.stdout.write(story_markdown(story, marked=not sys.stdout.isatty()))
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


def _refuse_one_file_for_both(html: str | None, md: str | None) -> None:
    """--html and --md naming one file: the second report would replace the first."""
    from reader.text.sanitize import one_line

    if not (html and md):
        return
    same = os.path.abspath(html) == os.path.abspath(md)
    with contextlib.suppress(OSError, ValueError):     # (one of them does not exist yet: not the same file)
        same = same or os.path.samefile(html, md)
    if same:
        raise UsageError(f"--html and --md both name {one_line(html)}; name a different file for each report")


def _check_target(path: str, articles: list[Article]) -> None:
    """Refuse a report target that is one of the articles read, or that exists and is not
    a regular file (a link, a FIFO, a device, a folder): replacing it would lose data."""
    import stat

    try:
        info = os.lstat(path)
    except OSError:
        return                                  # (a new file: written as asked)
    if not stat.S_ISREG(info.st_mode):
        raise Failure(f"refusing to write {path}: it exists and is not a regular file (a link, a FIFO, a device "
                      "or a folder); name a new file")
    if any(a.path is not None and os.path.exists(a.path) and os.path.samefile(a.path, path) for a in articles):
        raise Failure(f"refusing to write {path}: it is one of the articles read; name a new file")


def _bundled_story(library: Library) -> list[Article]:
    """The articles of the stories that hold a bundled article, when the default library
    (bundled story and imports) holds other stories too; else all of it."""
    from reader.library.resources import bundled_articles_dir

    bundled = bundled_articles_dir().resolve()
    inside = [a.path is not None and a.path.resolve().is_relative_to(bundled) for a in library.articles]
    if all(inside) or not any(inside):
        return list(library.articles)
    from reader.cli.commands.stories import grouped

    stories = grouped(library)
    chosen = sorted({m for s in stories if any(inside[m] for m in s.members) for m in s.members})
    others = sum(1 for s in stories if not any(inside[m] for m in s.members))
    if not others:  # every import joined the bundled story
        return list(library.articles)
    ids = ", ".join(s.id for s in stories if any(inside[m] for m in s.members))
    say(f"reader: the library holds {others} other stor{'y' if others == 1 else 'ies'}; this is the bundled "
        f"story ({ids}): 'reader stories' lists them, 'reader story STORY-ID' opens one\n")
    return [library.articles[m] for m in chosen]
