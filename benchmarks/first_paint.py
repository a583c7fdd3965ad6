"""Time to first paint of reader's TUI, against a minimal Textual app.

Each case is a real process in a pseudo-terminal (160×45), timed from just before it
is started to the moment its output shows the expected text (escape sequences
removed): for the minimal app (an ``App`` with one ``Static``) that text, for reader
the title of the first article, which the list and pane A show on the first screen.
Both are started the same way (``python -c``), so both include starting Python and
importing Textual. Runs are interleaved; each figure is the median.

Beside the wall time, the CPU time the process has used by then (all its threads, read
from ``/proc/<pid>/task/*/schedstat`` the moment the text shows; Linux only): on a
shared machine the wall time of a 0.2 s start moves by tens of per cent with the load,
the CPU time less, which helps tell a change of a few milliseconds from noise. It
counts what the process does after its first frame until the frame is seen (reader
goes on to fill its panes; the minimal app has nothing left to do), so its ratio is
for comparing reader with itself, not the target's.

Each reader case has a cache folder of its own (``READER_CACHE_DIR``, a temporary
folder), so a figure does not depend on what else the user's cache holds (the
front-matter cache is sharded, so a run reads only its own articles' shards, but the
other caches are shared by whatever the user opened).
``--user-cache`` runs with the user's cache folder instead, shared by every case.
Before the runs, each case's library is loaded once in a process that exits normally
(:func:`fill_cache`), as a session the user quit leaves it: the timed runs, and the
warm-up run, are ended by SIGTERM, which runs no exit handlers, so they save nothing
(the front-matter cache is written once the library is loaded, and at exit).
``--cold-cache`` empties the folders before each run: every run then reads its front
matter with PyYAML and markdown-it, as on the first start after installing or after a
new version of the cache.

Cases
    minimal      the minimal Textual app
    reader       reader on the bundled story (5 articles)
    reader-10k   reader on a generated library of 10,000 Markdown articles
                 (300-600 words each, written to a temporary folder)

Targets: reader within 1.2× of the minimal app; reader-10k within 1.5 s.

    python -m benchmarks.first_paint [--runs N] [--quick] [--user-cache] [--check]
"""

from __future__ import annotations

import argparse
import contextlib
import fcntl
import os
import platform
import pty
import random
import re
import select
import signal
import statistics
import struct
import sys
import tempfile
import termios
import time
from pathlib import Path
from typing import NamedTuple

ROOT = Path(__file__).resolve().parent.parent
WIDTH, HEIGHT = 160, 45
TIMEOUT = 30.0
RATIO_TARGET = 1.2
LIBRARY_TARGET = 1.5

MINIMAL = """
from textual.app import App
from textual.widgets import Static

class Minimal(App):
    def compose(self):
        yield Static("Minimal first paint")

Minimal().run()
"""
READER = "import sys; from reader.tui import run; sys.exit(run(sys.argv[1:]))"

_ESCAPES = re.compile(rb"\x1b(?:\[[0-?]*[ -/]*[@-~]|\][^\x07\x1b]*(?:\x07|\x1b\\)|[PX^_][^\x1b]*\x1b\\|[@-Z\\-_])")


def spawn(argv: list[str], env: dict[str, str]) -> tuple[int, int]:
    """``argv`` started in a pseudo-terminal of ``WIDTH`` × ``HEIGHT``: (pid, pty fd)."""
    pid, fd = pty.fork()
    if pid == 0:  # child
        try:
            os.execve(argv[0], argv, env)
        finally:
            os._exit(127)
    fcntl.ioctl(fd, termios.TIOCSWINSZ, struct.pack("HHHH", HEIGHT, WIDTH, 0, 0))
    return pid, fd


class Paint(NamedTuple):
    wall: float        # seconds from starting the process until the marker showed
    cpu: float | None  # CPU seconds the process had used by then (None: not on Linux)


def cpu_seconds(pid: int) -> float | None:
    """CPU seconds process ``pid`` has used so far, all its threads (None when unknown)."""
    total = 0
    try:
        for task in os.listdir(f"/proc/{pid}/task"):
            with open(f"/proc/{pid}/task/{task}/schedstat") as stat:
                total += int(stat.read().split()[0])
    except (OSError, ValueError, IndexError):
        return None
    return total / 1e9


def first_paint(argv: list[str], marker: str, env: dict[str, str]) -> Paint:
    """Time from starting ``argv`` in a pty until its screen shows ``marker``."""
    wanted = marker.encode()
    started = time.perf_counter()
    pid, fd = spawn(argv, env)
    seen = b""
    try:
        while True:
            left = started + TIMEOUT - time.perf_counter()
            if left <= 0:
                raise TimeoutError(f"{marker!r} never appeared; output ended with {seen[-300:]!r}")
            ready, _, _ = select.select([fd], [], [], left)
            if not ready:
                continue
            try:
                chunk = os.read(fd, 65536)
            except OSError:
                raise RuntimeError(f"the process ended before showing {marker!r}: {seen[-500:]!r}") from None
            if not chunk:
                raise RuntimeError(f"the process ended before showing {marker!r}")
            seen += chunk
            if wanted in _ESCAPES.sub(b"", seen):
                wall = time.perf_counter() - started
                return Paint(wall, cpu_seconds(pid))
    finally:
        _stop(pid, fd)


def _stop(pid: int, fd: int) -> None:
    with contextlib.suppress(ProcessLookupError):
        os.kill(pid, signal.SIGTERM)
    deadline = time.monotonic() + 5
    while time.monotonic() < deadline:
        try:
            # keep draining so the child never blocks on a full pty while it exits
            if select.select([fd], [], [], 0.05)[0]:
                os.read(fd, 65536)
        except OSError:
            pass
        done, _ = os.waitpid(pid, os.WNOHANG)
        if done:
            break
    else:
        os.kill(pid, signal.SIGKILL)
        os.waitpid(pid, 0)
    os.close(fd)


def make_library(folder: Path, count: int) -> str:
    """Write ``count`` Markdown articles; returns the first one's title."""
    rng = random.Random(10_000)
    words = [
        "court", "ruling", "agency", "data", "taxpayer", "address", "immigration", "judge", "federal", "order",
        "appeal", "law", "privacy", "government", "report", "statement", "officials", "record", "million", "case",
        "plan", "week", "state", "city", "people", "policy", "said", "would", "could", "after", "before", "while",
        "under", "over", "against", "between", "program", "lawsuit", "group",
    ]
    first = ""
    for i in range(count):
        title = f"Library article {i:05d} about the {rng.choice(words)} {rng.choice(words)}"
        first = first or title
        paragraphs = []
        total, target = 0, rng.randint(300, 600)
        while total < target:
            n = rng.randint(30, 80)
            paragraphs.append(" ".join(rng.choice(words) for _ in range(n)).capitalize() + ".")
            total += n
        (folder / f"article-{i:05d}.md").write_text(
            f"---\ntitle: {title}\noutlet: Outlet {i % 37}\n---\n\n" + "\n\n".join(paragraphs) + "\n",
            encoding="utf-8")
    return first


def environment() -> dict[str, str]:
    # PYTHONDONTWRITEBYTECODE would stop the warm-up run from writing reader's .pyc files,
    # so every run would compile reader from source while Textual's come pre-compiled.
    dropped = ("NO_COLOR", "FORCE_COLOR", "TEXTUAL", "TMUX", "PYTHONDONTWRITEBYTECODE")
    env = {k: v for k, v in os.environ.items() if k not in dropped}
    env["TERM"] = "xterm-256color"
    env["COLORTERM"] = "truecolor"
    env["PYTHONPATH"] = os.pathsep.join(filter(None, [str(ROOT), os.environ.get("PYTHONPATH")]))
    return env


def _cache_env(env: dict[str, str], folder: Path, args: argparse.Namespace) -> dict[str, str]:
    """``env`` with reader's cache in ``folder`` (unless the user's cache is asked for)."""
    if args.user_cache:
        return env
    folder.mkdir(exist_ok=True)
    return {**env, "READER_CACHE_DIR": str(folder)}


def empty(folder: Path) -> None:
    """``folder`` emptied (for ``--cold-cache``: reader saves the front matter it read
    once its library is loaded, which a run may reach before it is ended)."""
    import shutil

    shutil.rmtree(folder, ignore_errors=True)
    folder.mkdir()


def fill_cache(sources: list[str], env: dict[str, str]) -> None:
    """Load ``sources`` (the bundled story when empty) with ``env`` in a process that
    exits normally, so its caches are saved as a session the user quit saves them."""
    import subprocess

    code = "import sys; from reader.library.loading import load_library; load_library(sys.argv[1:])"
    subprocess.run([sys.executable, "-c", code, *sources], env=env, check=True, stdin=subprocess.DEVNULL)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=7, help="runs per case (default 7)")
    parser.add_argument("--quick", action="store_true", help="3 runs per case")
    parser.add_argument("--articles", type=int, default=10_000, help="size of the generated library")
    parser.add_argument("--no-library", action="store_true", help="leave out the 10,000-article case")
    parser.add_argument("--user-cache", action="store_true",
                        help="use the user's cache folder (shared by every case), not one per case")
    parser.add_argument("--cold-cache", action="store_true",
                        help="leave each case's cache folder empty (front matter parsed at every run)")
    parser.add_argument("--check", action="store_true", help="exit 1 when a target is missed")
    args = parser.parse_args(argv)
    runs = 3 if args.quick else args.runs

    from reader.library.loading import load_library

    bundled_title = load_library().articles[0].title[:24]
    env = environment()
    python = sys.executable
    import textual

    print(f"cpus: {os.cpu_count()} · {platform.platform()} · Python {platform.python_version()} · "
          f"Textual {textual.__version__}")
    print(f"load average at start: {' '.join(f'{x:.2f}' for x in os.getloadavg())}")
    library_case = f"reader-{args.articles // 1000}k"
    with tempfile.TemporaryDirectory(prefix="reader-first-paint-") as tmp:
        folder = Path(tmp)
        cases = {
            "minimal": ([python, "-c", MINIMAL], "Minimal first paint", env),
            "reader": ([python, "-c", READER], bundled_title, _cache_env(env, folder / "cache-reader", args)),
        }
        if not args.no_library:
            made = time.perf_counter()
            (folder / "library").mkdir()
            library_title = make_library(folder / "library", args.articles)
            print(f"generated {args.articles:,} articles in {time.perf_counter() - made:.1f} s")
            cases[library_case] = ([python, "-c", READER, str(folder / "library")], library_title[:24],
                                   _cache_env(env, folder / "cache-library", args))
        if not args.cold_cache:
            for name, (command, _marker, case_env) in cases.items():
                if name != "minimal":
                    fill_cache(command[3:], case_env)
        for command, marker, case_env in cases.values():  # warm the file cache and .pyc files
            first_paint(command, marker, case_env)
        times: dict[str, list[float]] = {name: [] for name in cases}
        cpus: dict[str, list[float]] = {name: [] for name in cases}
        for _ in range(runs):
            for name, (command, marker, case_env) in cases.items():
                if args.cold_cache and not args.user_cache and "READER_CACHE_DIR" in case_env:
                    empty(Path(case_env["READER_CACHE_DIR"]))  # (a run may save before it is ended)
                paint = first_paint(command, marker, case_env)
                times[name].append(paint.wall)
                if paint.cpu is not None:
                    cpus[name].append(paint.cpu)

    print(f"load average at end: {' '.join(f'{x:.2f}' for x in os.getloadavg())} · {runs} interleaved runs"
          f"{' · the user cache folder' if args.user_cache else ''}{' · cold cache' if args.cold_cache else ''}")
    medians = {name: statistics.median(values) for name, values in times.items()}
    base = medians["minimal"]
    print()
    cpu = {name: statistics.median(values) for name, values in cpus.items() if len(values) == runs}
    print("| case | median | min | max | vs minimal | CPU median | CPU vs minimal |")
    print("|---|---:|---:|---:|---:|---:|---:|")
    for name, values in times.items():
        cpu_cells = (f"{cpu[name]:.3f} s | {cpu[name] / cpu['minimal']:.2f}×" if name in cpu and "minimal" in cpu
                     else "– | –")
        print(f"| {name} | {medians[name]:.3f} s | {min(values):.3f} s | {max(values):.3f} s | "
              f"{medians[name] / base:.2f}× | {cpu_cells} |")
    ratio = medians["reader"] / base
    library = medians.get(library_case, 0.0)
    print()
    print(f"reader / minimal: {ratio:.2f}× (target ≤ {RATIO_TARGET}×): {'ok' if ratio <= RATIO_TARGET else 'MISSED'}")
    if "reader" in cpu and "minimal" in cpu:
        print(f"reader / minimal in CPU time: {cpu['reader'] / cpu['minimal']:.2f}× "
              "(less disturbed by the load; counts work done after the first frame, see above)")
    if library_case in medians:
        print(f"{args.articles:,}-article library: {library:.2f} s (target ≤ {LIBRARY_TARGET} s): "
              f"{'ok' if library <= LIBRARY_TARGET else 'MISSED'}")
    missed = ratio > RATIO_TARGET or library > LIBRARY_TARGET
    return 1 if (args.check and missed) else 0


if __name__ == "__main__":
    sys.exit(main())
