"""Lines only one source has (every text here is made up for these tests): a passage's few
words up to a sentence break at its edge ("… at Marlow Road." ending two different
sentences before the paragraph both carry) do not make the sentence they end carried, and
a rate's base ("per 100,000") is no word two sentences share."""

from __future__ import annotations

from test_unique_lines_support import unique_texts

from reader.library.model import Article

COPIED = ("The home side missed two penalties in the first half and were booed off by a crowd of 9,412, "
          "the smallest at the ground this season. Keeper Aled Morrow saved both, diving to his left each time, "
          "and was carried off on the shoulders of the away fans at the final whistle.")

REPORT = ("Kestrel Park and Dunholm played out a goalless draw on Sunday afternoon at Marlow Road.\n\n" + COPIED +
          "\n\nKestrel Park travel to Ashby Vale next Saturday.\n")
BLOG = ("What an afternoon of nerves, cold tea and shouting at Marlow Road.\n\n" + COPIED +
        "\n\nI have never seen a keeper enjoy a nil-nil that much.\n")



def test_a_passage_edge_does_not_carry_the_sentence_it_ends(tmp_path, monkeypatch):
    articles = [Article(id="report", body=REPORT, title="Draw"), Article(id="blog", body=BLOG, title="Nerves")]
    lines = unique_texts(articles, tmp_path, monkeypatch)
    assert any(line.startswith("What an afternoon of nerves") for line in lines["blog"])
    assert any(line.startswith("Kestrel Park and Dunholm") for line in lines["report"])
    # the copied paragraph stays carried on both sides
    assert not any("missed two penalties" in line or "Keeper Aled Morrow" in line
                   for side in lines.values() for line in side)


def test_a_short_sentence_mostly_inside_a_passage_stays_carried(tmp_path, monkeypatch):
    # "Results on Friday:" ends two headings; three of its four words are in the passage
    table = "\n\nHarlow 2 Dunmere 1\n\nOsterby 0 Callan 0\n\nPellbridge 3 Tamsin 2\n\nWexley 1 Brisk 1\n"
    a = Article(id="a", body="Northern league soccer results on Friday:" + table, title="a")
    b = Article(id="b", body="Southern league soccer results on Friday:" + table, title="b")
    lines = unique_texts([a, b], tmp_path, monkeypatch)
    assert not any("results on Friday" in line for side in lines.values() for line in side)


RELEASE = ("The statewide rate is now 6.8 cases per 100,000 residents. Carrow County has the highest rate, 41.2 "
           "cases per 100,000, with 58 cases. Eleven infants have been hospitalized.\n")
REPORT_RATES = ("Carrow County, in the hills of the state's south, has been hit hardest, with a rate of 41.2 cases "
                "per 100,000 people. Vaccination rates for kindergartners fell to 83% last year, below the state "
                "average of 90%. Eleven infants have been hospitalized, health officials said.\n")


def test_a_rate_base_is_no_shared_word(tmp_path, monkeypatch):
    articles = [Article(id="release", body=RELEASE, title="r"), Article(id="report", body=REPORT_RATES, title="p")]
    lines = unique_texts(articles, tmp_path, monkeypatch)
    assert any(line.startswith("The statewide rate is now 6.8") for line in lines["release"])
    # the county's rate, told in both, stays carried
    assert not any("Carrow County has the highest rate" in line for line in lines["release"])
