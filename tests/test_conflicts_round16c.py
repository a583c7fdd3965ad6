"""Round 16c: one thing under two nouns, a sum keyed by what costs it whichever the word
order, counts with no key far apart, a part of a toll told after its whole. Every text here
is made up for the tests."""

from __future__ import annotations

import pytest

from reader.analysis.conflicts import find_conflicts
from reader.analysis.conjunct_events import conjunct_events
from reader.analysis.figure_uses import figure_uses
from reader.analysis.unkeyed_counts import plain_shared
from reader.library.model import Article
from reader.text.tokens import word_count


def _art(id_: str, body: str) -> Article:
    return Article(id=id_, body=body, title=id_, words=word_count(body))


def _keys(body: str) -> dict[str, tuple | None]:
    uses, keys = figure_uses([_art("a", body)], None)
    return {u.figure.text: k for u, k in zip(uses, keys, strict=True)}


def _list_keys(body: str) -> dict[str, tuple | None]:
    uses, keys = figure_uses([_art("a", body)], None)
    return {u.figure.text: k for u, k in zip(uses, conjunct_events(uses, keys), strict=True)}


def _conflicts(*bodies: str) -> list[set[float]]:
    arts = [_art(f"a{n}", body) for n, body in enumerate(bodies)]
    return [{v.value for v in c.values} for c in find_conflicts(arts)]


@pytest.mark.parametrize(("body", "text", "key"), [
    ("Officials said some 35 households were evacuated near Brenmoor.", "some 35 households", ("home", "evacuated")),
    ("Residents of about 20 homes near the plant were asked to leave.", "about 20 homes", ("home", "evacuated")),
    ("The families of 14 dwellings were told to leave on Friday.", "14 dwellings", ("home", "evacuated")),
    ("Between 60 and 80 people were ordered out of their homes.", "60 and 80 people", ("person", "evacuated")),
    ("Some 45 families were driven from their homes by the flood.", "Some 45 families", ("family", "evacuated")),
    ("The ward cared for seven newborns overnight.", "seven newborns", ("baby", None)),
    ("Nurses carried 11 infants down the stairs.", "11 infants", ("baby", None)),
    ("Nurses carried a dozen babies down the stairs.", "a dozen babies", ("baby", None)),
])
def test_nouns_for_one_thing_share_a_key(body: str, text: str, key: tuple) -> None:
    assert _keys(body)[text] == key


@pytest.mark.parametrize(("body", "text", "key"), [
    ("Repairs to the damaged pumping station could cost $3 million, the mayor said.", "$3 million", "money:damage"),
    ("The repair of the old bridge will cost about $900,000.", "about $900,000", "money:damage"),
    ("Officials put the cost of repairs at $4.5 million.", "$4.5 million", "money:damage"),
    ("The storm damage in Orlaby could cost $12 million to put right.", "$12 million", "money:damage"),
    ("The new stadium will cost $54 million.", "$54 million", "money:cost"),
    ("The company estimates cleanup costs at $6 million.", "$6 million", "money:cost of cleanup"),
    ("Officials put the cost at about $9 million on Friday.", "about $9 million", "money:cost"),
    ("The ferry terminal upgrade is expected to cost about $8 million.", "about $8 million", "money:cost"),
])
def test_a_sum_is_keyed_by_what_costs_it(body: str, text: str, key: str) -> None:
    # (damage and repairs are one sum, the damage an incident did: money_keys)
    assert _keys(body)[text] == (key, "damaged" if key == "money:damage" else None)


def test_homes_and_households_evacuated_conflict() -> None:
    company = "As a precaution, residents of about 30 homes near the Varne depot were asked to leave."
    paper = "The leak at the Varne depot forced some 45 households to evacuate on Monday."
    assert {30, 45} in _conflicts(company, paper)


def test_newborns_and_babies_conflict() -> None:
    hospital = "Staff moved 120 patients, including seven newborns from the neonatal ward."
    paper = "Nurses carried a dozen babies from the neonatal ward down four flights of stairs."
    assert {7, 12} in _conflicts(hospital, paper)


def test_repairs_told_both_ways_conflict() -> None:
    wire = "Repairs to the flooded pumping station in Kell could cost $3 million, the mayor said."
    paper = "Engineers in Kell put the cost of repairs at $4.5 million on Tuesday."
    assert {3_000_000, 4_500_000} in _conflicts(wire, paper)


def test_a_stadium_cost_and_repairs_stay_apart() -> None:
    wire = "Repairs to the flooded pumping station in Kell could cost $3 million, the mayor said."
    paper = "In Kell, the new stadium will cost $3.5 million, the mayor said."
    assert {3_000_000, 3_500_000} not in _conflicts(wire, paper)


@pytest.mark.parametrize(("one", "two", "values"), [
    ("By noon, 140 patients had been moved from Orvel General to other hospitals, the trust said.",
     "More than 200 patients were moved out of Orvel General during the day.", {140, 200}),
    ("Crews evacuated 35 residents from the Bellan care home on Friday.",
     "Firefighters evacuated nearly 50 residents from the care home, neighbours said.", {35, 50}),
    ("The bus carried 23 pupils on a field trip to the Marden caves.",
     "Some 31 pupils were on the field trip, the school said.", {23, 31}),
    ("Doctors checked 18 children from the Pellow nursery for smoke inhalation.",
     "Paramedics said 26 children from the nursery were checked for smoke inhalation.", {18, 26}),
])
def test_unkeyed_counts_of_one_noun_told_alike_conflict(one: str, two: str, values: set[float]) -> None:
    assert values in _conflicts(one, two)


@pytest.mark.parametrize(("one", "two"), [
    # nothing told alike but the noun
    ("The Pellow nursery has 18 children on its books.", "Paramedics carried 26 children to safety on Friday."),
    # too far apart to be one count told two ways
    ("By noon, 40 patients had been moved from Orvel General.", "More than 200 patients were moved out of Orvel."),
    # a generic noun of people is no evidence
    ("About 40 people gathered outside the Orvel town hall.", "Nearly 55 people gathered at the Orvel church."),
    # an increment is no total
    ("Another 12 patients were moved from Orvel General on Sunday.", "In all, 20 patients were moved on Saturday."),
])
def test_unkeyed_counts_stay_quiet_without_evidence(one: str, two: str) -> None:
    assert not _conflicts(one, two)


def test_one_article_with_two_values_of_the_noun_is_not_read() -> None:
    one = ("Rescuers moved 140 patients from Orvel General on Friday. "
           "On Saturday they moved 190 patients from the Orvel annex.")
    two = "More than 160 patients were moved out of Orvel General, the paper said."
    found = _conflicts(one, two)
    assert {140, 160} not in found and {160, 190} not in found


@pytest.mark.parametrize(("body", "text", "key"), [
    ("Twenty-two pupils and three staff members were taken to hospital as a precaution.", "Twenty-two pupils",
     ("part:pupil", "hospital")),
    ("Twenty-two pupils and three staff members were taken to hospital as a precaution.", "three staff",
     ("part:staff", "hospital")),
    ("Six adults, two children and three teachers were killed in the blast.", "Six adults", ("part:adult", "died")),
    ("Six adults, two children and three teachers were killed in the blast.", "two children", ("part:child", "died")),
    ("Eleven miners and two engineers were reported missing after the flood.", "Eleven miners",
     ("part:miner", "missing")),
])
def test_counts_of_one_list_share_its_event(body: str, text: str, key: tuple) -> None:
    assert _list_keys(body)[text] == key


@pytest.mark.parametrize(("body", "text"), [
    ("Officials counted 30 pupils on the bus and two staff members were taken to hospital.", "30 pupils"),
    ("Another 12 pupils and two teachers were taken to hospital.", "12 pupils"),
])
def test_a_count_outside_the_list_keeps_its_key(body: str, text: str) -> None:
    key = _list_keys(body)[text]
    assert key is None or key[1] != "hospital"


def test_people_taken_to_hospital_are_no_rival_of_those_sickened() -> None:
    wire = "Forty pupils and three teachers were sickened by fumes at the Hollin school, officials said."
    district = "Fifteen pupils and two teachers were taken to hospitals as a precaution, the Hollin district said."
    paper = "Nearly 55 pupils and five teachers were sickened at Hollin on Tuesday, the fire service said."
    found = _conflicts(wire, district, paper)
    assert not any(15 in values for values in found)


@pytest.mark.parametrize(("body", "text", "key"), [
    ("At least nine people, including three children, were killed when the stand fell.", "three children",
     ("part:child", "died")),
    ("Eleven people, two of them children, died in the crush at the Vell gate.", "two of them children",
     ("part:child", "died")),
    ("Twenty people, among them four firefighters, were injured in the blast.", "four firefighters",
     ("part:firefighter", "hurt")),
])
def test_a_part_set_off_by_commas_takes_its_wholes_verb(body: str, text: str, key: tuple) -> None:
    assert _keys(body)[text] == key


@pytest.mark.parametrize(("body", "text"), [
    ("The bus, carrying 40 passengers including 12 children, crashed near Osk.", "12 children"),
    ("Some 30 people, including 12 children, watched the parade, and two were hurt.", "12 children"),
])
def test_a_part_with_no_casualty_verb_is_no_casualty(body: str, text: str) -> None:
    key = _keys(body)[text]
    assert key is None or not key[0].startswith("part:")


def test_children_among_the_dead_told_two_ways_conflict() -> None:
    wire = "At least nine people, including three children, were killed when a stand collapsed at Vell stadium."
    paper = "Eleven people, five of them children, died when the stand at Vell stadium gave way on Sunday."
    assert {3, 5} in _conflicts(wire, paper)


@pytest.mark.parametrize("other", [
    "Nine people were killed when the roof of the Dunn mill fell in on Monday.",
    "Fire crews said nine people died at the Dunn mill on Monday.",
])
def test_the_groups_of_a_list_are_no_toll(other: str) -> None:
    listed = "Six adults and three children were killed when the roof of the Dunn mill fell in on Monday."
    assert not _conflicts(listed, other)


def test_a_group_of_a_list_conflicts_with_the_same_group() -> None:
    one = "Six adults and three children were killed when the roof of the Dunn mill fell in on Monday."
    two = "Seven adults and three children died at the Dunn mill on Monday, fire crews said."
    assert {6, 7} in _conflicts(one, two)


_LEVEE = ["The 12-mile levee at Dorran failed overnight and 40 crews were sandbagging on Monday.",
          "Some 300 soldiers sandbagged the broken levee at Dorran on Monday, officials said.",
          "Dorran's levee broke overnight after 9 inches of rain, the parish president said.",
          "Engineers will inspect the 80-year-old Dorran levee once the river falls."]


def test_a_things_two_tellings_need_one_word_in_common() -> None:
    parish = "Approximately 140 homes have taken on water, the parish said."
    paper = "By sunrise more than 260 homes in Port Ellery had water inside them."
    assert {140, 260} in _conflicts(parish, paper, *_LEVEE)


def test_a_third_value_keeps_two_words_needed() -> None:
    parish = "Approximately 140 homes have taken on water, the parish said."
    paper = "By sunrise more than 260 homes in Port Ellery had water inside them."
    other = "The housing board said it owns 90 homes in the district."
    assert {140, 260} not in _conflicts(parish, paper, other, *_LEVEE)


def _plain_shared(one: str, two: str) -> bool:
    uses, _ = figure_uses([_art("a", one), _art("b", two)], None)
    first = [k for k, u in enumerate(uses) if u.article == "a"]
    second = [k for k, u in enumerate(uses) if u.article == "b"]
    return plain_shared(uses, first, second, lambda x, y: {"he", "his"})


@pytest.mark.parametrize(("one", "two", "shared"), [
    ("Approximately 200 homes have taken on water.", "By sunrise 350 homes in Port Vell had water inside them.", True),
    ("He threw 108 pitches as he lowered his ERA to 3.10.", "Brown threw 119 pitches against the Reds on Friday.",
     False),
    ("On Friday, Marlow threw 104 pitches.", "Okafor threw 121 pitches against the Owls on Friday.", False),
    ("On Friday, Marlow threw 104 pitches.", "In all, Marlow threw 121 pitches on Friday.", True),
    ("Crews moved 40 patients on Monday.", "Nurses carried 60 patients down the stairs.", False),
])
def test_a_plain_word_in_common_in_sentences_of_one_subject(one: str, two: str, shared: bool) -> None:
    assert _plain_shared(one, two) is shared


def test_a_cost_told_at_conflicts_with_the_cost_told_by_the_verb() -> None:
    company = "The Varne company estimates cleanup costs at $6 million, a spokesman said."
    paper = "Varne officials said the cleanup will cost about $11 million."
    assert {6_000_000, 11_000_000} in _conflicts(company, paper)
