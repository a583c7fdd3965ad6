"""How long each key of reader's TUI takes to answer, as a person at the terminal sees it.

reader runs on the bundled story as a real process in a pseudo-terminal (160×45), the
way ``benchmarks.first_paint`` starts it. Once its first screen has settled (no output
for a while: the comparison, the share column and the side panel's tabs are done),
the keys below are written to the terminal one at a time, as their bytes, each once
the screen is quiet again. A key's time runs from writing its bytes to the last byte
of output before the screen goes quiet (no output for ``--quiet`` seconds): what the
key changed is then all on the screen, whatever worker drew it. A key given an
expected text must also have shown it (else the run fails), so a key that answered
with the wrong screen is not timed as fast.

The floor is the same key pressed in a bare Textual app (an ``App`` whose one
``Static`` shows the last key and a count, so every key changes one line), measured
in the same run: the terminal round trip, Textual's input parsing and one frame.
``net`` is reader's median minus that floor: what reader itself adds.

Each round is a fresh process per app (reader, then the bare app), pressing the whole
sequence; the table shows medians over the rounds.

Target: every key's net ≤ 100 ms.

    python -m benchmarks.key_latency [--runs N] [--quiet S] [--check]
"""

from __future__ import annotations

import argparse
import contextlib
import os
import platform
import re
import statistics
import sys
import time
from dataclasses import dataclass

from benchmarks.first_paint import _ESCAPES, _stop, environment, spawn

TARGET_MS = 100.0
QUIET = 0.25        # seconds without output: the key's answer is complete
IDLE = 0.4          # seconds without output before the next key is pressed
START_IDLE = 1.5    # ... before the first one (the start-up workers are done)
MAX_WAIT = 20.0     # a key that keeps the screen busy longer than this fails the run
FIRST_WAIT = 3.0    # a key with no output within this long drew nothing


@dataclass(frozen=True)
class Key:
    label: str             # as the table shows it
    data: bytes            # what the terminal sends
    where: str             # the screen or area it acts on
    expect: str = ""       # text its answer must show
    after: float = 0.0     # seconds to let pass before the next key (a notification to expire)


def _k(label: str, data: str, where: str, expect: str = "", after: float = 0.0) -> Key:
    return Key(label, data.encode(), where, expect, after)


ESC = "\x1b"
_MOVES = re.compile(rb"\x1b\[(\d+);\d+H")  # the cursor moved to (row, column)
NOTE = 4.5  # a notification's time on screen (ReaderApp.NOTIFICATION_TIMEOUT), and a margin

# The sequence: every key of the comparison screen (list, panes, side panel, search),
# the help screen and the Story screen, in an order where each one changes something.
KEYS = [
    _k("j", "j", "list"), _k("k", "k", "list"), _k("G", "G", "list"), _k("g", "g", "list"),
    _k("pagedown", ESC + "[6~", "list"), _k("pageup", ESC + "[5~", "list"),
    _k("j", "j", "list"), _k("b", "b", "list"), _k("enter", "\r", "list"), _k("k", "k", "list"),
    _k("a", "a", "list"),
    # This pair shares no passage: ] and [ say so in a notification, left to expire
    # before the next key (else its going is timed as part of a later key's answer).
    _k("]", "]", "screen", "share no passage", after=NOTE), _k("[", "[", "screen", "share no passage", after=NOTE),
    _k("}", "}", "screen"), _k("{", "{", "screen"),
    _k("x", "x", "screen"), _k("x", "x", "screen"),
    _k("s", "s", "screen", "Synchronised scrolling", after=NOTE),
    _k("s", "s", "screen", "Synchronised scrolling", after=NOTE),
    _k("tab", "\t", "pane A"), _k("j", "j", "pane A"), _k("k", "k", "pane A"),
    _k("space", " ", "pane A"), _k("pageup", ESC + "[5~", "pane A"), _k("G", "G", "pane A"),
    _k("g", "g", "pane A"),
    _k("tab", "\t", "pane B"), _k("j", "j", "pane B"), _k("G", "G", "pane B"), _k("g", "g", "pane B"),
    _k("/", "/", "search"), _k("t", "t", "search"), _k("h", "h", "search"), _k("e", "e", "search"),
    _k("enter", "\r", "search"), _k("n", "n", "pane B"), _k("N", "N", "pane B"),
    _k("/", "/", "search"), _k("escape", ESC, "search"),
    _k("shift+tab", ESC + "[Z", "pane A"),
    _k('"', '"', "side: quotes"), _k("j", "j", "side: quotes"), _k("k", "k", "side: quotes"),
    _k("G", "G", "side: quotes"), _k("g", "g", "side: quotes"),
    _k("y", "y", "side: quotes", "Copied", after=NOTE), _k("Y", "Y", "side: quotes", "Citation format", after=NOTE),
    _k("e", "e", "side: entities", "Entities"), _k("j", "j", "side: entities"), _k("G", "G", "side: entities"),
    _k("g", "g", "side: entities"), _k("enter", "\r", "side: entities"),
    _k("escape", ESC, "side: entities"),
    _k("?", "?", "help", "reader keys"), _k("escape", ESC, "help"),
    _k("m", "m", "story", "Shared text"),
    _k("j", "j", "story: map"), _k("l", "l", "story: map"), _k("h", "h", "story: map"),
    _k("k", "k", "story: map"), _k("G", "G", "story: map"), _k("g", "g", "story: map"),
    _k("+", "+", "story"),
    _k("tab", "\t", "story: lists"), _k("j", "j", "story: lists"), _k("pagedown", ESC + "[6~", "story: lists"),
    _k("G", "G", "story: lists"), _k("g", "g", "story: lists"),
    _k("escape", ESC, "story"),
    _k("m", "m", "story", "Shared text"), _k("enter", "\r", "story: map"),
]

BARE = """
from textual.app import App
from textual.widgets import Static

class Bare(App):
    count = 0

    def compose(self):
        yield Static("Bare app: press a key", id="shown")

    def on_key(self, event):
        event.prevent_default()
        event.stop()
        self.count += 1
        self.query_one("#shown", Static).update(f"Bare app: key {event.key} ({self.count})")

Bare().run()
"""


class Terminal:
    """A process in a pseudo-terminal, its output read as it comes."""

    def __init__(self, argv: list[str], env: dict[str, str]) -> None:
        self.pid, self.fd = spawn(argv, env)
        self.sent = 0.0   # when the last key was written
        self.seen = b""   # output since the last key was pressed
        self.chunks: list[tuple[float, bytes]] = []  # ... as it came: (time, bytes)

    def read(self, timeout: float) -> float | None:
        """Read what arrives within ``timeout`` seconds: the time it came, or None."""
        import select

        ready, _, _ = select.select([self.fd], [], [], max(timeout, 0.0))
        if not ready:
            return None
        try:
            chunk = os.read(self.fd, 1 << 16)
        except OSError:
            raise RuntimeError(f"the process ended; its output ended with {self.seen[-300:]!r}") from None
        if not chunk:
            raise RuntimeError("the process ended")
        now = time.perf_counter()
        self.seen += chunk
        self.chunks.append((now, chunk))
        return now

    def wait_for(self, text: str, timeout: float) -> None:
        deadline = time.perf_counter() + timeout
        while text.encode() not in _ESCAPES.sub(b"", self.seen):
            if self.read(deadline - time.perf_counter()) is None and time.perf_counter() >= deadline:
                raise TimeoutError(f"{text!r} never appeared; output ended with {self.seen[-300:]!r}")

    def settle(self, quiet: float, least: float = 0.0) -> float | None:
        """Read until no output has come for ``quiet`` seconds (and ``least`` seconds
        have passed); the time of the last output, or None when none came."""
        start = time.perf_counter()
        last = None
        while True:
            now = time.perf_counter()
            if now - start > MAX_WAIT:
                raise TimeoutError(f"the screen kept changing for {MAX_WAIT} s")
            wait = max(quiet - (now - (last or start)), least - (now - start))
            if wait <= 0:
                return last
            came = self.read(wait)
            if came is not None:
                last = came

    def press(self, key: Key, quiet: float) -> tuple[float | None, float | None]:
        """Write ``key``; (seconds to its first output, seconds to its last), None
        when it drew nothing."""
        self.seen, self.chunks = b"", []
        sent = time.perf_counter()
        os.write(self.fd, key.data)
        first = self.read(FIRST_WAIT)
        if first is None:
            return None, None
        last = self.settle(quiet) or first
        self.sent = sent
        if key.expect and key.expect.encode() not in _ESCAPES.sub(b"", self.seen):
            raise RuntimeError(f"key {key.label} ({key.where}) did not show {key.expect!r}: "
                               f"{_ESCAPES.sub(b'', self.seen)[-300:]!r}")
        return first - sent, last - sent

    def timeline(self) -> str:
        """The last key's output as it came, chunks within 3 ms of each other taken as
        one frame: ms after the key, bytes, the screen rows it moved the cursor to, and
        its first printable text (what was drawn)."""
        frames: list[tuple[float, bytes]] = []
        for at, chunk in self.chunks:
            if frames and at - frames[-1][0] < 0.003:
                frames[-1] = (at, frames[-1][1] + chunk)
            else:
                frames.append((at, chunk))
        parts = []
        for at, frame in frames:
            rows = sorted({int(m.group(1)) for m in _MOVES.finditer(frame)})
            span = f"rows {rows[0]}-{rows[-1]} ({len(rows)})" if rows else "no move"
            text = " ".join(_ESCAPES.sub(b" ", frame).decode(errors="replace").split())[:40]
            parts.append(f"{(at - self.sent) * 1000:.0f} ms {len(frame)} B {span} {text!r}")
        return "; ".join(parts)

    def close(self) -> None:
        _stop(self.pid, self.fd)


def run_round(argv: list[str], ready: str, keys: list[Key], env: dict[str, str],
              quiet: float, check_expect: bool,
              trace: list[str] | None = None) -> list[tuple[float | None, float | None]]:
    """Press ``keys`` in a fresh process; each key's (first, last) output times. With
    ``trace``, each key's output timeline is added to it."""
    terminal = Terminal(argv, env)
    try:
        terminal.wait_for(ready, 30.0)
        terminal.settle(START_IDLE)
        times = []
        for key in keys:
            pressed = key if check_expect else Key(key.label, key.data, key.where)
            times.append(terminal.press(pressed, quiet))
            if trace is not None:
                trace.append(f"{len(times)} {key.label} ({key.where}): {terminal.timeline()}")
            terminal.settle(IDLE, least=key.after)
        return times
    finally:
        terminal.close()


def _ms(value: float | None) -> str:
    return "—" if value is None else f"{value * 1000:.0f}"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=(__doc__ or "").splitlines()[0])
    parser.add_argument("--runs", type=int, default=3, help="rounds (fresh processes) per app (default 3)")
    parser.add_argument("--quiet", type=float, default=QUIET,
                        help=f"seconds without output that end a key's answer (default {QUIET})")
    parser.add_argument("--check", action="store_true", help="exit 1 when a key's net is over the target")
    parser.add_argument("--trace", action="store_true",
                        help="print each key's output as it came (time, bytes, text), from reader's last round")
    args = parser.parse_args(argv)

    from reader.library.loading import load_library
    from reader.library.resources import bundled_articles_dir

    title = load_library().articles[0].title[:24]
    env = environment()
    python = sys.executable
    reader_argv = [python, "-c", "import sys; from reader.tui import run; sys.exit(run(sys.argv[1:]))",
                   str(bundled_articles_dir())]
    bare_argv = [python, "-c", BARE]
    import textual

    print(f"cpus: {os.cpu_count()} · {platform.platform()} · Python {platform.python_version()} · "
          f"Textual {textual.__version__}")
    print(f"load average at start: {' '.join(f'{x:.2f}' for x in os.getloadavg())}")
    distinct = list(dict.fromkeys(k.data for k in KEYS))
    bare_keys = [Key(d.decode(), d, "bare") for d in distinct]
    reader_times: list[list[tuple[float | None, float | None]]] = []
    bare_times: list[list[tuple[float | None, float | None]]] = []
    trace: list[str] = []
    for _ in range(args.runs):
        trace.clear()
        reader_times.append(run_round(reader_argv, title, KEYS, env, args.quiet, True, trace))
        bare_times.append(run_round(bare_argv, "Bare app", bare_keys, env, args.quiet, False))

    floors: dict[bytes, float] = {}
    for n, data in enumerate(distinct):
        values = [r[n][1] for r in bare_times if r[n][1] is not None]
        floors[data] = statistics.median(values) if values else 0.0
    print(f"load average at end: {' '.join(f'{x:.2f}' for x in os.getloadavg())}")
    print(f"{args.runs} rounds; quiet {args.quiet * 1000:.0f} ms ends a key's answer\n")
    print("| # | key | where | first (ms) | answered (ms) | max (ms) | floor (ms) | net (ms) |")
    print("|---:|---|---|---:|---:|---:|---:|---:|")
    worst = 0.0
    nets = []
    for n, key in enumerate(KEYS):
        firsts = [r[n][0] for r in reader_times if r[n][0] is not None]
        lasts = [r[n][1] for r in reader_times if r[n][1] is not None]
        first = statistics.median(firsts) if firsts else None
        last = statistics.median(lasts) if lasts else None
        floor = floors[key.data]
        net = None if last is None else last - floor
        if net is not None:
            worst = max(worst, net)
            nets.append(net)
        label = key.label.replace("|", "\\|")
        print(f"| {n + 1} | `{label}` | {key.where} | {_ms(first)} | {_ms(last)} | "
              f"{_ms(max(lasts) if lasts else None)} | {_ms(floor)} | {_ms(net)} |")
    silent = [f"{k.label} ({k.where})" for n, k in enumerate(KEYS)
              if all(r[n][1] is None for r in reader_times)]
    print()
    if silent:
        print("drew nothing: " + ", ".join(silent))
    with contextlib.suppress(statistics.StatisticsError):
        print(f"median net {statistics.median(nets) * 1000:.0f} ms; floor median "
              f"{statistics.median(floors.values()) * 1000:.0f} ms")
    ok = worst * 1000 <= TARGET_MS
    print(f"slowest key net: {worst * 1000:.0f} ms (target ≤ {TARGET_MS:.0f} ms): {'ok' if ok else 'MISSED'}")
    if args.trace:
        print("\nreader's last round, each key's output as it came:")
        print("\n".join(trace))
    return 1 if (args.check and not ok) else 0


if __name__ == "__main__":
    sys.exit(main())
