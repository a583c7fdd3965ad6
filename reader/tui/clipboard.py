"""Copying text: Textual's ``copy_to_clipboard`` (OSC 52: works over SSH, and in tmux
with ``set-clipboard on``) plus the system's clipboard tool when one is on PATH."""

from __future__ import annotations

import shutil
import subprocess
import threading
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from textual.app import App

NATIVE = (["wl-copy"], ["xclip", "-selection", "clipboard"], ["xsel", "--clipboard", "--input"], ["pbcopy"])
TIMEOUT = 2.0


def native_copy(text: str) -> str | None:
    """Give ``text`` to the first clipboard tool found; its name, or None. Never raises."""
    for command in NATIVE:
        path = shutil.which(command[0])
        if path is None:
            continue
        try:
            done = subprocess.run([path, *command[1:]], input=text.encode("utf-8"), stdout=subprocess.DEVNULL,
                                  stderr=subprocess.DEVNULL, timeout=TIMEOUT, check=False)
        except (OSError, subprocess.SubprocessError):
            continue
        if done.returncode == 0:
            return command[0]
    return None


def copy(app: App[Any], text: str) -> None:
    """Copy ``text`` by OSC 52, and by a native tool in a background thread."""
    app.copy_to_clipboard(text)
    threading.Thread(target=lambda: native_copy(text), name="reader-clipboard", daemon=True).start()
