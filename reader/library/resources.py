"""Where the files shipped with reader live: the bundled story and the stylesheet; and
where the user's imported articles go (:func:`user_library_dir`, here rather than in
:mod:`reader.library.importer`, whose imports the TUI's start does not need).

In an installed wheel they sit inside the package (``reader/articles``,
``reader/styles.tcss``); in a source checkout or an editable install they sit at the
top of the repository. Both places are tried, in that order.
"""

from __future__ import annotations

import os
from pathlib import Path

_PACKAGE = Path(__file__).resolve().parent.parent  # reader/


def _find(name: str) -> Path:
    for candidate in (_PACKAGE / name, _PACKAGE.parent / name):
        if candidate.exists():
            return candidate
    raise FileNotFoundError(f"reader's bundled {name} is missing from the installation")


def bundled_articles_dir() -> Path:
    return _find("articles")


def stylesheet_path() -> Path:
    return _find("styles.tcss")


def user_library_dir() -> Path:
    """Where imported articles go: ``READER_LIBRARY_DIR`` when set, else
    ``<user data dir>/reader/library`` (``~/.local/share/reader/library`` on Linux)."""
    folder = os.environ.get("READER_LIBRARY_DIR")
    if folder:
        return Path(folder)
    from platformdirs import user_data_dir

    return Path(user_data_dir("reader", appauthor=False)) / "library"
