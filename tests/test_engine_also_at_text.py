"""``reader compare --text`` names the places where the other text repeats a passage."""

from __future__ import annotations

import io

from reader.engine.compare import compare_texts
from reader.library.model import Article
from reader.reports.compare_text import write_comparison
from reader.text.tokens import word_count

STORY = ("The harbour council of Westmere voted on Tuesday night to close the old ferry pier for repairs, "
         "ending months of argument over who should pay for the work on its rotten wooden piles.")


def test_text_report_names_the_repeats_of_a_passage():
    a = "Opening words that are only here. " + STORY + " Closing words of the first article alone."
    b = ("Some other opening of this second article. " + STORY + " A paragraph between the two copies "
         "that says something else entirely about the weather. " + STORY + " The end of it.")
    cmp = compare_texts(a, b)
    ((side, start, end),) = cmp.passages[0].also_at
    out = io.StringIO()
    write_comparison(Article(id="a", body=a, title="A", words=word_count(a)),
                     Article(id="b", body=b, title="B", words=word_count(b)), cmp, out, colour=False)
    assert f"Also repeated in {side.upper()} {start}–{end}\n" in out.getvalue()


def test_text_report_without_repeats_says_nothing_of_them():
    a = "Opening words that are only here. " + STORY
    b = "Some other opening of this second article. " + STORY
    out = io.StringIO()
    write_comparison(Article(id="a", body=a, title="A", words=word_count(a)),
                     Article(id="b", body=b, title="B", words=word_count(b)), compare_texts(a, b), out, colour=False)
    assert "Also repeated" not in out.getvalue()
