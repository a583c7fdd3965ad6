"""An age in apposition written with its unit ("The Island Belle, 27 years old,") is the
named owner's age, and a length that "will take" years is keyed by what takes it
("Construction is expected to take nearly four years"). Every text here is made up for the
tests."""

from __future__ import annotations

from test_conflicts_support import conflict_sets as _conflicts
from test_conflicts_support import keys_in as _keys


def test_an_age_in_apposition_with_its_unit_is_the_owners() -> None:
    assert {27, 35} in _conflicts("The 35-year-old Harbor Wren is the larger of the two boats.",
                                  "The Harbor Wren, 27 years old, is the larger of the company's two vessels.")
    assert _conflicts("The 27-year-old Harbor Wren is the larger of the two boats.",
                      "The Harbor Wren, 27 years old, is the larger of the company's two vessels.") == []


def test_years_with_no_name_before_are_no_age() -> None:
    keys = _keys("The pier, built of oak, stood for 80 years until the storm.")
    assert keys["80 years"] != ("age", None) and (keys["80 years"] or ("",))[0] != "age"


def test_years_a_thing_takes_are_its_length() -> None:
    keys = _keys("Construction is expected to take nearly four years, the team said.")
    assert keys["nearly four years"] == ("duration:construct", None)
    found = _conflicts("Construction is expected to take nearly four years, the team said.",
                       "The team said construction will take about 32 months.")
    assert len(found) == 1 and 4 in found[0] and len(found[0]) == 2
