"""Posts embedded in an article (reader.analysis.embeds): their people are not the
antecedents of the article's own pronouns."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from reader.analysis.embeds import blanked, embed_spans
from reader.analysis.quote_marks import paragraphs
from reader.analysis.quotes import extract_quotes

BODY = ("Tomas Reyes, a passenger, told a local station what he saw. He said the cabin filled with smoke "
        "a few minutes after takeoff.\n\n"
        "Safety board sending investigators to Harlow. Director Alan Brisco will brief reporters at 4 pm. "
        "— Safety Board (@SafetyBoard) May 2, 2025\n\n"
        "\"Everyone was praying,\" he said.")


def test_the_next_he_said_skips_the_people_an_embedded_post_names() -> None:
    (q,) = extract_quotes(BODY)
    assert q.text == "Everyone was praying," and q.speaker == "Tomas Reyes"


def test_embed_spans_finds_the_signature_paragraph_only() -> None:
    paras = paragraphs(BODY)
    assert embed_spans(BODY, paras) == [paras[1]]
    assert embed_spans("He wrote to @city (the council) on May 2, 2025.", paragraphs("x")) == []
    plain = "The mayor – Ana Ruiz (@AnaRuiz) – spoke on May 2, 2025 about the budget."
    assert embed_spans(plain, paragraphs(plain)) == []


@given(st.text(alphabet="ab \n—(@)", max_size=60), st.lists(st.tuples(st.integers(0, 60), st.integers(0, 60)),
                                                       max_size=3))
def test_blanking_keeps_every_offset_and_line_break(text: str, raw: list[tuple[int, int]]) -> None:
    spans, pos = [], 0
    for a, b in sorted((min(x, y), max(x, y)) for x, y in raw):
        a, b = max(a, pos), min(max(b, pos), len(text))
        if a < b:
            spans.append((a, b))
            pos = b
    out = blanked(text, spans)
    assert len(out) == len(text)
    assert [i for i, c in enumerate(out) if c == "\n"] == [i for i, c in enumerate(text) if c == "\n"]
    assert all(out[i] == text[i] for i in range(len(text)) if not any(a <= i < b for a, b in spans))
