"""Lengths of time told in two units ("3 hours and 20 minutes") are one length
(reader.analysis.compound_durations), compared and shown as written; texts invented."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from reader.analysis.compound_durations import joined_durations
from reader.analysis.figures import extract_figures
from reader.analysis.story import analyse_story
from reader.library.model import Article
from reader.text.tokens import word_count


def _joined(text: str) -> list[tuple[str, float, str | None]]:
    return [(f.text, f.value, f.unit) for f in joined_durations(text, extract_figures(text))]


@pytest.mark.parametrize(("text", "figure", "minutes"), [
    ("The tunnel was closed for 3 hours and 20 minutes.", "3 hours and 20 minutes", 200),
    ("The lift stopped for two hours and 15 minutes.", "two hours and 15 minutes", 135),
    ("It lasted 1 hour 40 minutes.", "1 hour 40 minutes", 100),
    ("The climb took about 2 hours, 10 minutes.", "about 2 hours, 10 minutes", 130),
])
def test_two_units_are_one_length(text: str, figure: str, minutes: int) -> None:
    assert (figure, minutes, "minute") in _joined(text)


@pytest.mark.parametrize("text", [
    "It took 3 hours; 20 minutes of it in traffic.",
    "The first leg took 2 hours and the second 45 minutes.",
    "They waited 4 hours and 90 minutes more.",
    "The 2 hours were long. 20 minutes later it ended.",
])
def test_lengths_that_are_not_one_are_left_apart(text: str) -> None:
    assert not any("hour" in t and "minute" in t for t, _, _ in _joined(text))


def _art(id_: str, body: str, outlet: str) -> Article:
    return Article(id=id_, body=body, title=id_, outlet=outlet, words=word_count(body), published="2026-05-02")


def test_a_length_in_two_units_is_shown_as_written_in_a_conflict() -> None:
    a = ("The Kell Road tunnel in Brathby was closed for 3 hours and 20 minutes on Friday after a lorry fire, "
         "police said.")
    b = a.replace("3 hours and 20 minutes", "nearly five hours")
    story = analyse_story([_art("a", a, "Brathby Echo"), _art("b", b, "North Wire"), _art("c", b, "Tunnel TV")])
    (conflict,) = story.conflicts
    assert {v.stated for v in conflict.values} == {"3 hours and 20 minutes", "nearly 5 hours"}


def test_a_length_in_two_units_agrees_with_the_same_length_in_minutes() -> None:
    a = ("The Kell Road tunnel in Brathby was closed for 3 hours and 20 minutes on Friday after a lorry fire, "
         "police said.")
    b = a.replace("3 hours and 20 minutes", "200 minutes")
    story = analyse_story([_art("a", a, "Brathby Echo"), _art("b", b, "North Wire"), _art("c", b, "Tunnel TV")])
    assert story.conflicts == []


def test_no_figures_and_one_figure() -> None:
    assert joined_durations("No figures here.", []) == []
    assert _joined("It took 3 hours.") == [("3 hours", 3, "hour")]


_PIECES = ["3 hours", "two hours", "1 hour", "20 minutes", "90 minutes", "15 seconds", "2 days", "six hours",
           " and ", ", ", " ", ".", "; ", "about ", "nearly ", "up to ", "The road was closed for ", "\n\n"]


@settings(deadline=None, derandomize=True, max_examples=300)
@given(st.lists(st.sampled_from(_PIECES), max_size=25).map("".join))
def test_joined_lengths_keep_exact_spans_in_order(text: str) -> None:
    figures = extract_figures(text)
    joined = joined_durations(text, figures)
    assert len(joined) <= len(figures)
    last = -1
    for f in joined:
        assert text[f.start:f.end] == f.text
        assert f.start >= last
        last = f.end
    assert sum(1 for f in joined if f not in figures) == len(figures) - len(joined)
