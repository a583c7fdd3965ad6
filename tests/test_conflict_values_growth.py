"""A hostile story: two articles of thousands of counts of one noun made one conflict of
hundreds of values, and joining its agreeing values asked every pair of them. Every text
here is made up for the test."""

from __future__ import annotations

from reader.library.model import Article
from reader.text.tokens import word_count


def _art(id_: str, body: str) -> Article:
    return Article(id=id_, body=body, title=id_, words=word_count(body))


def test_two_articles_of_many_counts_take_linear_time(tmp_path, monkeypatch) -> None:
    # 3,000 sentences of one count in each of two articles made one conflict of hundreds of
    # values, whose join asked every pair of them (four minutes in reader story)
    import random

    from test_timing_support import growth

    from reader.analysis.story import analyse_story

    monkeypatch.setenv("READER_CACHE_DIR", str(tmp_path))

    def run(n: int) -> None:
        rng = random.Random(n)
        one = " ".join(f"Crews in ward {i} counted {rng.randint(5, 900)} damaged homes after the storm."
                       for i in range(n))
        two = " ".join(f"Inspectors in ward {i} found {rng.randint(5, 900)} damaged homes after the storm."
                       for i in range(n))
        analyse_story([_art("a", one), _art("b", two)])

    assert growth(run, 100, limit=8) < 8
