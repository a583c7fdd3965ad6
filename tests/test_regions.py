"""Provinces and states of other countries are places."""

from __future__ import annotations

import pytest

from reader.analysis.entities import extract_entities
from reader.analysis.gazetteer import STATE, lookup
from reader.analysis.regions import REGIONS


@pytest.mark.parametrize("name", ["British Columbia", "Ontario", "Bavaria", "Maharashtra", "Sichuan",
                                  "New South Wales"])
def test_a_region_is_a_state(name):
    place = lookup(name)
    assert place is not None and place.kind == STATE


def test_a_country_stays_a_country_and_no_region_is_a_common_name():
    assert lookup("Scotland").kind != STATE
    assert "Victoria" not in REGIONS and "Georgia" not in REGIONS and "England" not in REGIONS


def test_a_region_in_a_sentence_is_a_place():
    text = "Floods in Bavaria forced 2,000 people from their homes, officials in Munich said on Tuesday."
    places = {e.name for e in extract_entities(text) if e.type == "place"}
    assert "Bavaria" in places
