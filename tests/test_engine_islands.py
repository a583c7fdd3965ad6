"""Short sentences copied whole are passages once two texts share text (islands,
:mod:`reader.engine.islands`), and never on their own. Texts made up for these tests."""

from __future__ import annotations

from itertools import pairwise

from hypothesis import given, settings
from hypothesis import strategies as st

from reader.engine.compare import compare_texts
from reader.engine.islands import sentence_bounds
from reader.text.tokens import tokenize

WIRE = [
    "A pedestrian walkway over the river in Tolland collapsed on Wednesday morning, trapping three cars beneath it.",
    "The 300-ton span had been lifted into place over the weekend after months of work on the banks.",
    "Fire crews pulled two drivers from the wreckage and took them to Mercy Hospital with broken bones.",
    "Traffic was stopped in both directions for most of the day.",
    "Video shows cars underneath the walkway were crushed.",
    "The FAA sent a team of inspectors to Tolland.",
]


# Paragraphs only one text has, long enough that the aligner never joins across them.
LOCAL_A = ("Members of the Tolland Historical Society gathered at the library on Main Street that evening. "
           "Their president recalled how the old iron crossing had served farmers for a century. "
           "She asked for a plaque to honour the builders of the first bridge. "
           "Several residents brought photographs of the opening ceremony held in 1931. "
           "Volunteers offered coffee and sandwiches to anyone who stopped by. "
           "The society plans an exhibition of its archive in the spring.")
LOCAL_B = ("Students at Lincoln Middle School wrote letters to the injured drivers on Thursday. "
           "Their teacher said the class had walked across the span on a field trip last month. "
           "Parents organised a collection for the families through the parish church. "
           "A local bakery promised to donate bread for the rest of the week. "
           "The principal said counsellors would be available to every pupil. "
           "Classes will resume on a normal timetable next Monday.")
ENDS = ("Officials expect to publish a full report before the end of the year.",
        "The district will hold a public hearing about the crossing next month.")


def _covered(text: str, sentence: str, spans: list[tuple[int, int]]) -> bool:
    start = text.index(sentence)
    return any(s <= start and start + len(sentence) <= e for s, e in spans)


def _spans(text_a: str, text_b: str) -> tuple[list[tuple[int, int]], list[tuple[int, int]]]:
    c = compare_texts(text_a, text_b)
    return [(p.a_start, p.a_end) for p in c.passages], [(p.b_start, p.b_end) for p in c.passages]


def _pair(last_a: str, last_b: str) -> tuple[str, str]:
    """Two texts sharing the wire's first three sentences, then each its own paragraph,
    then ``last_a`` / ``last_b``, then different endings."""
    shared = " ".join(WIRE[:3])
    return (f"{shared}\n\n{LOCAL_A}\n\n{last_a}\n\n{ENDS[0]}",
            f"{shared}\n\n{LOCAL_B}\n\n{last_b}\n\n{ENDS[1]}")


def test_a_short_sentence_standing_alone_in_related_texts_is_shared(code_path: str) -> None:
    a, b = _pair(WIRE[4], WIRE[4])
    spans_a, spans_b = _spans(a, b)
    assert _covered(a, WIRE[0], spans_a)
    assert _covered(a, WIRE[4], spans_a) and _covered(b, WIRE[4], spans_b)
    assert not _covered(a, ENDS[0], spans_a) and not _covered(b, ENDS[1], spans_b)


def test_an_acronym_spelled_out_does_not_hide_the_same_sentence(code_path: str) -> None:
    spelled = "The Federal Aviation Administration sent a team of inspectors to Tolland."
    a, b = _pair(WIRE[5], spelled)
    c = compare_texts(a, b)
    (island,) = [p for p in c.passages if "inspectors" in p.a_text]
    assert island.a_text == WIRE[5] and island.b_text == spelled
    assert island.kind == "edited"  # the diff still shows the acronym against its words


def test_a_clause_after_a_semicolon_made_a_sentence_of_its_own_is_shared(code_path: str) -> None:
    clause = "some drivers were hurt but none died, police said."
    a, b = _pair(f"Traffic backed up for an hour on the river road; {clause}",
                 f"Four cars and a bus were caught, and the road was strewn with glass. {clause.capitalize()}")
    spans_a, spans_b = _spans(a, b)
    assert _covered(a, clause, spans_a) and _covered(b, clause.capitalize(), spans_b)


def test_texts_longer_than_an_article_are_left_as_the_aligner_found_them(monkeypatch) -> None:
    import reader.engine.islands as islands

    a, b = _pair(WIRE[4], WIRE[4])
    monkeypatch.setattr(islands, "ISLAND_MAX_WORDS", len(tokenize(a).norms) - 1)
    spans_a, _ = _spans(a, b)
    assert _covered(a, WIRE[0], spans_a) and not _covered(a, WIRE[4], spans_a)


def test_a_short_sentence_alone_is_never_a_passage(code_path: str) -> None:
    a = f"{LOCAL_A}\n\n{WIRE[4]}\n\n{ENDS[0]}"
    b = f"{LOCAL_B}\n\n{WIRE[4]}\n\n{ENDS[1]}"
    assert compare_texts(a, b).passages == []


def test_a_quoted_sentence_is_not_an_island(code_path: str) -> None:
    quote = '"We will rebuild the walkway by spring," the mayor said.'
    a, b = _pair(quote, quote)
    spans_a, _ = _spans(a, b)
    assert not _covered(a, quote, spans_a)


def test_different_sentences_on_the_same_subject_are_not_islands(code_path: str) -> None:
    a, b = _pair("Inspectors from the state will visit the site on Friday to look at the welds.",
                 "The state said its inspectors had looked at the site twice last year.")
    c = compare_texts(a, b)
    assert all("inspectors" not in p.a_text.lower() for p in c.passages)


def test_sentences_split_at_full_stops_semicolons_and_blank_lines_but_not_inside_words_or_wrapped_lines() -> None:
    t = tokenize("The U.S. team won.\nThen it rained! Did it? Yes; no\nmore\n\nNew paragraph")
    spans = sorted({sentence_bounds(t, k) for k in range(len(t))})
    got = [" ".join(t.surface(k) for k in range(first, last + 1)) for first, last in spans]
    assert got == ["The U.S", "team won", "Then it rained", "Did it", "Yes", "no more", "New paragraph"]


def test_a_sentence_longer_than_the_limit_has_no_bounds() -> None:
    t = tokenize("word " * 70 + "end. Short one here.")
    assert sentence_bounds(t, 5) is None
    assert sentence_bounds(t, 72, most=60) == (71, 73)


@settings(max_examples=40, deadline=None)
@given(st.permutations(range(len(WIRE))), st.integers(0, len(WIRE) - 1))
def test_passages_stay_one_to_one_and_mirror(order: list[int], dropped: int) -> None:
    a = " ".join(WIRE)
    b = " ".join(WIRE[k] for k in order if k != dropped)
    c, m = compare_texts(a, b), compare_texts(b, a)
    assert m.mirrored() == c
    for side in ("a", "b"):
        spans = sorted((p.a_start, p.a_end) if side == "a" else (p.b_start, p.b_end) for p in c.passages)
        assert all(e1 <= s2 for (_, e1), (s2, _) in pairwise(spans))
