"""A story whose one written zone is "local time" tells its other times on that clock too;
with another zone written anywhere, a time of no zone stays apart (invented texts)."""

from __future__ import annotations

from reader.analysis.clock_times import one_local_zone
from reader.analysis.conflicts import find_conflicts
from tests.test_conflicts_support import art

REST = " The Brindle Air turboprop from Hesk carried 31 passengers, the Vennick transport agency said."


def _times(*bodies: str) -> list[list[float]]:
    arts = [art(f"a{n}", b + REST) for n, b in enumerate(bodies)]
    return [sorted(v.value for v in c.values) for c in find_conflicts(arts) if c.quantity.startswith("time ")]


def test_local_time_and_no_zone_are_one_clock_in_a_story_of_one_zone() -> None:
    assert _times("The turboprop landed at Hesk at about 6:10 p.m. local time on Monday.",
                  "The turboprop landed at Hesk shortly before 7 p.m. on Monday.") == [[1090, 1140]]
    assert _times("The turboprop landed at Hesk at 6:10 p.m. local time on Monday.",
                  "The turboprop landed at Hesk at 6:10 p.m. on Monday.") == []


def test_another_zone_written_keeps_a_time_of_no_zone_apart() -> None:
    assert _times("The turboprop landed at Hesk at about 6:10 p.m. local time (1710 GMT) on Monday.",
                  "The turboprop landed at Hesk shortly before 7 p.m. on Monday.",
                  "The turboprop landed at Hesk at 5:10 p.m. GMT on Monday.") == []


def test_the_keys_fold_only_with_local_time_the_one_zone() -> None:
    keys = [("clock:local", "landing"), ("clock", "landing"), ("passenger", None), None]
    assert one_local_zone(keys) == [("clock:local", "landing"), ("clock:local", "landing"), ("passenger", None), None]
    assert one_local_zone([("clock", "crash"), ("clock:eastern", "crash")]) == [("clock", "crash"),
                                                                                  ("clock:eastern", "crash")]
    assert one_local_zone([("clock", "crash")]) == [("clock", "crash")]
