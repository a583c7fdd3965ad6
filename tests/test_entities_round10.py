"""Entity rules of round 10: month names inside longer words, single surnames after "beat",
name particles, spurious table words, "U.S." before a title, regions and long organisation
names. Every sentence here is invented."""

from __future__ import annotations

from reader.analysis.dates import find_dates
from reader.analysis.entities import extract_entities


def types(text: str) -> dict[str, str]:
    """Surface form → type, for people, organisations and places."""
    out = {}
    for e in extract_entities(text):
        if e.type in ("person", "organization", "place"):
            for alias in e.aliases:
                out[alias] = e.type
    return out


def test_a_month_inside_a_longer_word_is_no_date():
    found = [d.text for d in find_dates("Augustina Pell flew from Augusta to Juneau in August 2021.")]
    assert found == ["August 2021"]
    assert [d.text for d in find_dates("They met on Aug. 9 and again in Sept. 2020.")] == ["Aug. 9", "Sept. 2020"]


def test_a_first_name_that_starts_like_a_month_stays_in_the_name():
    text = "Club chairman Augusto Pereira said the board would meet."
    assert types(text).get("Augusto Pereira") == "person"
