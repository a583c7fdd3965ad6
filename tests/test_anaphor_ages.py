"""An age told by an opening "the N-year-old" of the person the sentence before opens with
(reader.analysis.anaphor_ages). Every text here is made up for the tests."""

from __future__ import annotations

from reader.analysis.anaphor_ages import anaphor_owner
from reader.analysis.figures import extract_figures
from tests.test_conflicts_support import conflict_sets as _conflicts


def _owner(text: str) -> str | None:
    [f] = [f for f in extract_figures(text) if "year-old" in f.text]
    return anaphor_owner(text, f)


def test_an_opening_the_n_year_old_is_the_person_the_sentence_before_opens_with() -> None:
    assert _owner("DUNMERE — Gordon Vale has fished the bay for 30 years. On Tuesday, the 61-year-old "
                  "skipper lost his boat.") == "Gordon Vale"
    assert _owner("Helen Marsh had taught at the school since 1990. The 58-year-old was in the library "
                  "when the roof fell.") == "Helen Marsh"
    assert _owner("Peter Oduya runs the bakery on Mill Street. The 44-year-old man said he heard a "
                  "bang.") == "Peter Oduya"


def test_other_openings_give_no_owner() -> None:
    assert _owner("Police chief Ann Roe said the road was shut. The 44-year-old man was taken to hospital.") is None
    assert _owner("Mill Street was closed all day. The 44-year-old driver was arrested.") is None
    assert _owner("Peter Oduya runs the bakery on Mill Street. The 44-year-old woman next door heard a bang.") is None
    assert _owner("Peter Oduya runs the bakery on Mill Street.\n\nThe 44-year-old driver was arrested.") is None
    assert _owner("Peter Oduya runs the bakery on Mill Street. A 44-year-old driver was arrested.") is None


def test_an_anaphors_age_meets_the_named_age() -> None:
    a = "HARLOW — Gordon Vale has fished the bay for 30 years. On Tuesday, the 61-year-old lost his boat."
    b = "The skipper, Gordon Vale, 63, was winched to safety on Tuesday."
    assert {61, 63} in _conflicts(a, b)
    assert _conflicts(a, b.replace("63", "61")) == []
