"""The same quote across sources (reader.analysis.quote_match), and the CLI's JSON and text output."""

from __future__ import annotations

import json
from types import SimpleNamespace

import pytest

from reader.analysis.quote_match import diff_text, match_quotes, quotes_json, word_diff
from reader.analysis.quotes import Quote
from reader.library.loading import load_library
from reader.reports.quote_listing import format_quotes

DISCLOSURE = "Plaintiffs have shown that the IRS’s disclosure"
IMPLEMENTATION = "Plaintiffs have shown that the IRS’s implementation"


@pytest.fixture(scope="module")
def library():
    return load_library()


@pytest.fixture(scope="module")
def groups(library):
    return match_quotes(library.articles)


def group_of(groups, article: str, opening: str):
    (g,) = [g for g in groups for o in g.occurrences if o.article == article and o.quote.text.startswith(opening)]
    return g


def test_the_same_quote_in_cnn_and_its_copy(groups):
    g = group_of(groups, "cnn", DISCLOSURE)
    assert g.carried_by == ["cnn", "house-addresses"]
    assert g.outlets == ["CNN"]                         # house-addresses names no outlet
    assert g.speaker == "Colleen Kollar-Kotelly"
    assert {o.relation for o in g.occurrences} == {"same"}


def test_two_sentences_that_open_alike_are_different_quotes(groups):
    disclosure = group_of(groups, "cnn", DISCLOSURE)
    implementation = group_of(groups, "judge-rules", IMPLEMENTATION)
    assert disclosure is not implementation
    assert "judge-rules" not in disclosure.carried_by
    assert "cnn" not in implementation.carried_by and "house-addresses" not in implementation.carried_by


def test_a_fragment_joins_the_quote_it_is_part_of(groups):
    g = group_of(groups, "judge-rules", "personally and directly engaged")
    assert g.carried_by == ["cnn", "house-addresses", "judge-rules"]
    (frag,) = [o for o in g.occurrences if o.article == "judge-rules"]
    assert frag.relation == "fragment"
    assert frag.diff == [(0, "personally and directly engaged")]   # same words, against the matching window


def test_a_fragment_with_different_wording_shows_the_change(groups):
    g = group_of(groups, "judge-rules", IMPLEMENTATION)
    assert "newsnation" in g.carried_by and "NewsNation" in g.outlets
    (nn,) = [o for o in g.occurrences if o.article == "newsnation" and o.quote.text.startswith("failed to consider")]
    assert nn.relation == "fragment"
    assert diff_text(nn.diff).endswith("for the new [-policy,-]{+Policy.+}") or "{+Policy.+}" in diff_text(nn.diff)


def test_every_quote_is_in_exactly_one_group(library, groups):
    from reader.analysis.quotes import extract_quotes

    total = sum(len(extract_quotes(a)) for a in library.articles)
    assert sum(len(g.occurrences) for g in groups) == total
    seen = [(o.article, o.quote.start) for g in groups for o in g.occurrences]
    assert len(seen) == len(set(seen))


def art(id_, body, outlet=None):
    return SimpleNamespace(id=id_, body=body, outlet=outlet, title=id_, title_derived=False, authors=(),
                           published=None, url=None, outlet_label=outlet or "Unknown outlet")


def test_altered_wording_is_the_same_quote_with_a_word_diff():
    a = art("a", "“We will not back down from this fight, whatever it costs us,” Chen said.", "A News")
    b = art("b", "“We will not back away from this fight, whatever it costs,” Chen said.", "B Daily")
    (g,) = match_quotes([a, b])
    assert g.carried_by == ["a", "b"] and g.outlets == ["A News", "B Daily"]
    other = next(o for o in g.occurrences if o is not g.canonical)
    assert other.relation == "altered" and 0.7 <= other.similarity < 1
    assert "[-down-]{+away+}" in diff_text(other.diff) or "[-away-]{+down+}" in diff_text(other.diff)


def test_different_statements_that_share_an_opening_stay_apart():
    a = art("a", "“The court finds that the agency acted unlawfully when it shared the records,” the judge wrote.")
    b = art("b", "“The court finds that the agency must restore every benefit it cut last spring,” the judge wrote.")
    assert len(match_quotes([a, b])) == 2


def test_short_fragments_need_the_same_named_speaker():
    long = "“The decision was unlawful and it was cruel to thousands of families,” Chen said."
    same = art("b", "Judge Ann Chen called it “unlawful” on Friday.")
    other = art("c", "Senator Bo Lin called it “unlawful” on Friday.")
    groups = match_quotes([art("a", "Judge Ann Chen ruled. " + long), same, other])
    carried = sorted(g.carried_by for g in groups)
    assert carried == [["a", "b"], ["c"]]


def test_a_common_phrase_never_merges_two_statements():
    a = art("a", "“It was contrary to law and we said so from the first day,” Chen said.")
    b = art("b", "“It was contrary to law, and the agency knew it all along,” Lin said.")
    c = art("c", "Critics said it was “contrary to law” from the start.")
    groups = match_quotes([a, b, c])
    assert sorted(len(g.occurrences) for g in groups) == [1, 2]   # the phrase joins one of them, not both


@pytest.mark.parametrize("a, b", [
    ("We will build it, and pay for it.", "We will build it and pay for it!"),
    ("The ‘policy’ failed.", "The policy failed badly."),
    ("", "Something"),
    ("Only words here", ""),
])
def test_word_diff_rebuilds_both_texts(a, b):
    diff = word_diff(a, b)
    assert "".join(t for op, t in diff if op != 1) == a
    assert "".join(t for op, t in diff if op != -1) == b


def test_quotes_json_fields(library):
    rows = quotes_json(library.articles)
    assert len(rows) == 27
    for row in rows:
        assert {"article", "text", "speaker", "kind", "start", "end", "speaker_role", "outlets", "carried_by",
                "attribution", "paragraph", "group", "part", "nested", "also_in", "relation"} <= set(row)
        body = library.get(row["article"]).body
        assert body[row["start"]:row["end"]] == row["text"]
        assert row["article"] in row["carried_by"]
    first = rows[0]
    assert first["article"] == "cnn" and first["carried_by"] == ["cnn", "house-addresses"]
    assert first["also_in"][0]["article"] == "house-addresses"
    json.dumps(rows)                                    # plain JSON types only


def test_unattributed_quotes_have_a_null_speaker_in_json():
    rows = quotes_json([art("x", "Critics say the so-called “reform” is a tax cut.")])
    assert rows[0]["speaker"] is None and rows[0]["speaker_role"] is None and rows[0]["outlets"] == []


def test_human_listing(library):
    text = format_quotes(library.articles)
    assert text.startswith("cnn · CNN · Federal judge blocks IRS")
    assert "also in: house-addresses, judge-rules" in text
    assert "Skye Perryman, president of Democracy Forward" in text
    assert "None" not in text


def test_human_listing_in_a_citation_style(library):
    text = format_quotes([library.get("cnn")], "apa")
    assert text.count("(Kollar-Kotelly, as cited in Cohen, n.d.).") == 2
    assert format_quotes([art("x", "No quotes here.")]) == "x · Unknown outlet · x\n  (no quotations)\n"


def test_quotes_given_are_used_as_they_are():
    a = art("a", "“One two three four,” Chen said.")
    q = Quote("One two three four,", 1, 20, "full", 0, speaker="Someone")
    (g,) = match_quotes([a], {"a": [q]})
    assert g.occurrences[0].quote is q


def test_one_quotation_credited_to_two_people_is_shown(tmp_path, monkeypatch):
    """A report that gives a senator's line to another senator: the quote group names
    the source and the speaker it gives, in JSON, both reports and ``reader quotes``."""
    from reader.analysis.story import analyse_story, story_json
    from reader.library.model import Article
    from reader.reports.html import story_html
    from reader.reports.markdown import story_markdown

    monkeypatch.setenv("READER_CACHE_DIR", str(tmp_path))
    line = "\u201cThis bill is a blank check for the insurance industry,\u201d"
    wire = Article(id="wire", title="Senate passes bill", body=(
        "The Senate passed the health bill 52-48 on Thursday after a day of debate.\n\n"
        f"{line} said Sen. Maria Delacroix, a Vermont Democrat.\n\n"
        "The bill now goes to the House, where leaders expect a vote next week."))
    paper = Article(id="paper", title="Bill clears Senate", body=(
        "Senators approved the health bill on Thursday by four votes.\n\n"
        f"{line} Sen. Raymond Okafor said on the floor before the vote.\n\n"
        "Hospitals in the state have lobbied against the bill for months."))
    leon = Article(id="leon", title="Senate vote", body=(
        f"{line} Delacroix said after the vote.\n\nThe vote was close."))
    story = analyse_story([wire, paper, leon])
    (group,) = [g for g in story.quote_groups if "blank check" in g.canonical.quote.text]
    assert group.speaker == "Maria Delacroix"
    assert group.other_speakers() == [("paper", "Raymond Okafor")]     # "Delacroix" alone is the same person
    (q,) = [q for q in story_json(story)["quotes"] if "blank check" in q["text"]]
    assert q["other_speakers"] == [{"article": "paper", "speaker": "Raymond Okafor"}]
    assert "paper (same) \u2014 **said by Raymond Okafor** here" in story_markdown(story)
    assert "said by Raymond Okafor here" in story_html(story)
    listing = format_quotes([wire, paper, leon])
    assert "said by someone else there: Raymond Okafor in paper" in listing
    assert "said by someone else there: Maria Delacroix in wire, leon" in listing
