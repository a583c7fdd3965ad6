"""Starting the TUI: the one place the command line reaches ``reader.tui``, imported inside
the function that opens it so that no other command pays for Textual."""

from __future__ import annotations

from reader.cli.streams import warn


def check_keymap() -> None:
    """Report the user's keymap problems on stderr before the TUI takes the screen (the
    TUI shows them again as notifications)."""
    from reader.tui.keymap_file import user_keymap

    for problem in user_keymap()[1]:
        warn(problem)


def start_tui(paths: list[str], pair: tuple[str, str] | None = None) -> int:
    from reader.tui import run

    check_keymap()
    return run(paths) if pair is None else run(paths, pair=pair)
