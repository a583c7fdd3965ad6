"""User key remapping: a TOML file of ``binding-id = "key"`` lines.

The file is ``keymap.toml`` in reader's configuration folder (for example
``~/.config/reader/keymap.toml``), or the file named by ``READER_KEYMAP``::

    "reader.next-source" = "ctrl+n"
    "reader.quit" = "q,ctrl+c"

Binding ids are listed on the help screen (``?``). A missing file is no keymap; a broken
one is reported and ignored.
"""

from __future__ import annotations

import os
import tomllib
from pathlib import Path


def keymap_path() -> Path:
    named = os.environ.get("READER_KEYMAP")
    if named:
        return Path(named)
    from platformdirs import user_config_dir

    return Path(user_config_dir("reader")) / "keymap.toml"


def load_keymap(path: Path | None = None) -> tuple[dict[str, str], str | None]:
    """(keymap, problem): the remapped keys, and why the file was ignored if it was."""
    path = path or keymap_path()
    try:
        data = tomllib.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError:
        return {}, None
    except (OSError, UnicodeDecodeError, tomllib.TOMLDecodeError) as exc:
        return {}, f"{path}: keymap ignored ({exc})"
    keymap = {str(k): v for k, v in data.items() if isinstance(v, str) and v.strip()}
    if len(keymap) != len(data):
        return keymap, f"{path}: entries that are not 'id = \"key\"' were ignored"
    return keymap, None
