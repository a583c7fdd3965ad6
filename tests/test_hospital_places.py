"""A hospital named as the counted people's own place, or as a building they leave, is no
stay in hospital (every text here is made up for these tests)."""

from __future__ import annotations

import pytest

from reader.analysis.figure_uses import figure_uses
from reader.analysis.hospital_places import hospital_as_place
from reader.library.model import Article
from reader.text.tokens import word_count


def _keys(body: str) -> list[tuple[str, object]]:
    art = Article(id="a", body=body, title="a", words=word_count(body), published="2027-03-02")
    uses, keys = figure_uses([art], None)
    return [(u.figure.text, k) for u, k in zip(uses, keys, strict=True)]


@pytest.mark.parametrize("sentence", [
    "Nine nurses at a Harlow hospital tested positive for the virus.",
    "Fourteen patients at the Vessmark county hospital caught the infection.",
    "Staff moved 38 patients out of the hospital's north wing overnight.",
    "About 70 patients were wheeled out of the hospital on Friday.",
    "Some 25 residents were evacuated from the hospital's old annex.",
])
def test_the_hospital_as_place_is_no_hospital_count(sentence):
    (_, key), *_ = _keys(sentence)
    assert key is None or key[1] != "hospital", key


@pytest.mark.parametrize("sentence", [
    "Nine people were taken to a Harlow hospital with burns.",
    "Fourteen workers were treated at the county hospital.",
    "Three passengers remain in hospital.",
    "Two men died at the hospital later that night.",
    "At least 17 visitors spent the night in a hospital after the fumes spread.",
    "Eleven people were hospitalised after the leak.",
])
def test_a_stay_in_hospital_stays_the_event(sentence):
    (_, key), *_ = _keys(sentence)
    assert key is not None and key[1] in {"hospital", "died", "hurt"}, key


def test_only_the_place_phrase_is_taken_out():
    assert hospital_as_place(" at an Orlen hospital have caught it").split() == ["have", "caught", "it"]
    assert hospital_as_place(" spent a night in a hospital") == " spent a night in a hospital"
    assert hospital_as_place(" were treated at an Orlen hospital") == " were treated at an Orlen hospital"
    assert "hospital" not in hospital_as_place(" were moved out of the hospital's east block on Monday")
    assert hospital_as_place(" were released from hospital") == " were released from hospital"
