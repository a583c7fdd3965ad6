"""The articles a command names: a library loaded from PATHs (warnings shown), an article
found by id, unique id prefix or file path."""

from __future__ import annotations

from reader.cli.errors import Failure
from reader.cli.streams import warn

TYPE_CHECKING = False
if TYPE_CHECKING:
    from reader.library.loading import Library
    from reader.library.model import Article


def load(paths: list[str]) -> Library:
    from reader.library.loading import load_library

    library = load_library(paths or None)
    for issue in library.issues:
        warn(str(issue))
    if not library.articles:
        raise Failure("no articles could be loaded" + (" from " + ", ".join(paths) if paths else ""))
    return library


def load_file(ref: str, taken: set[str]) -> Article:
    """The article in file ``ref`` (its id made unique against ``taken``), warnings shown."""
    from pathlib import Path

    from reader.library.loading import LoadIssue, with_unique_id
    from reader.library.loading import load_file as load_one

    issues: list[LoadIssue] = []
    article = load_one(Path(ref), issues)
    for issue in issues:
        warn(str(issue))
    if article is None:
        raise Failure(f"{ref}: could not be loaded")
    return with_unique_id(article, taken)


def resolve(library: Library, ref: str) -> Article:
    from pathlib import Path

    from reader.text.files import broken_link

    article = library.get(ref)
    if article is not None:
        return article
    if Path(ref).exists():
        return load_file(ref, {a.id for a in library.articles})
    link = broken_link(ref)
    if link is not None:
        raise Failure(f"{ref}: {link}")
    matches = [a.id for a in library.articles if a.id.startswith(ref)]
    if len(matches) > 1:
        raise Failure(f"'{ref}' is ambiguous: it begins {len(matches)} ids ({listed(matches)}); "
                      "give more of the id")
    raise Failure(f"no article '{ref}' (ids: {listed([a.id for a in library.articles])})")


def listed(ids: list[str], most: int = 20) -> str:
    """``ids`` joined, the first ``most`` of them and how many more."""
    shown = ", ".join(ids[:most])
    return shown + (f" and {len(ids) - most} more" if len(ids) > most else "")


def named(refs: list[str], paths: list[str]) -> list[Article]:
    """The articles named by ``refs``: files are read directly (no library to load)
    when no PATH is given and every ref is a file; otherwise looked up in the library."""
    from pathlib import Path

    if not paths and all(Path(r).is_file() for r in refs):
        taken: set[str] = set()
        return [load_file(r, taken) for r in refs]
    library = load(paths)
    return [resolve(library, r) for r in refs]
