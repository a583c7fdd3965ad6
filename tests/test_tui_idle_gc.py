"""The TUI's full garbage collections wait for the user to be idle."""

from __future__ import annotations

import gc

from reader.tui.idle_gc import DUE, IDLE, OUT_OF_REACH, IdleCollector


class Clock:
    def __init__(self) -> None:
        self.now = 100.0

    def __call__(self) -> float:
        return self.now


def test_collects_only_when_due_and_idle() -> None:
    clock, calls = Clock(), []
    collector = IdleCollector(clock=clock, collect=lambda: calls.append(clock.now))
    collector.pending = DUE - 1
    clock.now += IDLE + 1
    assert not collector.tick() and calls == []          # not due yet
    collector.pending = DUE
    collector.touched()
    clock.now += IDLE / 2
    assert not collector.tick() and calls == []          # due, but a key was just pressed
    clock.now += IDLE
    assert collector.tick() and calls == [clock.now]     # due and idle
    assert collector.pending == 0 and not collector.tick()


def test_start_keeps_the_oldest_generation_and_stop_restores() -> None:
    before = gc.get_threshold()
    collector = IdleCollector(collect=lambda: None)
    collector.start()
    try:
        assert gc.get_threshold() == (before[0], before[1], OUT_OF_REACH)
        gc.collect(1)  # a young collection is counted towards the next full one
        assert collector.pending >= 1
    finally:
        collector.stop()
    assert gc.get_threshold() == before
    pending = collector.pending
    gc.collect(1)
    assert collector.pending == pending  # no longer counting
