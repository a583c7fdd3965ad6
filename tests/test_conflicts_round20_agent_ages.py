"""Round 20: the age of the agent of a role verb ("The barge, skippered by a 61-year-old
who ...") is the role's age. Every text here is made up for the tests."""

from __future__ import annotations

from test_conflicts_support import conflict_sets as _conflicts
from test_conflicts_support import keys_in as _keys


def test_the_agent_of_a_role_verb_holds_the_role() -> None:
    keys = _keys("The bus, driven by a 44-year-old who had worked for Varrow Coaches for a decade, left the road.",
                 "The bus's driver, a 46-year-old man, was unhurt.")
    assert keys["44-year-old"] == keys["46-year-old man"] == ("age", "the driver")


def test_agent_ages_conflict_in_several_wordings() -> None:
    assert {44.0, 46.0} in _conflicts("The bus, driven by a 44-year-old man from Ossel, left the road.",
                                      "The 46-year-old driver of the bus was unhurt.")
    assert {61.0, 63.0} in _conflicts("The plane, flown by a 61-year-old who had logged 9,000 hours, "
                                      "came down in a field.",
                                      "The pilot, 63, walked away from the wreck.")
    assert _conflicts("The bus, driven by a 46-year-old woman, left the road.",
                      "The bus's driver, a 46-year-old woman, was unhurt.") == []


def test_a_second_vehicle_makes_two_drivers_and_no_comparison() -> None:
    assert _conflicts("The bus, driven by a 44-year-old man, hit a van.",
                      "The van's driver, a 29-year-old woman, was unhurt.") == []


def test_a_thing_was_driven_by_is_no_second_vehicle() -> None:
    assert {44.0, 46.0} in _conflicts("The bus was driven by a 44-year-old man from Ossel.",
                                      "The bus's driver, a 46-year-old man, was unhurt.")


def test_people_in_general_are_no_second_driver() -> None:
    # a bare plural in a quote is drivers in general; "the two drivers" are two of the story
    generic = "\"Drivers see a green light ahead, they pull forward, and then they're stuck,\" an engineer said."
    assert {39.0, 44.0} in _conflicts("The driver, a 44-year-old man from Waukegan, was not hurt.",
                                      "The truck's driver, a 39-year-old delivery driver, was questioned.", generic)
    assert _conflicts("The driver, a 44-year-old man from Waukegan, was not hurt.",
                      "The truck's driver, a 39-year-old delivery driver, was questioned.",
                      "Police said both drivers were questioned.") == []
    assert _conflicts("The driver, a 44-year-old man from Waukegan, was not hurt.",
                      "The truck's driver, a 39-year-old delivery driver, was questioned.",
                      "Police questioned the drivers at the scene.") == []
