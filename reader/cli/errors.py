"""How a command says it failed: each exception maps to one exit status in :mod:`reader.cli.main`."""

from __future__ import annotations


class UsageError(Exception):
    """Bad arguments: exit status 2."""


class Failure(Exception):
    """Nothing could be done: exit status 1."""


PARTIAL = 3  # reader import: some sources imported, some not
