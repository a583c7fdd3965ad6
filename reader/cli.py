"""The ``reader`` command line.

``reader [PATH...]`` opens the TUI; the subcommands print results for people or, with
``--json``, for scripts. Subcommands that do not start the TUI never import Textual (or
anything heavy they do not need), so they start fast: imports happen inside handlers.

Exit status: 0 on success (warnings allowed), 2 on usage errors, 1 when nothing could
be done or the output could not be written (standard output closed, full, or failing),
3 when ``reader import`` imported some sources but not all. Warnings and errors go to
stderr, one line each, prefixed ``reader:``; when stderr itself is closed or failing
they are dropped, never raised.

A standard stream that is closed when reader starts (``0<&-``, ``>&-``, ``2>&-``) has
its descriptor taken by ``/dev/null`` at once, so no file reader opens lands on it:
closed stdin reads as empty (not a terminal), closed stderr swallows messages, and
closed stdout fails the first write, reported as above.
"""

from __future__ import annotations

import argparse
import contextlib
import errno
import io
import os
import sys

from reader import __version__

TYPE_CHECKING = False  # typing is not imported at run time: it costs start-up
if TYPE_CHECKING:
    from collections.abc import Callable
    from typing import Any, NoReturn, TextIO

    from typing_extensions import Buffer

    from reader.library.loading import Library
    from reader.library.model import Article

DESCRIPTION = "Compare how news outlets cover one story, side by side in the terminal."
EPILOG = """\
with no command, reader opens the interactive comparison on PATHs (files or folders),
or on the bundled story when none are given (on a terminal; piped, it lists them).

examples:
  reader                          open the bundled story
  reader list --json              the articles, for scripts
  reader show cnn                 read one article
  reader compare cnn house        open the comparison of two articles
  reader compare cnn house --text the passages two articles share, word by word
"""


class UsageError(Exception):
    """Bad arguments: exit status 2."""


class Failure(Exception):
    """Nothing could be done: exit status 1."""


PARTIAL = 3  # reader import: some sources imported, some not


def _say(line: str) -> None:
    """Write ``line`` to stderr. A closed or failing stderr (``2>&-``, ``2>/dev/full``)
    loses it: the message had nowhere to go, and that is no reason to fail."""
    try:
        sys.stderr.write(line)
        sys.stderr.flush()
    except (AttributeError, ValueError, OSError):
        _silence("stderr")


def _warn(message: str) -> None:
    from reader.text.sanitize import one_line

    _say(f"reader: warning: {one_line(message)}\n")


def _error(message: str) -> None:
    from reader.text.sanitize import one_line

    _say(f"reader: error: {one_line(message)}\n")


class _ClosedOutput(io.RawIOBase):
    """Standard output whose descriptor was closed when reader started: the first write
    fails (EBADF), to be reported once; later ones are dropped."""

    def __init__(self) -> None:
        super().__init__()
        self.failed = False

    def writable(self) -> bool:
        return True

    def write(self, data: Buffer) -> int:
        if self.failed:
            return len(memoryview(data))
        self.failed = True
        raise OSError(errno.EBADF, "standard output is closed")


_closed_stdout: _ClosedOutput | None = None
_write_failure: str | None = None  # why writing standard output failed in the middle of a command
# What writing to a stream (not opening a named file) fails with when the stream is the problem.
_OUTPUT_ERRNOS = {errno.ENOSPC, errno.EIO, errno.EBADF, errno.EDQUOT, errno.EFBIG, errno.ENXIO}


def _standard_streams() -> None:
    """Make each closed standard stream safe to use (see the module's docstring)."""
    global _closed_stdout
    for fd, name in ((0, "stdin"), (1, "stdout"), (2, "stderr")):
        if getattr(sys, name) is not None:
            continue
        try:
            os.fstat(fd)
        except OSError:  # closed: /dev/null takes the number (only then: it may be in use)
            with contextlib.suppress(OSError):
                null = os.open(os.devnull, os.O_RDWR)
                if null != fd:
                    os.dup2(null, fd)
                    os.close(null)
        if name == "stdout":
            _closed_stdout = _ClosedOutput()
            sys.stdout = io.TextIOWrapper(io.BufferedWriter(_closed_stdout), encoding="utf-8", errors="replace")
        else:
            setattr(sys, name, _stream_on(fd))


def _stream_on(fd: int) -> TextIO:
    """A text stream over standard descriptor ``fd`` (now ``/dev/null``), left open at exit."""
    return open(fd, "r" if fd == 0 else "w", encoding="utf-8", errors="replace", closefd=False)


def _silence(name: str) -> None:
    """Stop writing to a standard stream that failed: what is still buffered for it, and
    anything written later, goes to ``/dev/null`` (so the exit flush raises nothing)."""
    stream = getattr(sys, name, None)
    with contextlib.suppress(AttributeError, ValueError, OSError):
        fd = stream.fileno() if stream is not None else -1
        if fd in (1, 2):
            null = os.open(os.devnull, os.O_WRONLY)
            os.dup2(null, fd)
            os.close(null)
    with contextlib.suppress(OSError):
        setattr(sys, name, _devnull())


def _output_failure() -> str | None:
    """Why standard output cannot be written, or None when it can (all pending output flushed)."""
    if _closed_stdout is not None and _closed_stdout.failed:
        return "standard output is closed"
    try:
        sys.stdout.flush()
    except BrokenPipeError:
        raise
    except OSError as exc:
        return exc.strerror or str(exc) or exc.__class__.__name__
    except (AttributeError, ValueError):
        return "standard output is closed"
    return None


def _load(paths: list[str]) -> Library:
    from reader.library.loading import load_library

    library = load_library(paths or None)
    for issue in library.issues:
        _warn(str(issue))
    if not library.articles:
        raise Failure("no articles could be loaded" + (" from " + ", ".join(paths) if paths else ""))
    return library


def _load_file(ref: str, taken: set[str]) -> Article:
    """The article in file ``ref`` (its id made unique against ``taken``), warnings shown."""
    from pathlib import Path

    from reader.library.loading import LoadIssue, load_file, with_unique_id

    issues: list[LoadIssue] = []
    article = load_file(Path(ref), issues)
    for issue in issues:
        _warn(str(issue))
    if article is None:
        raise Failure(f"{ref}: could not be loaded")
    return with_unique_id(article, taken)


def _resolve(library: Library, ref: str) -> Article:
    from pathlib import Path

    article = library.get(ref)
    if article is not None:
        return article
    if Path(ref).exists():
        return _load_file(ref, {a.id for a in library.articles})
    ids = ", ".join(a.id for a in library.articles)
    raise Failure(f"no article '{ref}' (ids: {ids})")


# --- commands -------------------------------------------------------------------


def cmd_list(args: argparse.Namespace) -> int:
    from reader.reports.output import table, write_json

    library = _load(args.paths)
    if args.json:
        write_json([a.metadata() for a in library.articles])
        return 0
    rows = [(a.id, a.outlet_label, a.title, str(a.words)) for a in library.articles]
    table(("ID", "OUTLET", "TITLE", "WORDS"), rows, flexible=2, right=(3,))
    return 0


def cmd_show(args: argparse.Namespace) -> int:
    from reader.reports.output import style, use_colour, write_json

    (article,) = _articles([args.article], args.paths)
    if args.json:
        write_json(article.metadata() | {"body": article.body})
        return 0
    colour = use_colour()
    out = sys.stdout
    out.write(style(article.title, "1", colour) + "\n")
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


def _articles(refs: list[str], paths: list[str]) -> list[Article]:
    """The articles named by ``refs``: files are read directly (no library to load)
    when no PATH is given and every ref is a file; otherwise looked up in the library."""
    from pathlib import Path

    if not paths and all(Path(r).is_file() for r in refs):
        taken: set[str] = set()
        return [_load_file(r, taken) for r in refs]
    library = _load(paths)
    return [_resolve(library, r) for r in refs]


def cmd_compare(args: argparse.Namespace) -> int:
    if not (args.json or args.text) and _interactive():
        from reader.tui import run

        _check_keymap()
        return run(args.paths, pair=(args.a, args.b))
    from reader.engine.compare import compare_texts
    from reader.reports.output import use_colour, write_json

    a, b = _articles([args.a, args.b], args.paths)
    cmp = compare_texts(a.body, b.body)
    if args.json:
        write_json({"a": a.metadata(), "b": b.metadata()} | cmp.to_json())
        return 0
    from reader.reports.compare_text import write_comparison

    write_comparison(a, b, cmp, sys.stdout, use_colour())
    return 0


def cmd_entities(args: argparse.Namespace) -> int:
    from reader.analysis.entity_merge import entities_json
    from reader.reports.entity_listing import format_entities
    from reader.reports.output import use_colour, write_json

    library = _load(args.paths)
    records = entities_json(library.articles)
    if args.json:
        write_json(records)
        return 0
    sys.stdout.write(format_entities(records, use_colour()))
    return 0


def _isatty(stream: TextIO | None) -> bool:
    try:
        return stream is not None and stream.isatty()
    except (AttributeError, ValueError, OSError):
        return False


def _interactive() -> bool:
    """The TUI opens only on a terminal; piped, commands print text as before."""
    return _isatty(sys.stdin) and _isatty(sys.stdout)


def _check_keymap() -> None:
    """Report the user's keymap problems on stderr before the TUI takes the screen (the
    TUI shows them again as notifications)."""
    from reader.tui.keymap_file import user_keymap

    for problem in user_keymap()[1]:
        _warn(problem)


def cmd_quotes(args: argparse.Namespace) -> int:
    from reader.reports.output import write_json

    library = _load(args.paths)
    if args.json:
        from reader.analysis.quote_match import quotes_json

        write_json(quotes_json(library.articles))
        return 0
    from reader.reports.quote_listing import format_quotes

    sys.stdout.write(format_quotes(library.articles, args.format))
    return 0


def cmd_story(args: argparse.Namespace) -> int:
    from reader.analysis.story import analyse_story

    library = _load(args.paths)
    story = analyse_story(library.articles, progress=_progress() if len(library.articles) > 2 else None)
    for path, kind in ((args.html, "html"), (args.md, "md")):
        if not path:
            continue
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
        _say(f"reader: wrote {path}\n")
    if args.json:
        from reader.analysis.story import story_json
        from reader.reports.output import write_json

        write_json(story_json(story))
    elif not (args.html or args.md):
        from reader.reports.markdown import story_markdown

        sys.stdout.write(story_markdown(story))
    return 0


def _progress() -> Callable[[int, int, str], None] | None:
    """A one-line progress report on stderr when it is a terminal (None otherwise)."""
    if not _isatty(sys.stderr):
        return None
    from reader.text.sanitize import one_line

    def progress(done: int, total: int, what: str) -> None:
        if done < total:
            _say(f"\r[{done}/{total}] {one_line(what)}"[:79].ljust(80))
        else:
            _say("\r" + " " * 80 + "\r")

    return progress


def cmd_import(args: argparse.Namespace) -> int:
    from pathlib import Path

    from reader.library.importer import import_sources

    into = Path(args.into).expanduser() if args.into else None
    results = import_sources(args.sources, into)
    for result in results:
        if not result.ok:
            _warn(f"{result.source}: {result.message}")
    if args.json:
        from reader.reports.output import write_json

        write_json([r.as_dict() for r in results])
    else:
        from reader.text.sanitize import one_line

        for result in results:
            if result.ok:
                meta = result.metadata
                label = f"{meta.get('outlet') or 'Unknown outlet'}: {meta.get('title', '')}"
                note = result.message.removeprefix("imported").lstrip("; ")
                print(one_line(f"{result.path}  {label}" + (f"  ({note})" if note else "")))
    imported = sum(r.ok for r in results)
    if not imported:
        raise Failure("nothing imported")
    if imported < len(results):
        _warn(f"imported {imported} of {len(results)}")
        return PARTIAL
    return 0


def cmd_open(args: argparse.Namespace) -> int:
    """Open the TUI on PATHs (the bundled story when none); piped, list the library."""
    if not _interactive():
        args.json = False
        return cmd_list(args)
    from reader.tui import run

    _check_keymap()
    return run(args.paths)


# --- parser ---------------------------------------------------------------------


def _columns() -> int:
    """What ``shutil.get_terminal_size().columns`` gives, without importing shutil."""
    try:
        columns = int(os.environ.get("COLUMNS", "0"))
    except ValueError:
        columns = 0
    if columns > 0:
        return columns
    stdout = sys.__stdout__
    if stdout is None:
        return 80
    try:
        return os.get_terminal_size(stdout.fileno()).columns or 80
    except (AttributeError, ValueError, OSError):
        return 80


class _Formatter(argparse.HelpFormatter):
    """argparse's formatter with its width found by :func:`_columns`: argparse makes a
    formatter for every argument added, and its own imports shutil (and with it bz2 and
    lzma) to ask the width, a few milliseconds of every command's start-up."""

    def __init__(self, prog: str, indent_increment: int = 2, max_help_position: int = 24,
                 width: int | None = None) -> None:
        super().__init__(prog, indent_increment, max_help_position, _columns() - 2 if width is None else width)


class _RawFormatter(argparse.RawDescriptionHelpFormatter, _Formatter):
    pass


class _Parser(argparse.ArgumentParser):
    def __init__(self, *args: Any, **kwargs: Any) -> None:
        kwargs.setdefault("formatter_class", _Formatter)
        super().__init__(*args, **kwargs)

    def error(self, message: str) -> NoReturn:  # exit 2 with one clear line, no usage dump spam
        self.print_usage(sys.stderr)
        self.exit(2, f"reader: error: {message}\n")


if TYPE_CHECKING:
    Subparsers = argparse._SubParsersAction[_Parser]


def _paths(p: argparse.ArgumentParser) -> None:
    p.add_argument("paths", nargs="*", default=[], metavar="PATH",
                   help="files or folders (default: the bundled story and your library)")


def _add_list(sub: Subparsers) -> None:
    p = sub.add_parser("list", help="list the articles of a library",
                       description="List articles: id, outlet, title and word count.")
    _paths(p)
    p.add_argument("--json", action="store_true", help="print JSON for scripts")
    p.set_defaults(func=cmd_list)


def _add_show(sub: Subparsers) -> None:
    p = sub.add_parser("show", help="print one article",
                       description="Print one article, found by id (or unique id prefix) or by path.")
    p.add_argument("article", metavar="ID|PATH", help="article id, unique id prefix, or file path")
    p.add_argument("paths", nargs="*", default=[], metavar="PATH",
                   help="library to look the id up in (default: the bundled story and your library)")
    p.add_argument("--json", action="store_true", help="print JSON (metadata plus body)")
    p.set_defaults(func=cmd_show)


def _add_compare(sub: Subparsers) -> None:
    p = sub.add_parser("compare", help="find the passages two articles share",
                       description="Find every passage two articles share (verbatim, edited or rewritten) "
                                   "and the word-by-word changes inside each.")
    p.add_argument("a", metavar="A", help="first article: id, unique id prefix, or file path")
    p.add_argument("b", metavar="B", help="second article: id, unique id prefix, or file path")
    p.add_argument("paths", nargs="*", default=[], metavar="PATH",
                   help="library to look ids up in (default: the bundled story and your library)")
    mode = p.add_mutually_exclusive_group()
    mode.add_argument("--json", action="store_true", help="print JSON: a, b, a_shared, b_shared, counts, passages")
    mode.add_argument("--text", action="store_true", help="print a readable comparison (coloured on a terminal)")
    p.set_defaults(func=cmd_compare)


def _add_entities(sub: Subparsers) -> None:
    p = sub.add_parser("entities", help="people, organisations, places, dates and figures",
                       description="List the people, organisations, places, dates and figures the articles "
                                   "name, each merged across its names, with mention counts per article.")
    _paths(p)
    p.add_argument("--json", action="store_true",
                   help="print JSON: name, type, aliases, mentions, spans, articles, counts")
    p.set_defaults(func=cmd_entities)


def _add_quotes(sub: Subparsers) -> None:
    p = sub.add_parser("quotes", help="quotations, their speakers and the articles carrying them",
                       description="List every direct quotation with its speaker, kind (a full statement or a "
                                   "partial fragment) and the other articles that carry it; with --format, "
                                   "cite each quotation in a style instead.")
    _paths(p)
    mode = p.add_mutually_exclusive_group()
    mode.add_argument("--json", action="store_true",
                      help="print JSON: article, text, speaker, kind, start, end, speaker_role, carried_by, ...")
    from reader.reports.citation import STYLES

    mode.add_argument("--format", choices=STYLES,
                      help="print one citation per quotation in this style")
    p.set_defaults(func=cmd_quotes)


def _add_story(sub: Subparsers) -> None:
    p = sub.add_parser("story", help="who copied whom, conflicting figures, what only one source says",
                       description="Analyse a story across its sources: shared-text matrix, provenance, "
                                   "conflicting figures, quotes, lines and entities only some sources have. "
                                   "With no option, print the Markdown report.")
    _paths(p)
    p.add_argument("--json", action="store_true", help="print JSON for scripts")
    p.add_argument("--html", metavar="FILE", help="write a self-contained HTML report (replaces FILE)")
    p.add_argument("--md", metavar="FILE", help="write a Markdown report (replaces FILE)")
    p.set_defaults(func=cmd_story)


def _add_import(sub: Subparsers) -> None:
    p = sub.add_parser("import", help="import web pages (saved .html files or http(s) addresses) as articles",
                       description="Extract the article text and metadata of each page and write it as Markdown "
                                   "into your library (or --into DIR). Never overwrites a file.")
    p.add_argument("sources", nargs="+", metavar="FILE.html|URL", help="saved pages or http(s) addresses")
    p.add_argument("--into", metavar="DIR", help="folder to write to (default: your reader library)")
    p.add_argument("--json", action="store_true",
                   help="print JSON: one object per source (ok, message, path, metadata)")
    p.set_defaults(func=cmd_import)


# Each command's parser, built only when it is the command run (or for the full help):
# building all of them was a few milliseconds of every command's start-up.
COMMANDS = {
    "list": _add_list, "show": _add_show, "compare": _add_compare, "entities": _add_entities,
    "quotes": _add_quotes, "story": _add_story, "import": _add_import,
}


def build_parser(only: str | None = None) -> argparse.ArgumentParser:
    """The command line's parser; with ``only``, holding that command's parser alone."""
    parser = _Parser(prog="reader", description=DESCRIPTION, epilog=EPILOG,
                     formatter_class=_RawFormatter)
    parser.add_argument("--version", action="version", version=f"reader {__version__}")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND", parser_class=_Parser)
    for name, add in COMMANDS.items():
        if only is None or name == only:
            add(sub)
    return parser


def main(argv: list[str] | None = None) -> int:
    _standard_streams()
    code = _main(argv)
    try:
        failure = _write_failure or _output_failure()
    except BrokenPipeError:
        _silence("stdout")
        return code
    if failure is not None:
        _silence("stdout")
        _error(f"cannot write the output: {failure}")
        return 1
    return code


def _main(argv: list[str] | None) -> int:
    argv = list(sys.argv[1:] if argv is None else argv)
    for stream in (sys.stdout, sys.stderr):
        reconfigure = getattr(stream, "reconfigure", None)  # (a replaced stream may lack it)
        if reconfigure is not None:
            with contextlib.suppress(AttributeError, ValueError):
                reconfigure(errors="replace")
    parser = build_parser(only=argv[0] if argv and argv[0] in COMMANDS else None)
    if argv and argv[0] not in COMMANDS and not argv[0].startswith("-"):
        argv = ["--", *argv]
    try:
        if not argv or argv[0] == "--":
            open_parser = _Parser(prog="reader", add_help=False)
            open_parser.add_argument("paths", nargs="*")
            args = open_parser.parse_args(argv[1:] if argv else [])
            return cmd_open(args)
        args = parser.parse_args(argv)
        if args.command is None:
            return cmd_open(argparse.Namespace(paths=[]))
        return args.func(args)
    except Failure as exc:
        _error(str(exc))
        return 1
    except UsageError as exc:
        _error(str(exc))
        return 2
    except KeyboardInterrupt:
        return 130
    except BrokenPipeError:
        # The reader of our output went away (``reader list | head``): not an error.
        with contextlib.suppress(OSError):
            sys.stdout = _devnull()
        return 0
    except OSError as exc:
        global _write_failure
        failure = _output_failure()
        if failure is None and exc.filename is None and exc.errno in _OUTPUT_ERRNOS:
            failure = exc.strerror  # a big write that failed outright leaves nothing pending to fail again
        if failure is not None:  # standard output closed, full or failing: main() reports it
            _write_failure = failure
            return 1
        where = f" ({exc.filename})" if exc.filename else ""
        _error(f"{exc.strerror or exc}{where}")
        return 1
    except Exception as exc:  # pragma: no cover - last line of defence
        if os.environ.get("READER_DEBUG"):
            raise
        _error(f"internal error: {exc.__class__.__name__}: {exc} (set READER_DEBUG=1 to see the traceback)")
        return 1


def _devnull() -> TextIO:
    """A stream that swallows what is written to it: stdout for the rest of the process
    once its reader has gone (so the final flush raises nothing), never closed."""
    return open(os.devnull, "w")
