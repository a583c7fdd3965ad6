"""No regular expression of reader backtracks exponentially or cubically on hostile text.

One sentence of ordinary news ("A 61-year-old spectator from Raleigh was in critical
condition …") once hung `reader story` for ever: a place-name pattern compiled with
IGNORECASE split "Raleigh was in …" into letters in exponentially many ways; and a line of
30,000 spaces after "4 p.m." took minutes (a time-zone pattern with two runs of spaces side by
side). Here every pattern a module of ``reader`` compiles at import is searched in hostile
strings of two sizes (tests/test_regex_backtracking_support.py) in a child process, with
those compiled inside functions while it analyses a small invented story, so a
pattern that never returns is stopped and named. Speed is judged as growth, each size timed
in the same run: three times the text may take about nine times as long (a search that scans
ahead from every position), not 27 (cubic) or more.
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

HERE = Path(__file__).parent
HANG = 240          # seconds: the whole probe takes about 20 on two busy cores
MOST_GROWTH = 18    # three times the text: quadratic work grows 9 times, cubic 27
FLOOR = 0.005       # seconds: shorter searches are too quick to time apart


def _probe(cache: Path) -> list[str]:
    env = {**os.environ, "PYTHONPATH": os.pathsep.join([str(HERE.parent), str(HERE)]), "READER_CACHE_DIR": str(cache)}
    try:
        done = subprocess.run([sys.executable, str(HERE / "test_regex_backtracking_support.py"), str(MOST_GROWTH),
                               str(FLOOR)],
                              capture_output=True, text=True, timeout=HANG, env=env, check=False)
    except subprocess.TimeoutExpired as stopped:
        out = stopped.stdout.decode() if isinstance(stopped.stdout, bytes) else (stopped.stdout or "")
        started = [line for line in out.splitlines() if line.startswith("start ")]
        pytest.fail(f"a pattern never returned: {started[-1][6:] if started else '(none started)'}")
    assert done.returncode == 0, done.stderr[-2000:]
    return done.stdout.splitlines()


def test_no_pattern_backtracks_badly_on_hostile_text(tmp_path: Path) -> None:
    lines = _probe(tmp_path)
    assert lines[-1] == "end"
    times = [line.removeprefix("times ").rsplit(maxsplit=2) for line in lines if line.startswith("times ")]
    assert len(times) > 500 and any(t[0].startswith("(inline)") for t in times)    # (the patterns were found)
    slow = {name: round(float(large) / max(float(small), FLOOR), 1)
            for name, small, large in times if float(large) > MOST_GROWTH * max(float(small), FLOOR)}
    assert not slow, slow
