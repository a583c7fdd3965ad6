"""``reader stories``: the library grouped into stories, one row each; and story ids
(``reader story STORY-ID``, ``reader STORY-ID``) turned back into their articles."""

from __future__ import annotations

import argparse

from reader.cli.articles import load
from reader.cli.commands import stories_spark
from reader.cli.parser import add_paths

TYPE_CHECKING = False
if TYPE_CHECKING:
    from reader.analysis.grouping import StoryGroup
    from reader.cli.parser import Subparsers
    from reader.library.loading import Library


def add(sub: Subparsers) -> None:
    p = sub.add_parser("stories", help="group the library into stories (one event each)",
                       description="Group articles into stories, one event each, from shared text, shared "
                                   "names and words, and dates: id, articles, dates, outlets, title.")
    add_paths(p)
    p.add_argument("--json", action="store_true", help="print JSON for scripts")
    stories_spark.add_options(p)  # --engine, --spark-master, --out (issue 15 item 4)
    p.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    from reader.analysis.story_groups import story_json
    from reader.reports.output import table, write_json

    stories = stories_spark.spark_stories(args)  # None: the local engine
    if stories is None:
        stories = files_grouped(args.paths)
    if args.json:
        write_json([story_json(s) for s in stories])
        return 0
    rows = [(s.id, str(len(s.members)), _dates(s), str(len(s.outlets)), s.title) for s in stories]
    table(("STORY", "ARTICLES", "DATES", "OUTLETS", "TITLE"), rows, flexible=4, right=(1, 3), keep=(0,))
    return 0


def grouped(library: Library) -> list[StoryGroup]:
    """The stories of ``library``, with a progress bar on a terminal and warnings shown."""
    from reader.analysis.story_groups import stories_of
    from reader.cli.progress import progress_bar
    from reader.cli.streams import warn

    bar = progress_bar()
    try:
        return stories_of(library, progress=bar, warn=warn)
    finally:
        if bar is not None:
            bar.clear()


def files_grouped(paths: list[str]) -> list[StoryGroup]:
    """The stories of the files under ``paths`` (the default library when none), read and
    keyed in a process pool (no body is kept here), with a progress bar and warnings."""
    from reader.analysis.story_groups import files_grouped as grouped_files
    from reader.cli.errors import Failure
    from reader.cli.progress import progress_bar
    from reader.cli.streams import warn

    bar = progress_bar()
    try:
        keyed, stories = grouped_files(paths or None, progress=bar, warn=warn)
    finally:
        if bar is not None:
            bar.clear()
    for issue in keyed.issues:
        warn(str(issue))
    if not keyed.articles:
        raise Failure("no articles could be loaded" + (" from " + ", ".join(paths) if paths else ""))
    return stories


def _dates(story: StoryGroup) -> str:
    first, last = story.first_published, story.last_published
    if first is None or last is None:
        return "-"
    return first if first == last else f"{first}…{last}"


def story_articles(refs: list[str]) -> list[str] | None:
    """The files of the stories named by ``refs`` (story ids of the default library:
    the bundled story and your imports), or None when a ref is a file or folder or no
    story id (then ``refs`` are paths)."""
    import re
    from pathlib import Path

    if not refs or any(not re.fullmatch(r"s[0-9a-f]{4,10}", r) or Path(r).exists() for r in refs):
        return None  # (decided before anything heavy is imported: ``reader PATH`` pays nothing)
    from reader.analysis.story_groups import find_story

    library = load([])
    stories = grouped(library)
    paths: list[str] = []
    for ref in refs:
        story = find_story(stories, ref)
        if story is None:
            from reader.cli.articles import listed
            from reader.cli.errors import Failure

            begun = [s.id for s in stories if s.id.startswith(ref)]
            if len(begun) > 1:  # (it said "no story", then listed ten others)
                raise Failure(f"'{ref}' is ambiguous: it begins {len(begun)} story ids ({listed(begun)}); "
                              "give more of the id")
            raise Failure(f"no story '{ref}' (stories: {listed([s.id for s in stories], 10)})")
        paths.extend(str(library.articles[m].path) for m in story.members if library.articles[m].path)
    return paths
