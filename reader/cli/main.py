"""``reader``'s entry point: parse, run one command, map what went wrong to an exit status.

``reader [PATH...]`` opens the TUI; the subcommands print results for people or, with
``--json``, for scripts. Subcommands that do not start the TUI never import Textual (or
anything heavy they do not need), so they start fast: imports happen inside handlers.

Exit status: 0 on success (warnings allowed), 2 on usage errors, 1 when nothing could
be done or the output could not be written (standard output closed, full, or failing),
3 when ``reader import`` imported some sources but not all. How the standard streams are
kept safe is told in :mod:`reader.cli.streams`.
"""

from __future__ import annotations

import argparse
import contextlib
import os
import sys

from reader.cli import streams
from reader.cli.errors import Failure, UsageError
from reader.cli.parser import COMMANDS, Parser, build_parser, closest_command, command_parser, parse_words


def main(argv: list[str] | None = None) -> int:
    streams.standard_streams()
    code = _main(argv)
    try:
        failure = streams.output_failure()
    except BrokenPipeError:
        streams.silence("stdout")
        return code
    if failure is not None:
        streams.silence("stdout")
        streams.error(f"cannot write the output: {failure}")
        return 1
    return code


def _main(argv: list[str] | None) -> int:
    argv = list(sys.argv[1:] if argv is None else argv)
    streams.replace_errors()
    try:
        return _dispatch(argv)
    except Failure as exc:
        streams.error(str(exc))
        return 1
    except UsageError as exc:
        streams.error(str(exc))
        return 2
    except KeyboardInterrupt:
        from reader.cli.progress import clear_live

        clear_live()
        return 130
    except BrokenPipeError:
        # The reader of our output went away (``reader list | head``): not an error.
        with contextlib.suppress(OSError):
            sys.stdout = streams.devnull()
        return 0
    except OSError as exc:
        return _os_error(exc)
    except Exception as exc:  # pragma: no cover - last line of defence
        if os.environ.get("READER_DEBUG"):
            raise
        streams.error(f"internal error: {exc.__class__.__name__}: {exc} (set READER_DEBUG=1 to see the traceback)")
        return 1


def _dispatch(argv: list[str]) -> int:
    if argv and argv[0] not in COMMANDS and not argv[0].startswith("-"):
        _refuse_mistyped_command(argv[0])
    if not argv or argv[0] == "--" or (argv[0] not in COMMANDS and not argv[0].startswith("-")):
        open_parser = Parser(prog="reader", add_help=False)
        open_parser.add_argument("paths", nargs="*")
        args = parse_words(open_parser, argv)
        _refuse_empty_paths(args)
        return _open(args)
    if argv[0] in COMMANDS:   # options anywhere among the PATHs; a wrong one gets the command's usage
        args = parse_words(command_parser(argv[0]), argv[1:])
        args.command = argv[0]
        _refuse_empty_paths(args)
        code: int = args.func(args)
        return code
    args = build_parser().parse_args(argv)       # --version, --help or an unknown option
    if args.command is None:
        return _open(argparse.Namespace(paths=[]))
    code = args.func(args)
    return code


# the arguments that name files or folders, and how a refusal names each
_PATH_ARGUMENTS = {"paths": "PATH", "sources": "FILE.html|URL", "article": "ID|PATH", "a": "A", "b": "B",
                   "html": "--html", "md": "--md", "into": "--into"}


def _refuse_empty_paths(args: argparse.Namespace) -> None:
    """An empty file name is a usage error: it would otherwise read the current folder
    (``reader list ''``) or be ignored (``reader story --html ''``)."""
    for key, shown in _PATH_ARGUMENTS.items():
        value = getattr(args, key, None)
        if value == "" or (isinstance(value, list) and "" in value):
            raise UsageError(f"{shown} is empty: name a file or folder")


def _refuse_mistyped_command(word: str) -> None:
    """``reader lsit``: a first argument that is no file or folder but looks like a command
    is a typo, not a path."""
    from pathlib import Path

    if Path(word).exists():
        return
    command = closest_command(word)
    if command is not None:
        raise UsageError(f"'{word}' is not a command or a file; did you mean 'reader {command}'?")


def _open(args: argparse.Namespace) -> int:
    """Open the TUI on PATHs (the bundled story when none); piped, list the library.
    PATHs that are story ids (``reader stories``) stand for their stories' articles."""
    from reader.cli.commands.stories import story_articles

    args.paths = story_articles(args.paths) or args.paths
    if not streams.interactive():
        from reader.cli.commands import listing

        args.json = False
        return listing.run(args)
    from reader.cli.tui_start import start_tui

    return start_tui(args.paths)


def _os_error(exc: OSError) -> int:
    failure = streams.output_failure()
    if failure is None and exc.filename is None and exc.errno in streams.OUTPUT_ERRNOS:
        failure = exc.strerror  # a big write that failed outright leaves nothing pending to fail again
    if failure is not None:  # standard output closed, full or failing: main() reports it
        streams.note_write_failure(failure)
        return 1
    where = f" ({exc.filename})" if exc.filename else ""
    streams.error(f"{exc.strerror or exc}{where}")
    return 1
