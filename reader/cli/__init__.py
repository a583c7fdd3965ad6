"""The ``reader`` command line: :func:`main` parses, runs one command and maps its failure to
an exit status.

``streams`` keeps the standard streams safe to use (closed, full or broken), ``parser``
builds the argument parser from the command registry, ``articles`` finds the articles a
command names, and ``commands/`` holds one module per subcommand, imported only when that
command runs (so ``reader list`` never pays for what ``reader story`` needs).
"""

from __future__ import annotations

from reader.cli.main import main
from reader.cli.parser import build_parser

__all__ = ["build_parser", "main"]
