"""End to end: start reader's TUI in a real terminal (tmux), press keys, read the screen.

The installed ``reader`` script next to the interpreter running the tests is started
with no arguments, as a user starts it.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import time
import uuid
from pathlib import Path

import pytest
from conftest import child_env

WIDTH, HEIGHT = 160, 45


def _missing(reason: str):
    # On CI a missing tool is a broken set-up, not a reason to skip the one test that
    # runs reader as a user does.
    if os.environ.get("CI"):
        pytest.fail(reason)
    pytest.skip(reason)


def _command() -> list[str]:
    script = Path(sys.executable).with_name("reader")
    if not script.exists():
        _missing(f"the reader console script is not installed next to {sys.executable}")
    return [str(script)]


class Terminal:
    def __init__(self, command: list[str], cwd: Path, keymap_text: str = "", stderr: Path | None = None) -> None:
        self.socket = f"reader-e2e-{os.getpid()}-{uuid.uuid4().hex[:8]}"
        keymap = cwd / "keymap.toml"  # not the user's; a named file that is missing is reported
        keymap.write_text(keymap_text)
        (cwd / "config.toml").write_text("")  # nor the user's settings
        env = child_env(TERM="xterm-256color", COLORTERM="truecolor", READER_KEYMAP=str(keymap),
                        READER_CONFIG=str(cwd / "config.toml"))
        env.pop("TMUX", None)
        self.env = env
        shell = " ".join(_quote(part) for part in command)
        if stderr is not None:
            shell += f" 2>{_quote(str(stderr))}"
        self.tmux("new-session", "-d", "-s", "reader", "-x", str(WIDTH), "-y", str(HEIGHT),
                  f"cd {_quote(str(cwd))} && exec {shell}")

    def tmux(self, *args: str) -> subprocess.CompletedProcess:
        return subprocess.run(["tmux", "-L", self.socket, "-f", "/dev/null", *args], env=self.env,
                              capture_output=True, text=True, timeout=30)

    def screen(self, escapes: bool = False) -> str:
        """The screen as a person reads it; with ``escapes``, with its colours too."""
        return self.tmux("capture-pane", "-p", *(["-e"] if escapes else []), "-t", "reader").stdout

    def press(self, *keys: str) -> None:
        self.tmux("send-keys", "-t", "reader", *keys)

    def wait_for(self, predicate, timeout: float = 30) -> str:
        deadline = time.monotonic() + timeout
        text = ""
        while time.monotonic() < deadline:
            text = self.screen()
            if predicate(text):
                return text
            time.sleep(0.1)
        raise AssertionError(f"the screen never showed what was expected; it shows:\n{text}")

    def running(self) -> bool:
        return self.tmux("has-session", "-t", "reader").returncode == 0

    def close(self) -> None:
        self.tmux("kill-server")


def _quote(text: str) -> str:
    return "'" + text.replace("'", "'\\''") + "'"


@pytest.fixture
def terminal(tmp_path):
    if shutil.which("tmux") is None:
        _missing("tmux is not installed (.ci/run installs it)")
    term = Terminal(_command(), tmp_path)
    yield term
    term.close()


def test_reader_in_a_real_terminal(terminal):
    first = terminal.wait_for(lambda s: "B shares" in s and "% of its words with A" in s)
    top = first.splitlines()[0]
    # the list shows the bundled articles; panes A and B show CNN and its reworded copy
    assert "Federal judge blocks IRS" in first and "Judge Rules IRS" in first
    assert "Federal judge blocks IRS from sharing" in top            # pane A header
    assert "A federal judge on Friday blocked the IRS" in top        # pane B header
    assert "passage" in first and "sync on" in first

    terminal.press("}")
    after = terminal.wait_for(lambda s: "Judge Rules IRS Broke Law" in s.splitlines()[0])
    assert "Federal judge blocks IRS from sharing" in after.splitlines()[0]  # A stays

    terminal.press("?")
    terminal.wait_for(lambda s: "reader keys" in s and "reader.next-source" in s)
    terminal.press("Escape")
    terminal.wait_for(lambda s: "reader keys" not in s)

    terminal.press("q")
    deadline = time.monotonic() + 15
    while terminal.running() and time.monotonic() < deadline:
        time.sleep(0.1)
    assert not terminal.running()


def test_focus_shows_as_a_person_sees_it(terminal):
    """Tab from the list to pane A, then to pane B: the screen's colours change (pane
    A's header, then pane B's, take the accent colour); the text does not."""
    terminal.wait_for(lambda s: "B shares" in s)
    terminal.press("Tab")
    time.sleep(0.5)
    a_focused = terminal.screen(escapes=True)
    terminal.press("Tab")
    time.sleep(0.5)
    b_focused = terminal.screen(escapes=True)
    assert a_focused != b_focused
    assert a_focused.splitlines()[0] != b_focused.splitlines()[0]  # the pane headers' row
    plain = terminal.screen()
    assert "Federal judge blocks IRS from sharing" in plain.splitlines()[0]


def test_the_tui_draws_on_the_terminal_when_stderr_is_redirected(tmp_path):
    if shutil.which("tmux") is None:
        _missing("tmux is not installed (.ci/run installs it)")
    log = tmp_path / "stderr.log"
    term = Terminal(_command(), tmp_path, stderr=log)
    try:
        term.wait_for(lambda s: "B shares" in s and "% of its words with A" in s)
        term.press("q")
        deadline = time.monotonic() + 15
        while term.running() and time.monotonic() < deadline:
            time.sleep(0.1)
    finally:
        term.close()
    assert "\x1b[" not in log.read_text(errors="replace")  # no screen drawn into the file


def test_a_keymap_with_an_unknown_id_is_reported_on_screen(tmp_path):
    if shutil.which("tmux") is None:
        _missing("tmux is not installed (.ci/run installs it)")
    term = Terminal(_command(), tmp_path, keymap_text='"reader.nope" = "z"\n')
    try:
        term.wait_for(lambda s: "unknown binding id" in " ".join(s.split()) and "reader.nope" in s)
    finally:
        term.close()
