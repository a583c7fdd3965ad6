"""User key remapping: a TOML file of ``binding-id = "key"`` lines.

The file is ``keymap.toml`` in reader's configuration folder (for example
``~/.config/reader/keymap.toml``), or the file named by ``READER_KEYMAP``::

    "reader.next-source" = "ctrl+n"
    "reader.quit" = "q,ctrl+c"

Binding ids are listed on the help screen (``?``). The default file missing is no keymap;
a file named by ``READER_KEYMAP`` that does not exist, a broken one, unknown ids and keys
that clash with another binding (:func:`reader.tui.bindings.check_keymap`) are reported,
one line each. The file is read only when it is a regular file of at most
:data:`MAX_BYTES` (checked before it is opened, and on the open descriptor, opened
without blocking): a FIFO or a device named as the keymap never stalls the TUI.
"""

from __future__ import annotations

import os
from pathlib import Path

from reader.text.files import NotRegularFile, read_regular
from reader.text.user_paths import expand_home, unexpanded_home

MAX_BYTES = 64 * 1024


class Unreadable(Exception):
    """The keymap file is not something to read; ``str()`` says why."""


MAX_PROBLEMS = 5      # lines reported about one keymap at most (each is a message on screen)


def keymap_path() -> Path:
    """READER_KEYMAP, else the ``keymap`` of the settings (config.toml), else keymap.toml
    in reader's configuration folder."""
    named = os.environ.get("READER_KEYMAP")
    if named:
        return expand_home(named)
    from reader.tui.settings import load_settings

    configured = load_settings()[0].keymap
    if configured is not None:
        return configured
    from platformdirs import user_config_dir

    return Path(user_config_dir("reader")) / "keymap.toml"


def read_config(path: Path, limit: int = MAX_BYTES) -> str:
    """The text of a small configuration file: a regular file of at most ``limit`` bytes,
    opened without blocking (a FIFO is refused before anything waits on it:
    :func:`reader.text.files.read_regular`). Raises FileNotFoundError, Unreadable, OSError
    or UnicodeDecodeError."""
    try:
        data = read_regular(path, limit)
    except NotRegularFile:
        raise Unreadable("not a regular file") from None
    if data is None:
        raise Unreadable(f"{os.stat(path).st_size} bytes, over the {limit // 1024} KB limit")
    return data.decode("utf-8-sig")  # (a byte order mark, as Windows editors write, is no TOML)


def load_keymap(path: Path | None = None) -> tuple[dict[str, str], str | None]:
    """(keymap, problem): the remapped keys, and why the file was ignored if it was."""
    named = None if path is not None else "READER_KEYMAP" if os.environ.get("READER_KEYMAP") else (
        "config.toml" if _configured() else None)
    path = path or keymap_path()
    if (no_home := unexpanded_home(path)) is not None:
        return {}, f"{path}: keymap ignored ({no_home})"
    try:
        text = read_config(path)
        # TOML imported only when there is a file (as settings.py does): this module is
        # imported before the first frame, for read_config
        import tomllib

        data = tomllib.loads(text)
    except FileNotFoundError:
        return {}, (f"{path}: keymap ignored (no such file; {named} names it)" if named else None)
    except Unreadable as exc:
        return {}, f"{path}: keymap ignored ({exc})"
    except (OSError, UnicodeDecodeError, ValueError) as exc:  # TOMLDecodeError is a ValueError
        reason = exc.strerror if isinstance(exc, OSError) and exc.strerror else exc
        return {}, f"{path}: keymap ignored ({reason})"
    keymap = {str(k): v for k, v in data.items() if isinstance(v, str) and v.strip()}
    if len(keymap) != len(data):
        from reader.text.sanitize import one_line

        bad = [one_line(str(k))[:40] for k in data if str(k) not in keymap]
        named = ", ".join(bad[:3]) + (f" and {len(bad) - 3} more" if len(bad) > 3 else "")
        return keymap, f"{path}: entries that are not 'id = \"key\"' were ignored: {named}"
    return keymap, None


def _configured() -> bool:
    from reader.tui.settings import load_settings

    return load_settings()[0].keymap is not None


def user_keymap() -> tuple[dict[str, str], list[str]]:
    """The user's keymap as it applies (unknown ids and clashing keys left out), and one
    line per problem found: what ``reader`` reports on stderr before the TUI starts and
    the TUI again as a notification."""
    from reader.tui.bindings import check_keymap

    keymap, problem = load_keymap()
    accepted, problems = check_keymap(keymap)
    problems = ([problem] if problem else []) + problems
    if len(problems) > MAX_PROBLEMS:        # (a keymap of 5,000 bad lines: five messages and a count)
        problems = [*problems[: MAX_PROBLEMS - 1], f"keymap: {len(problems) - MAX_PROBLEMS + 1} more problems"]
    return accepted, problems
