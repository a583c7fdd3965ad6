"""A passage both texts carry inside quotation marks is a quotation, not a copy
(reader.analysis.quoted_passages): two independent reports quoting one speaker."""

from __future__ import annotations

import json

from hypothesis import given
from hypothesis import strategies as st

from reader.analysis.quoted_passages import QUOTED_SHARE, QuotedWords, compare_bodies
from reader.analysis.story import analyse_story, story_json
from reader.engine.compare import compare_texts
from reader.library.model import Article
from reader.text.tokens import tokenize

SAID = ("“We will not let one storm decide whether this town has a future, and we will rebuild "
        "every home on Water Street,” Mayor Ines Okafor said.")

GAZETTE = ("Floodwater stood four feet deep on the east side of Marlow on Monday after the Tessel River "
           "broke its banks overnight.\n\n"
           f"{SAID}\n\n"
           "Crews from three counties pumped basements through the afternoon while volunteers filled "
           "sandbags at the fire station.")

COURIER = ("Residents of Marlow spent Monday hauling ruined furniture to the curb, a day after the "
           "river swallowed the lower town.\n\n"
           "Speaking at a packed church hall, the mayor promised help. "
           f"{SAID}\n\n"
           "The state has not yet said whether it will declare a disaster.")

COPIED = ("Floodwater stood four feet deep on the east side of Marlow on Monday after the Tessel River "
          "broke its banks overnight, the Courier reported.\n\nOfficials urged people to stay away.")


def test_two_reports_quoting_one_speaker_share_a_quotation_not_a_copy() -> None:
    comp = compare_bodies(GAZETTE, COURIER)
    assert comp.passages, "the shared quotation is still found"
    assert all(p.quotation for p in comp.passages)
    assert comp.summary().endswith(" · 1 passage · 1 verbatim · 1 quoted by both")
    assert not any(p.quotation for p in compare_texts(GAZETTE, COURIER).passages)  # the engine alone does not know


def test_a_copied_sentence_of_reporting_is_not_a_quotation() -> None:
    comp = compare_bodies(GAZETTE, COPIED)
    assert comp.passages and not any(p.quotation for p in comp.passages)


def test_the_mark_survives_mirroring_and_reaches_the_json() -> None:
    comp = compare_bodies(GAZETTE, COURIER)
    back = comp.mirrored()
    assert [p.quotation for p in back.passages] == [True]
    assert comp.to_json()["passages"][0]["quotation"] is True
    assert compare_bodies(GAZETTE, COPIED).to_json()["passages"][0]["quotation"] is False


def test_compare_text_and_json_say_so(run_reader, tmp_path) -> None:
    a, b = tmp_path / "gazette.md", tmp_path / "courier.md"
    a.write_text(f"---\ntitle: Flood\n---\n{GAZETTE}\n", encoding="utf-8")
    b.write_text(f"---\ntitle: Flood\n---\n{COURIER}\n", encoding="utf-8")
    text = run_reader("compare", str(a), str(b), "--text")
    assert text.returncode == 0, text.stderr
    assert "A quotation both carry: both quote the speaker" in text.stdout
    done = run_reader("compare", str(a), str(b), "--json")
    assert [p["quotation"] for p in json.loads(done.stdout)["passages"]] == [True]


def test_a_story_marks_the_quotation_and_draws_no_link_from_it() -> None:
    arts = [Article(id="gazette", body=GAZETTE, title="Flood"), Article(id="courier", body=COURIER, title="Flood")]
    data = story_json(analyse_story(arts))
    (pair,) = data["pairs"]
    assert [p["quotation"] for p in pair["passages"]] == [True]
    assert data["provenance"]["links"] == []


def _quoted_words(text: str) -> QuotedWords:
    from reader.analysis.quotes import extract_quotes

    return QuotedWords(tokenize(text).starts, sorted((q.start, q.end) for q in extract_quotes(text)))


WORDS = st.lists(st.sampled_from(["rain", "fell", "on", "Marlow", "“we", "rebuild”", "said", "Okafor", "today."]),
                 min_size=1, max_size=40)


@given(WORDS, st.integers(0, 400), st.integers(0, 400))
def test_the_quoted_share_is_a_fraction_and_zero_without_quotes(words: list[str], x: int, y: int) -> None:
    text = " ".join(words)
    start, end = min(x, y), max(x, y)
    share = _quoted_words(text).share(start, end)
    assert 0.0 <= share <= 1.0
    plain = text.replace("“", "").replace("”", "")
    assert _quoted_words(plain).share(start, end) == 0.0


def test_a_span_inside_one_quotation_is_all_quoted() -> None:
    view = _quoted_words(SAID)
    inner_start = SAID.index("We")
    inner_end = SAID.index(",”")
    assert view.share(inner_start, inner_end) == 1.0
    assert view.share(SAID.index("Mayor"), len(SAID)) == 0.0
    assert view.share(0, len(SAID)) >= QUOTED_SHARE     # the attribution copied with it is a few words


def test_doubled_single_marks_are_quotation_marks_too() -> None:
    said = ("''We will not let one storm decide whether this town has a future, and we will rebuild "
            "every home,'' Mayor Ines Okafor said.")
    comp = compare_bodies(f"Rain fell hard. {said}", f"Crews pumped water. {said}")
    assert [p.quotation for p in comp.passages] == [True]


STATEMENT = ("Officer Daniel Reyes ran toward danger, as he did every day for eleven years. He leaves behind a wife "
             "and two daughters. We will carry them now.")
MARKED = ("A Marlow police officer was shot on Saturday night, Chief Lorna Pike said on Sunday.\n\n"
          f"“{STATEMENT}” Pike said at a news conference.\n\nA suspect was arrested after a standoff.")
SET_OFF = ("Neighbours on the east side knew Reyes as the officer who shot baskets at the Grant Street courts.\n\n"
           "In a statement posted to the department's accounts, Chief Lorna Pike wrote:\n\n"
           f"> {STATEMENT}\n\nA vigil is planned for Thursday.")


def test_a_blockquote_a_colon_introduces_is_a_quotation() -> None:
    from reader.analysis.quoted_passages import introduced_blockquotes

    (span,) = introduced_blockquotes(SET_OFF)
    assert SET_OFF[span[0]:span[1]].strip() == f"> {STATEMENT}"
    assert introduced_blockquotes("A pull quote.\n\n> Not introduced by anyone.\n") == []
    assert introduced_blockquotes("No blockquote: here.\n") == []
    comp = compare_bodies(MARKED, SET_OFF)
    assert comp.passages and all(p.quotation for p in comp.passages)


def test_a_statement_printed_in_marks_and_as_a_blockquote_is_no_copy() -> None:
    arts = [Article(id="gazette", body=MARKED, title="Officer killed", published="2026-03-04"),
            Article(id="courier", body=SET_OFF, title="Officer remembered", published="2026-03-05")]
    data = story_json(analyse_story(arts))
    assert not [link for link in data["provenance"]["links"] if link["directed"]]
