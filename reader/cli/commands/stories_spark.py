"""``reader stories --engine spark [--spark-master URL] [--out DIR]``: the options, and the
run on Spark (:mod:`reader.scale.spark_engine`).

Kept apart from ``stories`` so that its command module stays the local engine's: it adds
these options with :func:`add_options` and asks :func:`spark_stories` first, which gives
None for the local engine. Nothing here imports pyspark or starts Java until
``--engine spark`` is given; a missing pyspark or Java is one line and exit status 1.
"""

from __future__ import annotations

import argparse

from reader.cli.errors import Failure, UsageError

TYPE_CHECKING = False
if TYPE_CHECKING:
    from pathlib import Path

    from reader.analysis.grouping import StoryGroup
    from reader.library.loading import LoadIssue
    from reader.scale.spark_engine import Session


def add_options(p: argparse.ArgumentParser) -> None:
    p.add_argument("--engine", choices=("local", "spark"), default="local",
                   help="where candidate pairs are found: this process (default) or Spark (needs the spark "
                        "extra and Java 17)")
    p.add_argument("--spark-master", metavar="URL",
                   help="Spark master for --engine spark (default: $SPARK_MASTER, else local[*]: every core here)")
    p.add_argument("--out", metavar="DIR",
                   help="with --engine spark: write DIR/stories.json and DIR/stories.parquet (and the Spark log, "
                        "DIR/spark.log)")


def spark_stories(args: argparse.Namespace) -> list[StoryGroup] | None:
    """The stories of ``args.paths`` found on Spark (``--out`` written), or None when
    the engine is the local one."""
    if args.engine != "spark":
        for option, value in (("--spark-master", args.spark_master), ("--out", args.out)):
            if value:
                raise UsageError(f"{option} needs --engine spark")
        return None
    from reader.scale.spark_engine import (
        SparkUnavailable,
        article_paths,
        failure_reason,
        group_files,
        master_url,
        start_session,
    )

    issues: list[LoadIssue] = []
    paths = article_paths(args.paths, issues)
    if not paths:  # said before a JVM is started for nothing
        _warn(issues)
        raise Failure("no articles could be loaded" + (" from " + ", ".join(args.paths) if args.paths else ""))
    out = _out_dir(args.out) if args.out else None
    master = master_url(args.spark_master)
    from reader.cli.progress import progress_bar

    bar = progress_bar()
    if bar is not None:  # the JVM takes seconds to start: say so at once
        from reader.cli.streams import say
        from reader.scale.spark_engine import STEPS

        say("\r" + bar.line(0, STEPS, f"starting Spark on {master}"))
        bar.shown = True
    try:
        try:
            session = start_session(master, log=out / "spark.log" if out else None)
        except SparkUnavailable as exc:
            raise Failure(str(exc)) from None
        try:
            try:
                found = group_files(session.spark, paths, issues, progress=bar)
            except Exception as exc:  # a Spark job failed: one line and where the log is, not a JVM trace
                where = f" (the Spark log: {session.log})" if session.log else " (--out DIR keeps the Spark log)"
                raise Failure(f"Spark on {master} failed: {failure_reason(exc)}{where}") from None
            if bar is not None:
                bar.clear()
            _warn(found.issues)
            if not found.articles:
                raise Failure("no articles could be loaded" + (" from " + ", ".join(args.paths) if args.paths else ""))
            from reader.analysis.story_groups import describe

            stories = [describe(g, found.articles) for g in found.groups]
            if out is not None:
                _write(session, stories, out)
            return stories
        finally:
            session.stop()
    finally:
        if bar is not None:
            bar.clear()


def _out_dir(name: str) -> Path:
    from pathlib import Path

    out = Path(name)
    try:
        out.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise Failure(f"cannot write {name}: {exc.strerror or exc}") from None
    return out


def _warn(issues: list[LoadIssue]) -> None:
    from reader.cli.streams import warn

    for issue in issues:
        warn(str(issue))


def _write(session: Session, stories: list[StoryGroup], out: Path) -> None:
    import json

    from reader.analysis.story_groups import story_json
    from reader.cli.streams import say
    from reader.scale.spark_engine import write_parquet
    from reader.text.files import write_atomic

    rows = [story_json(s) for s in stories]
    try:
        write_atomic(out / "stories.json", json.dumps(rows, ensure_ascii=False, indent=2) + "\n")
        write_parquet(session.spark, rows, str(out / "stories.parquet"))
    except OSError as exc:
        raise Failure(f"cannot write {out}: {exc.strerror or exc}") from None
    except Exception as exc:  # Spark's writer reports through the JVM
        from reader.scale.spark_engine import failure_reason

        raise Failure(f"cannot write {out / 'stories.parquet'}: {failure_reason(exc)}") from None
    say(f"reader: wrote {out / 'stories.json'} and {out / 'stories.parquet'}\n")
