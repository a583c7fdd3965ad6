"""Round 21, units: a metric ton is a tonne ("38 metric tons (42 tons)" is one weight in two
units, and "45 tonnes" in another report its conflict), and a length told as the extent
of something ("along 3.5 km of the eastern shore", "two miles of Kell's bank") is keyed by
its unit alone, not by the words after "of": only "from", "off" or a direction and "of"
name the place a distance is from. Every text here is made up."""

from __future__ import annotations

import pytest
from test_conflicts_support import conflict_sets, keys_of

from reader.analysis.figures import extract_figures
from reader.analysis.unit_conversions import conversions


@pytest.mark.parametrize(("text", "unit"), [
    ("The barge carried 38 metric tons of grain.", "tonne"),
    ("Crews lifted 12 metric tonnes of steel.", "tonne"),
    ("The ferry carried 40 tonnes of salt.", "tonne"),
    ("The truck carried 20 tons of gravel.", "ton"),
])
def test_a_metric_ton_is_a_tonne(text, unit):
    assert extract_figures(text)[0].unit == unit


@pytest.mark.parametrize("text", [
    "The barge, carrying 38 metric tons (42 tons) of grain, ran aground.",
    "It held 120 metric tons (132 tons) of scrap.",
])
def test_a_metric_weight_in_short_tons_is_a_conversion(text):
    figs = extract_figures(text)
    assert [figs[n].text for n in sorted(conversions(text, figs))] == [figs[1].text]


@pytest.mark.parametrize(("first", "second", "values"), [
    ("The barge, carrying 38 metric tons (42 tons) of grain, ran aground off Pellow.",
     "The barge ran aground off Pellow with 45 tonnes of grain aboard.", {38.0, 45.0}),
    ("The lorry shed 12 metric tons of copper wire on the Arnside bypass.",
     "About 18 tonnes of copper wire spilled across the Arnside bypass.", {12.0, 18.0}),
])
def test_metric_tons_and_tonnes_conflict(first, second, values):
    assert values in conflict_sets(first, second)


def test_conversions_are_not_conflicts():
    assert conflict_sets("The barge, carrying 38 metric tons (42 tons) of grain, ran aground off Pellow.",
                         "The barge ran aground off Pellow with 38 tonnes of grain aboard.") == []


@pytest.mark.parametrize("text", [
    "Oil coated rocks along 3.5 km of the eastern shore of Kell Water near Brindon.",
    "Oil coated more than two miles (3.5 kilometers) of Kell Water's bank.",
    "Weed lay along 4 miles of the northern bank.",
])
def test_an_extent_is_keyed_by_its_unit_alone(text):
    assert all(k is not None and k[1] is None for k in keys_of(text).values())


@pytest.mark.parametrize(("text", "event"), [
    ("The quake struck 45 km southwest of Pellan.", "from pellan"),
    ("The crash site is some 60 kilometres from Varnes.", "from varnes"),
    ("The trawler sank 12 miles off Dunmore.", "from dunmore"),
])
def test_a_distance_from_a_place_keeps_its_place(text, event):
    assert next(iter(keys_of(text).values()))[1] == event


@pytest.mark.parametrize(("first", "second", "values"), [
    ("Oil coated rocks along 3.5 km of the eastern shore of Kell Water near Brindon on Sunday.",
     "Oil from the Brindon spill coated nearly 5 km of Kell Water's shore, anglers said.", {3.5, 5.0}),
    ("Dead fish lay along 4 miles of the northern bank of the Tarrow at Emley.",
     "Anglers at Emley found dead fish along some 7 miles of the Tarrow.", {4.0, 7.0}),
])
def test_two_extents_of_one_shore_conflict(first, second, values):
    assert values in conflict_sets(first, second, "Officials at Brindon and Emley said the water was tested.")
