"""An age set off as "at N," in a sentence told of "she" or "he", owned by the person the
sentence before opens with (reader.analysis.pronoun_ages). Every text here is made up for
the tests."""

from __future__ import annotations

import pytest
from test_conflicts_support import conflict_sets as _conflicts

from reader.analysis.ages import as_age
from reader.analysis.figures import extract_figures
from reader.analysis.pronoun_ages import pronoun_age, pronoun_owner


def _owner(text: str, number: str) -> str | None:
    [f] = [f for f in extract_figures(text) if f.text == number]
    return pronoun_owner(text, as_age(f)) if pronoun_age(text, f) else None


@pytest.mark.parametrize("text", [
    "Helen Marsh ran the corner shop for decades. Neighbours say she knew every child by name and, at 66, "
    "still opened at dawn.",
    "Helen Marsh ran the corner shop for decades. At 66, she still opened at dawn.",
    "Peter Oduya ran the corner shop for decades. Friends say that, at 66, he still opened at dawn.",
])
def test_an_at_age_of_the_pronouns_person(text: str) -> None:
    assert _owner(text, "66") in ("Helen Marsh", "Peter Oduya")


@pytest.mark.parametrize("text", [
    "Helen Marsh ran the corner shop for decades. At 66, he still opened at dawn.",          # other sex
    "Helen Marsh ran the corner shop. At 66, she and Peter Oduya still opened at dawn.",      # a second person
    "Helen Marsh ran the corner shop. At 66, they still opened at dawn.",
    "Helen Marsh ran the corner shop. The bus left at 66, she said.",                       # no "at N," aside
    "Helen Marsh ran the corner shop.\n\nAt 66, she still opened at dawn.",                  # a new paragraph
    "Mill Street was quiet. At 66, she still opened at dawn.",
])
def test_other_sentences_give_no_age(text: str) -> None:
    assert _owner(text, "66") is None


def test_the_pronouns_age_meets_the_named_age() -> None:
    a = ("Helen Marsh ran the corner shop for decades. Neighbours say she knew every child and, at 66, "
         "still opened at dawn.")
    b = "The woman who died was identified as Helen Marsh, 65, who ran the corner shop."
    assert {65, 66} in _conflicts(a, b)
    assert _conflicts(a, b.replace("65", "66")) == []
