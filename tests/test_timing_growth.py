"""The timing helper itself: measuring again lets a passing disturbance by, never quadratic work."""

from __future__ import annotations

import time

from test_timing_support import FLOOR, growth

UNIT = FLOOR / 100     # seconds a run of size 1 sleeps, so size 100 takes FLOOR


def _quadratic(n: int) -> None:
    time.sleep(UNIT * n * n / 100)


def test_quadratic_work_fails_every_attempt():
    assert growth(_quadratic, 100, factor=2, limit=3) >= 3


def test_a_disturbance_of_one_whole_comparison_passes():
    state = {"larger_runs": 0, "over": False}

    def disturbed_once(n: int) -> None:
        if n > 100:
            state["larger_runs"] += 1
        elif state["larger_runs"]:
            state["over"] = True            # a second comparison began: the burst has passed
        slowed = n > 100 and not state["over"]
        time.sleep(UNIT * n * (4 if slowed else 1))

    assert growth(disturbed_once, 100, factor=2, limit=3) < 3
    assert state["over"]      # the verdict came from a second comparison
