"""A speaker told by age after the verb ("said the 52-year-old farmer") is the one person a
sentence before opens with, whatever its verb ("Karin Dolt woke …"); nobody when two or none
are there. Every text here is made up for these tests."""

from __future__ import annotations

import pytest

from reader.analysis.quotes import extract_quotes

WOKE = "Karin Dolt woke to what she thought was thunder. "


@pytest.mark.parametrize(("text", "speaker"), [
    (WOKE + "\u201cIt was the river,\u201d said the 52-year-old farmer, who led her family up the hill.", "Karin Dolt"),
    (WOKE + "\u201cIt was the river,\u201d said the 52-year-old.", "Karin Dolt"),
    (WOKE + "\u201cIt was the river,\u201d the 52-year-old said.", "Karin Dolt"),
    ("Karin Dolt and Tom Berg woke to thunder. \u201cIt was the river,\u201d said the 52-year-old.", None),
    ("A 52-year-old man was pulled from the water. \u201cIt was the river,\u201d said the 52-year-old.", None),
    ("\u201cIt was the river,\u201d said the 52-year-old.", None),
])
def test_an_aged_speaker_after_the_verb(text: str, speaker: str | None) -> None:
    assert extract_quotes(text)[0].speaker == speaker
