"""A bare count opening its own clause after a total takes the total's noun, never its
event, and a part of the total told with the total's event is no rival value of it
(reader.analysis.clause_priors: clause_floor, breakdown_part). Every text here is made up
for the tests."""

from __future__ import annotations

import pytest
from test_conflicts_support import conflict_sets as _conflicts
from test_conflicts_support import keys_of


@pytest.mark.parametrize("text, part", [
    ("Eighteen outbound trains were cancelled and 35 were held for hours.", "35"),
    ("Some 12 ferries were grounded, and 40 were delayed by the fog.", "40"),
    ("At least nine lorries were impounded; 16 were waved through.", "16"),
])
def test_a_bare_count_takes_no_event_from_the_clause_before(text: str, part: str) -> None:
    keys = keys_of(text)
    whole = next(k for t, k in keys.items() if t != part)
    assert keys[part] is None or keys[part] != whole


@pytest.mark.parametrize("text, part", [
    ("Five warehouse staff were injured; three were treated at the scene and one went to hospital.", "three"),
    ("Nine climbers were hurt; six were treated by paramedics on the ridge.", "six"),
    ("Seven dock workers were injured, and four were treated for cuts at the quay.", "four"),
])
def test_a_part_told_with_the_totals_event_is_left_unkeyed(text: str, part: str) -> None:
    assert keys_of(text)[part] is None


@pytest.mark.parametrize("text, part, event", [
    ("Twelve people were hurt; four were taken to hospital.", "four", "hospital"),
    ("Six people died and 20 were injured in the crash.", "20", "hurt"),
    ("Ten hikers were hurt, and three were seriously injured.", "three", "hurt-serious"),
])
def test_a_part_with_an_event_of_its_own_keeps_it(text: str, part: str, event: str) -> None:
    assert keys_of(text)[part][1] == event      # type: ignore[index]


def test_a_total_told_with_its_breakdown_meets_the_other_reports_total() -> None:
    a = ("Five warehouse staff were injured at the Dunmore depot; three were treated at the scene and one went "
         "to hospital.")
    b = "Six warehouse staff were injured at the Dunmore depot on Friday, the company said."
    assert {5.0, 6.0} in _conflicts(a, b)


def test_a_total_and_its_split_meet_the_other_reports_total() -> None:
    a = "At the Pellworth terminal, 18 outbound trains were cancelled and 35 were held for hours."
    b = "Storms at the Pellworth terminal forced operators to cancel at least 25 trains on Monday."
    assert {18.0, 25.0} in _conflicts(a, b)


def test_the_same_total_with_its_breakdown_is_quiet() -> None:
    a = "Five warehouse staff were injured at the Dunmore depot; three were treated at the scene."
    b = "Five warehouse staff were injured at the Dunmore depot on Friday, the company said."
    assert _conflicts(a, b) == []


@pytest.mark.parametrize("text, figure", [
    ("At Pellworth, 18 outbound trains were cancelled and 35 trains were held for hours.", "35 trains"),
    ("Forty lorries were taken off the road and 30 lorries ran late.", "30 lorries"),
])
def test_a_count_with_its_noun_opening_its_own_clause_reads_no_verb_before(text: str, figure: str) -> None:
    key = keys_of(text)[figure]
    assert key is None or key[1] != "halted"


@pytest.mark.parametrize("text", [
    "A climber was killed and three others were badly hurt on the ridge.",
    "One hiker died, and three others were seriously injured in the fall.",
])
def test_the_others_of_their_own_clause_take_their_own_event(text: str) -> None:
    key = keys_of(text)["three others"]
    assert key is not None and key[0] == "person" and str(key[1]).startswith("hurt")


def test_the_others_of_their_own_clause_meet_the_other_reports_count() -> None:
    a = "A climber was killed and three others were badly hurt on the Tarsk ridge on Saturday, rescuers said."
    b = "Five climbers were badly hurt on the Tarsk ridge on Saturday and one man died, rescuers said."
    assert {3.0, 5.0} in _conflicts(a, b)


@pytest.mark.parametrize("text, part", [
    ("Stewards held 60 fans, including 15 who were held at the north gate.", "15"),
    ("Sixty fans were detained on Saturday, including 15 detained at the north gate.", "15"),
    ("Eighty cars were towed, among them 20 cars towed from Quay Street.", "20 cars"),
])
def test_a_listed_part_of_the_total_is_left_unkeyed(text: str, part: str) -> None:
    assert keys_of(text)[part] is None


def test_a_listed_part_of_another_kind_keeps_its_key() -> None:
    key = keys_of("Sixty fans were detained on Saturday, including 15 stewards who were hurt.")["15 stewards"]
    assert key is not None and key[0] == "steward"


def test_a_total_with_a_listed_part_meets_the_other_reports_total() -> None:
    a = "Stewards detained 60 fans at the Orrin ground on Saturday, including 15 who were detained at the north gate."
    b = "About 45 fans were detained at the Orrin ground on Saturday, the club said."
    assert {45.0, 60.0} in _conflicts(a, b)
