"""A quotation that calls the person a pronoun made its speaker by their given name is not
theirs: no speaker rather than the wrong one (every text here is made up for these tests)."""

from __future__ import annotations

import pytest
from test_quotes_support import quotes

SISTER = ("Dana Kessler-Vos has waited at the quarry gate since Tuesday.\n\n"
          "Milan Kessler, 38, is one of the four men trapped below. “He rang us at midnight,” she said. "
          "“That is Milan.”")


def test_a_pronoun_speaker_the_quotation_names_is_dropped():
    found = quotes(SISTER)
    assert [q.speaker for q in found] == [None, None]
    assert all(q.no_speaker for q in found)


@pytest.mark.parametrize("body, speakers", [
    # the speaker's own words, no given name in them
    ("Milan Kessler, 38, was brought up on Friday. “We were lucky,” he said. “The water came fast.”",
     ["Milan Kessler", "Milan Kessler"]),
    # a family's name is not the speaker's own given name
    ("Milan Kessler, 38, was brought up on Friday. “The Kessler family thanks everyone,” he said.",
     ["Milan Kessler"]),
    # a speaker named by the attribution is never undone
    ("“That is Milan, and I am proud of it,” said Milan Kessler, 38.", ["Milan Kessler"]),
    # a brother named in the sister's words: only the pronoun's quotation loses its speaker
    ("Milan Kessler said “We wait.” “That is Milan,” she said.", ["Milan Kessler", None]),
])
def test_other_speakers_are_kept(body, speakers):
    assert [q.speaker for q in quotes(body)] == speakers
