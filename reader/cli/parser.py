"""The argument parser, built from the command registry.

Each command's module (``reader.cli.commands.*``) is imported, and its parser built, only
when that command is run or the full help is asked for: building all of them was a few
milliseconds of every command's start-up.
"""

from __future__ import annotations

import argparse
import os
import sys

from reader import __version__

TYPE_CHECKING = False
if TYPE_CHECKING:
    from typing import Any, NoReturn

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

# command name -> its module under reader.cli.commands (each has ``add(subparsers)``)
COMMANDS = {
    "list": "listing", "show": "show", "compare": "compare", "entities": "entities",
    "quotes": "quotes", "story": "story", "import": "importing", "stories": "stories",
    "versions": "versions",
}


def columns() -> int:
    """What ``shutil.get_terminal_size().columns`` gives, without importing shutil."""
    try:
        width = int(os.environ.get("COLUMNS", "0"))
    except ValueError:
        width = 0
    if width > 0:
        return width
    stdout = sys.__stdout__
    if stdout is None:
        return 80
    try:
        return os.get_terminal_size(stdout.fileno()).columns or 80
    except (AttributeError, ValueError, OSError):
        return 80


class _Formatter(argparse.HelpFormatter):
    """argparse's formatter with its width found by :func:`columns`: argparse makes a
    formatter for every argument added, and its own imports shutil (and with it bz2 and
    lzma) to ask the width, a few milliseconds of every command's start-up."""

    def __init__(self, prog: str, indent_increment: int = 2, max_help_position: int = 24,
                 width: int | None = None) -> None:
        super().__init__(prog, indent_increment, max_help_position, columns() - 2 if width is None else width)


class _RawFormatter(argparse.RawDescriptionHelpFormatter, _Formatter):
    pass


class Parser(argparse.ArgumentParser):
    def __init__(self, *args: Any, **kwargs: Any) -> None:
        kwargs.setdefault("formatter_class", _Formatter)
        super().__init__(*args, **kwargs)

    def error(self, message: str) -> NoReturn:  # exit 2 with one clear line, no usage dump spam
        from reader.text.sanitize import one_line

        self.print_usage(sys.stderr)
        self.exit(2, f"reader: error: {one_line(message)}\n")    # (an argument may hold an escape)


if TYPE_CHECKING:
    Subparsers = argparse._SubParsersAction[Parser]


def add_paths(p: argparse.ArgumentParser) -> None:
    p.add_argument("paths", nargs="*", default=[], metavar="PATH",
                   help="files or folders (default: the bundled story and your library)")


def build_parser(only: str | None = None) -> argparse.ArgumentParser:
    """The command line's parser; with ``only``, holding that command's parser alone."""
    from importlib import import_module

    parser = Parser(prog="reader", description=DESCRIPTION, epilog=EPILOG, formatter_class=_RawFormatter)
    parser.add_argument("--version", action="version", version=f"reader {__version__}")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND", parser_class=Parser)
    for name, module in COMMANDS.items():
        if only is None or name == only:
            import_module(f"reader.cli.commands.{module}").add(sub)
    return parser


def command_parser(name: str) -> argparse.ArgumentParser:
    """The parser of command ``name`` alone ("reader NAME" its usage): what parses a
    command's arguments, intermixed (``reader compare A B --text PATH``), and what a
    wrong one is reported by, with that command's usage."""
    parser = build_parser(only=name)
    sub = next(a for a in parser._actions if isinstance(a, argparse._SubParsersAction))
    command: argparse.ArgumentParser = sub.choices[name]
    return command


def closest_command(word: str) -> str | None:
    """The command ``word`` most likely mistypes (``lsit`` -> ``list``), or None."""
    from difflib import get_close_matches

    found = get_close_matches(word.lower(), list(COMMANDS), n=1, cutoff=0.6)
    return found[0] if found else None


_LITERAL = "\0"  # no command-line argument can hold a NUL: a safe mark for a word after "--"


def parse_words(parser: argparse.ArgumentParser, words: list[str]) -> argparse.Namespace:
    """``words`` parsed with options anywhere among the positionals, and every word after
    the first ``--`` a positional, as the convention is (``reader show -- -notes.md``):
    Python 3.11's ``parse_intermixed_args`` refused any word after a leading ``--``. Such
    words are parsed as marks and given back afterwards; one taken as an option's value
    (``--html -- x``) is a usage error, as it is without intermixing."""
    if "--" not in words:
        return parser.parse_intermixed_args(words)
    cut = words.index("--")
    literal = words[cut + 1:]
    args = parser.parse_intermixed_args(words[:cut] + [f"{_LITERAL}{i}" for i in range(len(literal))])
    options = {action.dest: action.option_strings[0] for action in parser._actions if action.option_strings}

    def back(value: object, dest: str) -> object:
        if isinstance(value, list):
            return [back(item, dest) for item in value]
        if isinstance(value, str) and value.startswith(_LITERAL):
            if dest in options:
                parser.error(f"argument {options[dest]}: expected one argument before --")
            return literal[int(value[1:])]
        return value

    for dest, value in vars(args).items():
        setattr(args, dest, back(value, dest))
    return args

