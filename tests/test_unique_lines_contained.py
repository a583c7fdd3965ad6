"""Lines only one source has: a short sentence another source prints inside a sentence of
its own is carried, and so is that sentence when all it adds is an attribution; a sentence
that adds news around it stays a line."""

from __future__ import annotations

import pytest
from test_unique_lines_support import unique_texts

from reader.library.model import Article

FIRST = ("A barn fire on the Tillwood estate killed 40 sheep early on Sunday, the county brigade said. "
         "Crews from three stations fought the flames for most of the night. "
         "The cause is being investigated. "
         "The estate has been farmed by the Ashgrove family since the war.")

SECOND_OPENING = ("Farmers in the valley are counting the cost of a dry autumn, with hay prices at a record. "
                  "Neighbours described a glow visible from the ring road before dawn. "
                  "The livestock market at Pellan will open an hour late on Wednesday for a collection. ")



def _story(second: str, tmp_path, monkeypatch) -> dict[str, list[str]]:
    return unique_texts([Article(id="first", body=FIRST + "\n", title="Barn fire"),
                   Article(id="second", body=SECOND_OPENING + second + "\n", title="Sheep lost")],
                  tmp_path, monkeypatch)


@pytest.mark.parametrize("told", [
    "The brigade says the cause is being investigated.",
    "The cause is being investigated, a brigade spokeswoman said.",
    "According to the owners, the cause is being investigated.",
])
def test_a_short_sentence_inside_an_attribution_is_carried_both_ways(told, tmp_path, monkeypatch):
    lines = _story(told, tmp_path, monkeypatch)
    assert not any("cause is being" in line for line in lines["first"])
    assert not any("cause is being" in line for line in lines["second"])
    assert any(line.startswith("Neighbours described") for line in lines["second"])
    assert any(line.startswith("The estate has been farmed") for line in lines["first"])


@pytest.mark.parametrize("told", [
    "The cause is being investigated by a team from the insurer and the county fire service.",
    "Investigators said the cause is being investigated as arson after a fuel can was found.",
])
def test_a_sentence_that_adds_news_around_the_short_one_stays_a_line(told, tmp_path, monkeypatch):
    lines = _story(told, tmp_path, monkeypatch)
    assert not any("cause is being" in line for line in lines["first"])
    assert any(line == told for line in lines["second"])


def test_a_short_sentence_with_other_words_is_not_carried(tmp_path, monkeypatch):
    lines = _story("The cause is being looked at again.", tmp_path, monkeypatch)
    assert any(line.startswith("The cause is being investigated") for line in lines["first"])
    assert any(line.startswith("The cause is being looked") for line in lines["second"])
