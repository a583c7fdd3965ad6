"""Round 15a: a unit's price before and after a change, a yearly cost. Every text here is
made up for the tests."""

from __future__ import annotations

import pytest
from test_conflicts_support import conflict_sets as _conflicts
from test_conflicts_support import keys_in as _keys
from test_conflicts_support import undated as _art

from reader.analysis.conflict_labels import as_written
from reader.analysis.figure_uses import figure_uses
from reader.analysis.story import analyse_story


@pytest.mark.parametrize(("body", "text", "key"), [
    ("The price of a 50 ml bottle will rise to $64 from $48 next month, the maker said.", "$64",
     "money:price of bottle"),
    ("The price of a 50 ml bottle will rise to $64 from $48 next month, the maker said.", "$48",
     "money:old price of bottle"),
    ("A bottle will cost about $70, up from $48.", "about $70", "money:price of bottle"),
    ("A bottle will cost about $70, up from $48.", "$48", "money:old price of bottle"),
    ("She heard its price would climb 30 percent, from $45 a bottle.", "$45", "money:old price of bottle"),
    ("Each ticket now costs €18 at the gate.", "€18", "money:price of ticket"),
    ("The inhaler sells for $320 a box in most pharmacies.", "$320", "money:price of box"),
    ("Two boxes a month put the annual cost at roughly $7,700.", "roughly $7,700", "money:yearly cost"),
    ("The treatment costs more than $12,000 a year without insurance.", "more than $12,000", "money:yearly cost"),
])
def test_a_units_price_and_a_yearly_cost_are_keyed(body: str, text: str, key: str) -> None:
    assert _keys(body)[text] == (key, None)


@pytest.mark.parametrize(("body", "text"), [
    ("Members pay $40 a month for the gym.", "$40"),                  # a rate of payment, no unit bought
    ("The dinner cost $85 a head.", "$85"),
    ("The price of a bottle rose to $64 in 2021 from $48 in 2019.", "$64"),   # a price of past years
    ("The company earned $40 million last year.", "$40 million"),
])
def test_no_unit_price_where_none_is_told(body: str, text: str) -> None:
    key = _keys(body)[text]
    assert key is None or not key[0].startswith(("money:price of", "money:old price of", "money:yearly"))


def test_new_and_old_prices_of_one_unit_conflict_apart() -> None:
    wire = "The price of a 50 ml bottle will rise to $64 from $48 on June 1, the maker said."
    local = "From June, a bottle will cost about $75, up from $48, the maker said."
    paper = "Shoppers learned the price would jump 40 percent, from $52 a bottle."
    found = _conflicts(wire, local, paper)
    assert {64, 75} in found
    assert {48, 52} in found
    assert not any({64, 48} <= c or {75, 52} <= c for c in found)     # a new price never meets an old one


def test_a_yearly_cost_meets_a_yearly_cost_only() -> None:
    wire = "A patient needs two boxes of Dorvane a month, putting the annual cost at about $7,700, Kestler said."
    paper = "Dorvane costs more than $11,000 a year, patient groups in Ambleton said."
    other = "The Ambleton clinic said a single visit costs $9,000 for uninsured Dorvane patients."
    found = _conflicts(wire, paper, other)
    assert {7700, 11000} in found
    assert not any(9000 in c for c in found)


def test_prices_of_two_units_stay_apart() -> None:
    wire = "A bottle will cost $64 from June, the maker said."
    paper = "A box will cost $70 from June, the maker said."
    assert not any({64, 70} <= c for c in _conflicts(wire, paper))


@pytest.mark.parametrize(("body", "text", "key"), [
    ("Kestler will raise the list price of its inhaler Dorvane by 30 percent, the company said.", "30 percent",
     "percent:rise in dorvane price"),
    ("Dorvane price jumps 35% as patients protest", "35%", "percent:rise in dorvane price"),
    ("She was told its price would climb 35 percent in June.", "35 percent", "percent:rise in price"),
    ("The maker announced a 25% price hike for the inhaler.", "25%", "percent:rise in price"),
    ("The maker will cut the price of the inhaler by 15 percent.", "15 percent", "percent:cut in price"),
    ("Shoppers face a 12 percent increase in the price of the inhaler.", "12 percent", "percent:rise in price"),
])
def test_a_price_change_is_keyed(body: str, text: str, key: str) -> None:
    assert _keys(body)[text] == (key, None)


@pytest.mark.parametrize(("body", "text"), [
    ("Oil prices rose 4 percent on Monday.", "4 percent"),                  # a market's price
    ("The company's share price jumped 12% in early trading.", "12%"),
    ("Its price rose 9 percent last year.", "9 percent"),                  # a past change
    ("Prices have climbed 20% since 2021.", "20%"),
    ("About 30 percent of patients pay the list price.", "About 30 percent"),
])
def test_no_price_change_where_none_is_told(body: str, text: str) -> None:
    key = _keys(body)[text]
    assert key is None or "in price" not in key[0]


def test_one_price_rise_told_two_ways_conflicts() -> None:
    wire = "Kestler will raise the list price of its inhaler Dorvane by 30 percent, the company said."
    paper = "Patients learned that the Dorvane price would jump 45 percent in June, Kestler confirmed."
    bare = "Patients of Kestler learned its price would jump 45 percent in June."
    assert {30, 45} in _conflicts(wire, paper)
    assert {30, 45} in _conflicts(wire, bare)


def test_two_products_price_rises_stay_apart() -> None:
    wire = "Kestler will raise the price of its inhaler Dorvane by 30 percent and of its cream Selvo by 12 percent."
    paper = "Kestler will raise the Dorvane price by 30 percent, the company said."
    other = "The Selvo price will go up by 12 percent, a Kestler spokesman said."
    found = _conflicts(wire, paper, other)
    assert not any({30, 12} <= c for c in found)


@pytest.mark.parametrize(("body", "text", "value"), [
    ("The reservoir was at 96 percent of capacity on Friday.", "96 percent", 96),
    ("The lake reached 88% of its capacity overnight.", "88%", 88),
    ("The shelter is 85 percent full, the county said.", "85 percent", 85),
    ("The reservoir was nine-tenths full when the gates opened.", "nine-tenths", 90),
    ("By noon the lake was nearly three-quarters full.", "nearly three-quarters", 75),
])
def test_how_full_a_thing_is_is_keyed(body: str, text: str, value: float) -> None:
    uses, keys = figure_uses([_art("a", body)], None)
    found = {u.figure.text: (u.figure.value, k) for u, k in zip(uses, keys, strict=True)}
    assert found[text] == (value, ("percent:fullness", None))


@pytest.mark.parametrize(("body", "text"), [
    ("The reservoir was at 96 percent of capacity, the highest since 2011.", "96 percent"),
    ("Turnout was 62 percent, officials said.", "62 percent"),
    ("About 40 percent of the capacity was sold to Harlow.", "About 40 percent"),
])
def test_no_fullness_where_none_is_told(body: str, text: str) -> None:
    assert _keys(body).get(text) != ("percent:fullness", None)


def test_one_reservoir_told_in_percent_and_in_words_conflicts() -> None:
    district = "The Tarrow reservoir was at 97 percent of capacity when releases began, the district said."
    weekly = "The Tarrow reservoir was nine-tenths full when the releases began, farmers said."
    assert {97, 90} in _conflicts(district, weekly)


def test_a_reservoir_and_a_shelter_stay_apart() -> None:
    district = "The Tarrow reservoir was at 97 percent of capacity, the district said on Monday."
    county = "The Ellby shelter was 85 percent full on Monday, the county said."
    assert not any({97, 85} <= c for c in _conflicts(district, county))


def test_the_storys_own_count_told_two_ways_needs_no_common_word() -> None:
    wire = "The Halvard Crest ferry was carrying 31 crew members when it ran aground near Oskby."
    copy = "Oskby port officials said 31 crew members were aboard the Halvard Crest."
    radio = "All 31 crew members of the Halvard Crest ferry were safe, Oskby police said."
    paper = "The Halvard Crest ran aground near Oskby on Sunday. Its crew of 35 waited on deck for the tugs."
    assert {31, 35} in _conflicts(wire, copy, radio, paper)


def test_a_count_few_sources_tell_or_one_source_tells_twice_still_needs_words() -> None:
    wire = "The Halvard Crest ferry ran aground near Oskby on Sunday, police said."
    copy = "Oskby port officials said the Halvard Crest ferry ran aground on Sunday."
    radio = "The Halvard Crest ran aground near Oskby, its owner said on Sunday."
    paper = "Its crew of 35 waited on deck for the tugs from Oskby."
    other = "Oskby hosts a rowing regatta with 31 crew members in each boat."
    assert not any({31, 35} <= c for c in _conflicts(wire, copy, radio, paper, other))     # two tellers of five
    both = "Oskby's ferry had 31 crew members; its sister ship has 35 crew members."
    told = ("The Halvard Crest ferry was carrying 31 crew members near Oskby.",
            "Oskby port officials said 31 crew members were aboard the Halvard Crest.")
    assert not any({31, 35} <= c for c in _conflicts(*told, both, paper))     # one source states both


def test_a_product_keeps_its_capital_in_the_conflict_label() -> None:
    wire = "Kestler will raise the list price of its inhaler Dorvane by 30 percent, the company said."
    paper = "Patients learned that the Dorvane price would jump 45 percent in June, Kestler confirmed."
    story = analyse_story([_art("a", wire), _art("b", paper)])
    (conflict,) = [c for c in story.conflicts if {v.value for v in c.values} == {30, 45}]
    assert conflict.quantity == "rise in Dorvane price"


@pytest.mark.parametrize(("label", "sentences", "shown"), [
    ("rise in price", ["Rise in price was steep.", "The price rise hurt."], "rise in price"),
    ("cost of ipad", ["The iPad cost rose.", "An iPad sold out."], "cost of iPad"),
    ("fine", ["The FINE was paid.", "A fine of $5."], "fine"),            # written two ways: as the key
    ("settlement", ["“Settlement was reached,” he said."], "settlement"),  # capital only at a start
])
def test_a_label_word_takes_the_case_its_sentences_give_it(label: str, sentences: list[str], shown: str) -> None:
    assert as_written(label, sentences) == shown
