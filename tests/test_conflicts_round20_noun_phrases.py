"""Round 20: a figure's noun found past what stands between number and noun — a name used
as a modifier with a lower-case word or two after it, two coordinated modifiers — and a
number at the start of a paragraph after a byline. Every text here is made up for the tests."""

from __future__ import annotations

import pytest
from test_conflicts_support import conflict_sets as _conflicts

from reader.analysis.figures import extract_figures


def _counted(text: str) -> list[tuple[float, str | None]]:
    return [(f.value, f.unit) for f in extract_figures(text)]


@pytest.mark.parametrize("text, value, unit", [
    ("Some 1,200 Ossory tram conductors walked out on Friday.", 1200, "conductor"),
    ("About 90 Kellfield County nurses were sent.", 90, "nurse"),
    ("Nearly 400 Brindle Works night staff were told to stay home.", 400, "staff"),
    ("The 14 Varrow council members voted.", 14, "member"),
])
def test_a_name_and_lower_case_modifiers_before_the_noun(text: str, value: int, unit: str) -> None:
    assert (value, unit) in _counted(text)


@pytest.mark.parametrize("text, value, unit", [
    ("All five morning and midday ferries to Skell were called off.", 5, "ferry"),
    ("Four wind or solar farms will close.", 4, "farm"),
    ("Some 30 red and white vans were parked.", 30, "van"),
])
def test_two_coordinated_modifiers_share_one_head(text: str, value: int, unit: str) -> None:
    assert (value, unit) in _counted(text)


@pytest.mark.parametrize("text, expected", [
    ("Six men and women were arrested.", [(6, "man")]),
    ("Three cars and two vans were hit.", [(3, "car"), (2, "van")]),
    ("It took 20 minutes and cost a lot.", [(20, "minute")]),
    ("In 2019 Ossory Rovers won the cup.", []),
])
def test_coordinated_heads_and_names_stay_as_they_were(text: str, expected: list) -> None:
    assert _counted(text) == expected


def test_a_number_opening_a_paragraph_after_a_byline_is_read() -> None:
    text = "By Tamsin Orle-Vack\n\nAbout 800 Ossory dock workers will strike on Monday."
    assert (800, "worker") in _counted(text)


def test_a_name_still_owns_its_number_in_a_line() -> None:
    assert _counted("Members of Dock Union Local 17 met on Monday.") == []


def test_counts_past_a_name_or_coordinated_modifiers_conflict() -> None:
    assert {1200.0, 1450.0} in _conflicts("Some 1,450 Ossory tram conductors will strike on Monday.",
                                          "About 1,200 tram conductors will strike on Monday.")
    assert {3.0, 5.0} in _conflicts("All five morning and midday ferries to Skell were cancelled.",
                                    "Three morning ferries to Skell were cancelled.")
    assert _conflicts("All five morning and midday ferries to Skell were cancelled.",
                      "Five morning ferries to Skell were cancelled.") == []


@pytest.mark.parametrize("text, value, unit", [
    ("Two 30-tonne cranes toppled.", 2, "crane"),
    ("Crews worked four 10-hour shifts.", 4, "shift"),
    ("About 20 6-year-old pupils were sent home.", 20, "pupil"),
])
def test_a_number_and_unit_compound_modifies_the_head(text: str, value: int, unit: str) -> None:
    assert (value, unit) in _counted(text)


def test_compound_counts_conflict() -> None:
    assert {2.0, 3.0} in _conflicts("Two 30-tonne cranes toppled at the Ossel yard.",
                                    "Three 30-tonne cranes toppled at the Ossel yard.")
