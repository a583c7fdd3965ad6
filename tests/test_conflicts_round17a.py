"""Round 17a: a conversion, a limit or a size beside a value is another quantity, not a second
value of it; a bare number after a name ("Line 4") or before a partitive ("Two of the
pupils") takes no noun told before. Every text here is made up for the tests."""

from __future__ import annotations

import pytest
from test_conflicts_support import conflict_sets as _conflicts
from test_conflicts_support import keys_in as _keys

from reader.analysis.figures import extract_figures
from reader.analysis.limit_keys import limit_key
from reader.analysis.measure_events import SIZE
from reader.analysis.noun_events import LIMIT, soft_event
from reader.analysis.unit_conversions import conversions


# 1. a conversion of an area written as a modifier is the same area
@pytest.mark.parametrize("body", [
    "Flames tore through a 250,000-square-foot (23,000-square-metre) depot in Orrin.",
    "The 90,000-square-meter (970,000-square-foot) plant closed.",
    "A 12,500-square-foot (1,160-square-meter) gym was flooded.",
])
def test_an_area_restated_in_another_unit_is_a_conversion(body: str) -> None:
    figs = extract_figures(body)
    assert conversions(body, figs) == {1}


def test_two_areas_of_two_things_are_no_conversion() -> None:
    body = "The 12,000-square-metre hall and the 8,000-square-foot annex burned."
    assert conversions(body, extract_figures(body)) == set()


# 1. a limit or a threshold is keyed apart from the level it bounds
@pytest.mark.parametrize(("body", "text"), [
    ("Nitrate reached 61 milligrams per litre, six times the legal threshold of 10 milligrams per litre.",
     "10 milligrams"),
    ("The tram was going at 52 km/h, well above the 30 km/h speed limit.", "30 km/h"),
    ("The van did 70 mph on a road with a limit of about 45 mph.", "about 45 mph"),
    ("Entry to the hall is capped at 400 guests.", "400 guests"),
    ("The lorry weighed 44 tonnes; the bridge has a 7.5-tonne limit.", "7.5-tonne limit"),
    ("Marsh was expected to pass the 1,180 delegates needed to win the nomination.", "1,180 delegates"),
    ("The bill fell short of the 60 votes that are required for passage.", "60 votes"),
])
def test_a_limit_is_keyed_as_a_limit(body: str, text: str) -> None:
    key = _keys(body)[text]
    assert key is not None and key[1] == LIMIT and soft_event(LIMIT)


@pytest.mark.parametrize(("body", "text"), [
    ("Nitrate reached 61 milligrams per litre, six times the legal threshold.", "61 milligrams"),
    ("The tram was going at 52 km/h, well above the limit.", "52 km/h"),
    ("Some 400 guests attended the limited edition launch.", "Some 400 guests"),
    ("Marsh has won 740 delegates, short of what he needs to win.", "740 delegates"),
])
def test_a_level_beside_a_limit_is_no_limit(body: str, text: str) -> None:
    key = _keys(body)[text]
    assert key is None or key[1] != LIMIT


def test_limit_key_leaves_no_key_alone() -> None:
    body = "Its threshold of 10 was passed."
    assert limit_key(body, extract_figures(body)[0], None) is None


def test_a_level_is_compared_when_its_article_also_tells_the_limit() -> None:
    found = _conflicts(
        "The Varne tram was travelling at 52 km/h when it left the rails at Osley bend, the operator said.",
        "The Varne tram was doing about 75 km/h when it left the rails at Osley bend, well above the 30 km/h "
        "limit there, a driver said.")
    assert {52.0, 75.0} in found
    assert not any(30.0 in c for c in found)


# 2. a count written as a modifier is the size of what it modifies
@pytest.mark.parametrize(("body", "text", "key"), [
    ("Two cars of an eight-car train left the track near Pell.", "eight-car train left", ("car", "train")),
    ("A fire gutted a 14-storey tower on Monday.", "14-storey tower", ("storey", "tower")),
    ("Nine beds of a 40-bed ward were shut after the leak.", "40-bed ward", ("bed", "ward")),
    ("Three buses of a 20-bus fleet were torched in Lanny.", "20-bus fleet", ("bus", "fleet")),
    ("Two cars of a six-car Kestrel Line train derailed.", "six-car", None),
])
def test_a_modifier_count_beside_a_part_or_an_event_is_a_size(body: str, text: str, key: tuple | None) -> None:
    assert _keys(body)[text] == (key and (key[0], f"{SIZE} of {key[1]}"))


def test_sizes_of_two_things_are_not_compared() -> None:
    found = _conflicts("Ortez and Bly drove in three runs apiece as the Gulls built a six-run lead at Parr Field.",
                       "Kemp and Dunn drove in two runs apiece in a five-run first inning at Parr Field.")
    assert not any({5.0, 6.0} <= c for c in found)


@pytest.mark.parametrize(("body", "text"), [
    ("The 93-year-old owner escaped the fire.", "93-year-old owner escaped"),
    ("She signed a two-year lease on the shop.", "two-year lease"),
    ("Four cars of the train left the track near Pell.", "Four cars"),
    ("A 40-bed ward opened in Tarrow.", "40-bed ward opened"),
])
def test_ages_spans_and_plain_counts_are_no_modifier_size(body: str, text: str) -> None:
    key = _keys(body)[text]
    assert key is None or key[1] != SIZE


def test_the_size_of_a_train_is_not_the_count_of_cars_derailed() -> None:
    found = _conflicts(
        "Two cars of an eight-car commuter train derailed outside Pell station on Monday, the operator said.",
        "Headline: dozens hurt as four cars jump the rails outside Pell station. Four cars of a commuter "
        "train derailed outside Pell station on Monday.")
    assert not any(8.0 in c for c in found)
    assert {2.0, 4.0} in found


def test_a_school_told_by_its_size_is_still_its_count() -> None:
    found = _conflicts("Classes were cancelled at Brisk Hill Academy, the 900-pupil school in Ferrow, on Monday.",
                       "Brisk Hill Academy in Ferrow, which has 950 pupils, cancelled classes on Monday.")
    assert {900.0, 950.0} in found


# 3. a bare number after a name or before a partitive takes no noun told before
@pytest.mark.parametrize("body", [
    "Three cars of a crowded Line 4 train derailed.",
    "Six buses were sent to the Harbor 9 terminal.",
    "Two ambulances met the Jubilee 7 shuttle.",
])
def test_a_number_naming_a_line_counts_nothing(body: str) -> None:
    keys = _keys(body)      # (no key, or no figure at all: a number inside a name, round 18c)
    assert [k for t, k in keys.items() if t.isdigit()] in ([None], [])


def test_a_list_of_values_after_names_still_counts() -> None:
    keys = _keys("Ortiz has 370 delegates, Brandt 63 and Lowe 40.")
    assert keys["63"] == keys["40"] == ("delegate", None)


@pytest.mark.parametrize("body", [
    "The van stopped about 3 miles from the depot. Three of the pupils were airlifted to Harlow.",
    "The ferry sank 4 km offshore. Four of the crew swam to the beach.",
])
def test_a_partitive_takes_no_unit_told_before(body: str) -> None:
    keys = _keys(body)
    assert all(k is None or not k[0].startswith("measure:") for t, k in keys.items() if " of " not in t
               and t in ("Three", "Four"))
