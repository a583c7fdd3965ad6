"""The British form of a clock time, a dot between hours and minutes ("7.12am", "3.47
am"), is read as the colon form is; a decimal without "am"/"pm" is no time."""

from __future__ import annotations

import pytest

from tests.test_conflicts_support import conflicts_of, keys_of


@pytest.mark.parametrize(("text", "figure"), [
    ("The plane landed at 7.12am on Friday.", "7.12am"),
    ("The plane landed at 3.47 am on Friday.", "3.47 am"),
    ("The plane landed at 11.05 p.m. on Friday.", "11.05 p.m."),
])
def test_a_dotted_clock_time_is_read(text: str, figure: str) -> None:
    assert keys_of(text)[figure] == ("clock", "landing")


def test_a_decimal_is_no_time_and_dotted_times_compare_with_colon_ones() -> None:
    assert keys_of("Fares rose to 7.12 a trip on Friday.").get("7.12") is None
    a = "The plane landed at 7.12am on Friday at Corran airport, officials said."
    assert conflicts_of(a, a.replace("at 7.12am", "shortly before 8am")) == [[432, 480]]
    assert conflicts_of(a, a.replace("7.12am", "7:12 a.m.")) == []
