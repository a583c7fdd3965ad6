"""The user's settings: ``config.toml`` in reader's configuration folder (for example
``~/.config/reader/config.toml``), or the file named by ``READER_CONFIG``::

    theme = "textual-light"     # any theme the command palette lists
    citation = "apa"            # what y copies: plain, markdown, apa, mla, chicago
    sync = false                # synchronised scrolling at start
    keymap = "~/keys.toml"      # the keymap file (READER_KEYMAP still wins)

Every key is optional. A missing default file is no settings; a problem -- the file
named by ``READER_CONFIG`` missing, not a regular file, over 64 KB, broken TOML, an
unknown key, a value of the wrong kind -- is one warning line each, and the defaults are
used for what it concerns. Nothing here raises.

A theme picked in the command palette is written back (:func:`save_theme`): only the
``theme`` line changes (added at the top when there is none), every other line and
comment is kept, and the file is replaced atomically. A file that cannot be read back
as TOML is left alone (and that is reported), so nothing of the user's is lost.
"""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path

from reader.text.user_paths import expand_home, unexpanded_home

CITATION_STYLES = ("plain", "markdown", "apa", "mla", "chicago")  # reader.reports.citation.STYLES
KEYS = ("theme", "citation", "sync", "keymap")
THEME_LINE = r"^[ \t]*theme[ \t]*=.*$"
TABLE = r"^[ \t]*\["


@dataclass(frozen=True)
class Settings:
    theme: str | None = None       # None: Textual's default (textual-dark)
    citation: str = "plain"
    sync: bool = True
    keymap: Path | None = None     # None: keymap.toml next to config.toml


def config_path() -> Path:
    named = os.environ.get("READER_CONFIG")
    if named:
        return expand_home(named)
    from platformdirs import user_config_dir

    return Path(user_config_dir("reader")) / "config.toml"


def load_settings(path: Path | None = None) -> tuple[Settings, list[str]]:
    """(settings, one line per problem) from ``path`` (default: :func:`config_path`).
    With no file, TOML is not even imported: start-up stays as quick as without settings."""
    from reader.tui.keymap_file import Unreadable, read_config

    named = path is None and bool(os.environ.get("READER_CONFIG"))
    path = path or config_path()
    if (no_home := unexpanded_home(path)) is not None:
        return Settings(), [f"{path}: settings ignored ({no_home})"]
    try:
        text = read_config(path)
        import tomllib

        data = tomllib.loads(text)
    except FileNotFoundError:
        return Settings(), ([f"{path}: settings ignored (no such file; READER_CONFIG names it)"] if named else [])
    except Unreadable as exc:
        return Settings(), [f"{path}: settings ignored ({exc})"]
    except (OSError, UnicodeDecodeError, ValueError) as exc:  # TOMLDecodeError is a ValueError
        reason = exc.strerror if isinstance(exc, OSError) and exc.strerror else exc
        return Settings(), [f"{path}: settings ignored ({reason})"]
    return _settings(data, path)


def _settings(data: dict[str, object], path: Path) -> tuple[Settings, list[str]]:
    problems = [f"{path}: unknown setting '{key}' ignored (known: {', '.join(KEYS)})" for key in data
                if key not in KEYS]
    values: dict[str, object] = {}
    theme = data.get("theme")
    if theme is not None:
        if isinstance(theme, str) and theme.strip():
            values["theme"] = theme.strip()
        else:
            problems.append(f"{path}: theme must be a theme's name (a string); the default is used")
    citation = data.get("citation")
    if citation is not None:
        if citation in CITATION_STYLES:
            values["citation"] = citation
        else:
            problems.append(f"{path}: citation must be one of {', '.join(CITATION_STYLES)}; plain is used")
    sync = data.get("sync")
    if sync is not None:
        if isinstance(sync, bool):
            values["sync"] = sync
        else:
            problems.append(f"{path}: sync must be true or false; true is used")
    keymap = data.get("keymap")
    if keymap is not None:
        if isinstance(keymap, str) and keymap.strip():
            values["keymap"] = expand_home(keymap.strip())
        else:
            problems.append(f"{path}: keymap must be a file's path (a string); keymap.toml is used")
    return Settings(**values), problems  # type: ignore[arg-type]


def with_theme(text: str, theme: str) -> str:
    """``text`` (a config file) with its top-level ``theme`` set to ``theme``: the
    line replaced where there is one, else added at the top; nothing else changes. Of
    the lines that look like it, the one replaced is the one that is the top-level key
    (not ``theme = …`` inside a multi-line string, nor under a table)."""
    candidates = _theme_candidates(text, theme)
    wanted = _toml_or_none(text)
    if wanted is not None:
        wanted = {**wanted, "theme": theme}
        for new in candidates:
            if _toml_or_none(new) == wanted:
                return new
    return candidates[0]


def _theme_candidates(text: str, theme: str) -> list[str]:
    """``text`` with each line that looks like a top-level ``theme`` line replaced (the
    first in the top-level part first), then with the line added at the top."""
    import json
    import re

    line = f"theme = {json.dumps(theme, ensure_ascii=False)}"
    table = re.search(TABLE, text, re.MULTILINE)
    top_end = table.start() if table else len(text)
    found = sorted(re.finditer(THEME_LINE, text, re.MULTILINE), key=lambda m: m.start() >= top_end)
    return [text[: m.start()] + line + text[m.end():] for m in found] + [f"{line}\n{text}"]


def _toml_or_none(text: str) -> dict | None:
    import tomllib

    try:
        return tomllib.loads(text)
    except tomllib.TOMLDecodeError:
        return None


def save_theme(theme: str, path: Path | None = None) -> str | None:
    """Write ``theme`` into the settings file (created when missing); None when done,
    else why not (the file is then left as it was)."""
    import tomllib

    from reader.text.files import write_atomic
    from reader.tui.keymap_file import Unreadable, read_config

    path = expand_home(path or config_path())
    if (no_home := unexpanded_home(path)) is not None:
        return f"{path}: theme not saved ({no_home})"
    try:
        text = read_config(path)
    except FileNotFoundError:
        text = ""
    except (Unreadable, OSError, UnicodeDecodeError) as exc:
        return f"{path}: theme not saved ({exc})"
    try:
        old = tomllib.loads(text)
    except tomllib.TOMLDecodeError as exc:
        return f"{path}: theme not saved (the file is not valid TOML: {exc}); set theme = \"{theme}\" there"
    new = with_theme(text, theme)
    if _toml_or_none(new) != {**old, "theme": theme}:
        return f"{path}: theme not saved (the theme line could not be placed); set theme = \"{theme}\" there"
    try:
        target = path.resolve() if path.is_symlink() else path  # a linked file is written where it lives
        target.parent.mkdir(parents=True, exist_ok=True)
        write_atomic(target, new)
    except OSError as exc:
        return f"{path}: theme not saved ({exc.strerror or exc})"
    return None
