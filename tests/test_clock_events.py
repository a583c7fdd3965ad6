"""Clock times of more kinds of event: a levee that broke, a tornado that struck, a crowd
crush, an escape, a break-in; a warning's or a report's time is none of them."""

from __future__ import annotations

import pytest

from tests.test_conflicts_support import conflicts_of, keys_of


@pytest.mark.parametrize(("text", "figure", "event"), [
    ("The levee broke shortly after 4 a.m. Sunday, flooding Port Vireo.", "shortly after 4 a.m.", "breach"),
    ("The tornado struck Caswell around 5:40 p.m.", "around 5:40 p.m.", "tornado"),
    ("The crush happened at about 10:15 p.m. near the main stage.", "about 10:15 p.m.", "crush"),
    ("The two inmates escaped around 5 a.m. Friday.", "around 5 a.m.", "escape"),
    ("The thieves forced a side door at around 3:45 am.", "around 3:45 am.", "break-in"),
])
def test_the_time_of_more_kinds_of_event_is_read(text: str, figure: str, event: str) -> None:
    assert keys_of(text)[figure] == ("clock", event)


def test_a_warnings_time_is_not_the_events_and_two_times_of_one_breach_conflict() -> None:
    assert keys_of("A tornado warning was issued at 5:10 p.m.") == {}
    a = "The levee on the Vireo river broke shortly after 4 a.m. Sunday, the parish said."
    assert conflicts_of(a, a.replace("shortly after 4 a.m.", "around 6:30 a.m.")) == [[240, 390]]
