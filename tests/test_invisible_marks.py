"""Invisible characters inside words do not cut names, quotes or figures
(reader.analysis.invisible_marks)."""

from __future__ import annotations

import re

from hypothesis import given, settings
from hypothesis import strategies as st

from reader.analysis.extraction import extract
from reader.analysis.invisible_marks import Remap
from reader.text.sanitize import neutralise

BODY = (
    "The county will spend $4 million on the Harlow dam, officials said on Tuesday.\n\n"
    "\"We cannot wait another winter,\" said Marta Oliveira, the county engineer.\n\n"
    "Oliveira said 1,200 homes sit below the dam. \"It is overdue,\" she said.\n\n"
    "Mayor Tom Brand said: \"The money is there.\"\n"
)
INVISIBLE = ["\u200b", "\u00ad", "\u2060", "\ufeff", "\u200d", "\u202e"]
_GONE = re.compile("[\u00ad\u200b-\u200f\u202a-\u202e\u2060-\u2064\u2066-\u206f\ufeff\u25cc]")


def _seen(text: str) -> str:
    return _GONE.sub("", text)


def _summary(body: str) -> dict:
    found = extract(body)
    return {
        "quotes": [(q.text, q.speaker, _seen(body[q.start:q.end])) for q in found.quotes],
        "entities": sorted((e.type, e.name, tuple(_seen(body[s:t]) for s, t in e.mentions)) for e in found.entities),
        "figures": [(f.value, f.unit, _seen(body[f.start:f.end]), _seen(body[f.number_start:f.number_end]))
                    for f in found.figures],
        "dates": [(d.value, _seen(body[d.start:d.end])) for d in found.dates],
        "sentences": [_seen(body[s:t]) for s, t in found.sentences],
    }


def test_a_zero_width_space_inside_a_surname_keeps_the_speaker_whole() -> None:
    body = neutralise(BODY.replace("Oliveira", "Oliv\u200beira").replace("1,200", "1,2\u200b00"))
    found = extract(body)
    assert [q.speaker for q in found.quotes] == ["Marta Oliveira", "Marta Oliveira", "Tom Brand"]
    people = {e.name for e in found.entities if e.type == "person"}
    assert people == {"Marta Oliveira", "Tom Brand"}
    assert 1200 in [f.value for f in found.figures]
    for q in found.quotes:          # the offsets still index the body the panes show
        assert _seen(body[q.start:q.end]) == q.text


def test_a_body_without_invisible_characters_is_read_as_before() -> None:
    assert _summary(BODY)["quotes"][0] == ("We cannot wait another winter,", "Marta Oliveira",
                                           "We cannot wait another winter,")


@settings(max_examples=60, deadline=None)
@given(st.lists(st.tuples(st.integers(0, len(BODY)), st.sampled_from(INVISIBLE)), max_size=12))
def test_invisible_characters_anywhere_change_nothing_read(inserts: list[tuple[int, str]]) -> None:
    body = BODY
    for at, char in sorted(inserts, reverse=True):
        body = body[:at] + char + body[at:]
    assert _summary(neutralise(body)) == _summary(BODY)


def test_remap_moves_starts_and_ends_past_removed_characters() -> None:
    # "ab\u200bcd": stripped "abcd"; stretches start at 0 and 2 of it, at 0 and 3 of the text
    at = Remap([0, 2], [0, 3])
    assert [at.start(k) for k in range(5)] == [0, 1, 3, 4, 5]
    assert at.span((0, 4)) == (0, 5) and at.span((2, 4)) == (3, 5) and at.span((0, 2)) == (0, 2)


def test_quotes_json_text_is_exactly_the_body_slice_and_citations_stay_clean():
    """README: `text` is exactly body[start:end], an invisible mark (◌) inside the quote
    kept; a citation of the quote carries the words a reader sees."""
    from reader.analysis.quote_match import quotes_json
    from reader.library.loading import load_library
    from reader.library.model import Article
    from reader.reports.citation import cite
    from reader.text.sanitize import neutralise

    body = neutralise('"We will not stop the pro\u200bject now," said Mayor Ann Lee on Tuesday.\n')
    article = Article(id="z", body=body, title="Council vote")
    (quote,) = quotes_json([article])
    assert quote["text"] == body[quote["start"]:quote["end"]] and "◌" in quote["text"]
    from reader.analysis.extraction import extract

    (q,) = extract(body).quotes
    assert "◌" not in cite(q, article, "plain") and "project" in cite(q, article, "plain")
    articles = load_library().articles
    bodies = {a.id: a.body for a in articles}
    for row in quotes_json(articles):
        assert row["text"] == bodies[row["article"]][row["start"]:row["end"]]
        for other in row["also_in"]:
            assert other["text"] == bodies[other["article"]][other["start"]:other["end"]]
