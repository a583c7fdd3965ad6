"""A report's dateline and credit tag are not part of the line it opens: the line listed as
only one source's starts at its first word (every text here is made up for these tests)."""

from __future__ import annotations

import pytest
from test_unique_lines_support import unique_texts

from reader.analysis.credits import dateline_length
from reader.library.model import Article

OTHER = ("Firefighters from three towns fought the blaze at the Corrow dairy barn for most of the night.\n\n"
         "The barn's owner, Dana Pell, said the herd had been in the barn since the storm began.\n")
LEAD = "A barn fire on the Corrow dairy farm killed 30 cows on Tuesday, the county fire marshal said."


@pytest.mark.parametrize("opening, first", [
    ("CORROW, Ore. (AP) \u2014 ", "A barn fire"),
    ("CORROW, Ore., Nov 12 (Reuters) - ", "A barn fire"),
    ("CORROW \u2014 ", "A barn fire"),
    ("CORROW, Ore.\n\n(AP) \u2014 ", "A barn fire"),
])
def test_a_unique_lead_is_listed_without_its_dateline(tmp_path, monkeypatch, opening, first):
    articles = [Article(id="wire", title="Barn fire", body=opening + LEAD + "\n"),
                Article(id="paper", title="Dairy barn burns", body=OTHER)]
    lines = unique_texts(articles, tmp_path, monkeypatch)["wire"]
    assert lines == [LEAD] and lines[0].startswith(first)


@pytest.mark.parametrize("text, length", [
    ("CORROW, Ore. (AP) \u2014 A barn fire", len("CORROW, Ore. (AP) \u2014 ")),
    ("(AP) \u2014 A barn fire", len("(AP) \u2014 ")),
    ("A barn fire in CORROW (AP) \u2014 killed", 0),                        # a tag later on is no dateline
    ("FOR IMMEDIATE RELEASE \u2014 The county said", 0),                  # a release header is no place
    ("The county (Harlow) \u2014 said", 0),
    ("KVRN-4 asked the county when the road will reopen", 0),            # a station's name, not "KVRN \u2014"
])
def test_dateline_length(text, length):
    assert dateline_length(text) == length
