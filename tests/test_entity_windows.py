"""Entities of very long bodies read a window of paragraphs at a time (texts made up here)."""

from __future__ import annotations

from itertools import pairwise

from hypothesis import given, settings
from hypothesis import strategies as st

from reader.analysis import entity_windows
from reader.analysis.dates import find_dates
from reader.analysis.entities import extract_entities
from reader.analysis.entity_windows import windowed_entities, windows
from reader.analysis.figures import extract_figures
from reader.analysis.sentences import sentence_spans

PEOPLE = ["Ada Marsh", "Tomas Riedel", "Helen Okoro", "Victor Lund", "Mira Castell", "Jonah Pike"]
PLACES = ["Chicago", "Berlin", "Nairobi", "Denver"]


def _paragraph(k: int) -> str:
    person, place = PEOPLE[k % len(PEOPLE)], PLACES[k % len(PLACES)]
    return (f"Judge {person} said on March {k % 27 + 1}, 2024 that the city of {place} owed "
            f"{k * 17 + 3} residents a refund, according to the Harbor Authority.")


def _facts(entities):
    return sorted((e.type, e.name, tuple(e.mentions)) for e in entities)


def test_windows_cover_the_body_and_cut_at_paragraph_breaks():
    body = "\n\n".join(_paragraph(k) for k in range(60))
    spans = list(windows(body, 1_000))
    assert spans[0][0] == 0 and spans[-1][1] == len(body)
    assert all(a[1] == b[0] for a, b in pairwise(spans))
    assert all(body[s - 2:s] == "\n\n" for s, _ in spans[1:])
    assert all(e - s <= 1_000 for s, e in spans)


@settings(max_examples=30, deadline=None, derandomize=True)
@given(sizes=st.lists(st.integers(1, 3_000), min_size=1, max_size=12), size=st.integers(50, 2_000))
def test_windows_of_any_paragraphs(sizes, size):
    body = "\n\n".join("x" * n for n in sizes)
    spans = list(windows(body, size))
    assert "".join(body[s:e] for s, e in spans) == body
    for s, e in spans:   # longer than the window only when one paragraph is
        assert e - s <= size or "\n\n" not in body[s:e].rstrip("\n")


def test_a_long_body_gives_what_the_whole_body_gives(monkeypatch):
    body = "\n\n".join(_paragraph(k) for k in range(80))
    dates, sentences = find_dates(body), sentence_spans(body)
    figures = extract_figures(body, dates=dates, sentences=sentences)
    whole = extract_entities(body, dates=dates, figures=figures, sentences=sentences)
    monkeypatch.setattr(entity_windows, "WINDOW", 2_000)
    assert len(list(windows(body, 2_000))) > 5
    windowed = windowed_entities(body, dates, figures, sentences)
    assert _facts(windowed) == _facts(whole)
    for e in windowed:          # figures keep their details, at body offsets
        for (s, t), d in zip(e.mentions, e.details, strict=False):
            assert (d["start"], d["end"]) == (s, t) and body[s:t] == d["text"]


def test_a_body_under_the_window_is_read_whole():
    body = _paragraph(3)
    dates, sentences = find_dates(body), sentence_spans(body)
    figures = extract_figures(body, dates=dates, sentences=sentences)
    assert _facts(windowed_entities(body, dates, figures, sentences)) == _facts(
        extract_entities(body, dates=dates, figures=figures, sentences=sentences))
