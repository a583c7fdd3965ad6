"""Where the files shipped with reader live: the bundled story and the stylesheet.

In an installed wheel they sit inside the package (``reader/articles``,
``reader/styles.tcss``); in a source checkout or an editable install they sit at the
top of the repository. Both places are tried, in that order.
"""

from __future__ import annotations

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
