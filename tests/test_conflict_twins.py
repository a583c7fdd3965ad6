"""One disagreement found under two keys is listed once; two conflicts that share only
their numbers stay two."""

from __future__ import annotations

from dataclasses import dataclass, field

from reader.analysis.conflict_twins import without_twins
from reader.analysis.story import analyse_story
from tests.test_conflicts_support import art


@dataclass
class _V:
    value: float
    articles: list[str]
    uses: list = field(default_factory=list)


@dataclass
class _C:
    quantity: str
    values: list[_V]


def test_a_conflict_whose_sources_and_values_stand_in_another_is_left_out() -> None:
    guests = _C("guests killed", [_V(2, ["a"]), _V(3, ["b"])])
    people = _C("people killed", [_V(2, ["a", "c"]), _V(3, ["b"])])
    assert without_twins([guests, people]) == [people]
    assert without_twins([guests, _C("again", [_V(3, ["b"]), _V(2, ["a"])])]) == [guests]


def test_the_same_numbers_told_of_other_things_stay_two_conflicts() -> None:
    dead = _C("people killed", [_V(2, ["a"]), _V(3, ["b"])])
    hurt = _C("people injured", [_V(3, ["a"]), _V(2, ["b"])])
    assert without_twins([dead, hurt]) == [dead, hurt]


def test_a_toll_told_of_guests_and_of_people_is_one_conflict_in_a_story() -> None:
    a = art("a", "A fire tore through the Harrow Inn on Sunday, killing two guests, the fire chief said. "
                 "Two people died in rooms on the fourth floor, he said.")
    b = art("b", "A fire tore through the Harrow Inn on Sunday, killing three guests, the fire chief said. "
                 "Three people died in rooms on the fourth floor, he said.")
    conflicts = analyse_story([a, b]).conflicts
    assert [sorted(v.value for v in c.values) for c in conflicts] == [[2, 3]]


def test_the_twin_left_out_leaves_its_sentences_with_the_value_kept() -> None:
    a = art("a", "Five people were taken to hospital after fire broke out on the ninth floor on Sunday. "
                 "The five patients were being treated for smoke inhalation, the ambulance service said.")
    b = art("b", "Seven people were taken to hospital after fire broke out in the tower on Sunday night. "
                 "The seven patients were being treated for smoke inhalation, paramedics said.")
    conflicts = analyse_story([a, b]).conflicts
    assert len(conflicts) == 1
    shown = {v.value: sorted(u.figure.text for u in v.uses) for v in conflicts[0].values}
    assert shown == {5: ["Five people", "five patients"], 7: ["Seven people", "seven patients"]}
