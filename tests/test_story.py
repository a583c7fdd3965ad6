"""Story analysis on the bundled story and on small made-up stories."""

from __future__ import annotations

import dataclasses
import json

import pytest

from reader.analysis.conflicts import FigureUse, find_conflicts, same_quantity
from reader.analysis.figures import extract_figures
from reader.analysis.story import analyse_story, story_json
from reader.library.loading import load_library
from reader.library.model import Article
from reader.text.tokens import word_count


@pytest.fixture(scope="module")
def bundled():
    return load_library().articles


@pytest.fixture(scope="module")
def story(bundled):
    return analyse_story(bundled)


def _art(id_, body, **kw):
    return Article(id=id_, body=body, title=id_, words=word_count(body), **kw)


def test_finds_the_records_conflict(story):
    conflict = next(c for c in story.conflicts if {v.display for v in c.values} == {"1.27 million", "1.28 million"})
    by_value = {v.display: v for v in conflict.values}
    assert by_value["1.27 million"].articles == ["newsnation"]
    assert {"cnn", "judge-rules", "house-addresses"} <= set(by_value["1.28 million"].articles)
    for v in conflict.values:
        for u in v.uses:
            art = next(a for a in story.articles if a.id == u.article)
            sentence = art.body[u.figure.sentence_start:u.figure.sentence_end]
            assert sentence == u.sentence and v.display.split()[0] in sentence


def test_no_false_conflicts_on_the_bundle(story):
    # 47,000 agrees everywhere and is not a conflict with 1.28 million; nothing else disagrees.
    assert len(story.conflicts) == 1
    values = {v.value for v in story.conflicts[0].values}
    assert 47000 not in values


def test_house_addresses_is_a_reworded_copy_of_cnn(story):
    link = next(x for x in story.links if {x.copy, x.source} == {"cnn", "house-addresses"})
    assert (link.copy, link.source) == ("house-addresses", "cnn")
    assert link.reworded and link.directed and link.basis == "rewording"
    prov = story.provenance
    assert prov["house-addresses"]["draws_on"] == ["cnn"]
    assert prov["cnn"]["used_by"] == ["house-addresses"]


def test_direction_does_not_need_metadata(bundled):
    # Without its outlet, cnn's "(CNN)" credit says only that it carries CNN's story, which makes an
    # uncredited copy a sibling (both carry CNN's story), so the credit goes too: the rewording alone
    # must give the direction.
    stripped = [dataclasses.replace(a, outlet=None, authors=(), body=a.body.replace("(CNN) — ", "", 1))
                for a in bundled]
    story = analyse_story(stripped)
    assert story.provenance["house-addresses"]["draws_on"] == ["cnn"]
    link = next(x for x in story.links if x.copy == "house-addresses")
    assert link.basis == "rewording" and "rewords" in link.reason


def test_later_ruling_and_independent_reports_have_no_provenance(story):
    prov = story.provenance
    assert prov["dcnf-talwani"] == {"draws_on": [], "used_by": [], "shares_with": []}
    for art in ("cnn", "judge-rules", "newsnation"):
        assert prov[art]["draws_on"] == []


def test_matrix_and_pairs(story):
    data = story_json(story)
    ids = data["matrix"]["ids"]
    shared = data["matrix"]["shared"]
    i, j = ids.index("cnn"), ids.index("house-addresses")
    assert shared[i][j] > 0.95 and shared[j][i] > 0.95
    d = ids.index("dcnf-talwani")
    assert all(shared[d][k] == 0 for k in range(len(ids)) if k != d)
    assert all(shared[k][k] == 1.0 for k in range(len(ids)))
    # only related pairs were aligned
    assert data["matrix"]["aligned_pairs"] + data["matrix"]["skipped_pairs"] == 10
    assert data["matrix"]["aligned_pairs"] < 10
    pair = next(p for p in data["pairs"] if {p["a"], p["b"]} == {"cnn", "house-addresses"})
    assert pair["counts"]["rewritten"] == 1 and pair["passages"][0]["kind"] == "rewritten"


def test_json_is_stable_and_serialisable(story):
    data = story_json(story)
    assert list(data) == ["articles", "matrix", "pairs", "provenance", "conflicts", "quotes", "unique_lines",
                          "entities", "labels", "timeline", "other_times", "faults"]
    text = json.dumps(data)
    assert json.loads(text) == data


def test_the_lazy_json_writes_exactly_the_story_json(story):
    """``reader story --json`` writes story_json_lazy (long lists made as they are
    written): the text is json.dumps of story_json, piped and on a terminal."""
    from io import StringIO

    from reader.analysis.story import story_json_lazy
    from reader.reports.output import write_json

    class Terminal(StringIO):
        def isatty(self) -> bool:
            return True

    data = story_json(story)
    assert data["quotes"] and data["labels"] and any(u["lines"] for u in data["unique_lines"])
    piped, terminal = StringIO(), Terminal()
    write_json(story_json_lazy(story), piped)
    write_json(story_json_lazy(story), terminal)
    assert piped.getvalue() == json.dumps(data, ensure_ascii=False) + "\n"
    assert terminal.getvalue() == json.dumps(data, ensure_ascii=False, indent=2) + "\n"
    conflict = data["conflicts"][0]
    assert set(conflict) == {"quantity", "articles", "values", "shared_text", "learned"}
    assert set(conflict["values"][0]) == {"value", "display", "stated", "articles", "figures"}
    assert {"article", "start", "end", "text", "sentence_start", "sentence_end", "sentence"} <= set(
        conflict["values"][0]["figures"][0])
    link = data["provenance"]["links"][0]
    assert set(link) == {"copy", "source", "directed", "basis", "relation", "reason", "family", "reworded",
                         "copy_contained", "source_contained", "kinds"}
    family = data["provenance"]["families"][0]
    assert set(family) == {"id", "members", "source", "fullest", "relations"}
    assert set(family["source"]) == {"kind", "name", "rule", "reason"}


def test_quotes_across_sources(story):
    data = story_json(story)
    shared = [q for q in data["quotes"] if len(q["carried_by"]) > 1]
    assert any(set(q["carried_by"]) == {"cnn", "house-addresses", "judge-rules"} for q in shared)
    assert all({"id", "speaker", "text", "carried_by", "altered", "occurrences"} <= set(q) for q in data["quotes"])


def test_altered_quote_is_flagged():
    a = _art("a", 'The mayor said: "We will rebuild every single house that was lost in the flood this year."')
    b = _art("b", 'Officials spoke. "We will rebuild every house that was destroyed in the flood this year," '
                  'the mayor said.')
    data = story_json(analyse_story([a, b]))
    q = next(q for q in data["quotes"] if len(q["carried_by"]) == 2)
    assert q["altered"]


def test_unique_lines(story):
    data = story_json(story)
    lines = {u["article"]: u["lines"] for u in data["unique_lines"]}
    assert lines["cnn"] == [] and lines["house-addresses"] == []     # copies of each other
    assert lines["dcnf-talwani"]                                      # a different story altogether
    texts = [line["text"] for line in lines["newsnation"]]
    assert any("1.27 million" in t for t in texts)
    body = next(a for a in story.articles if a.id == "newsnation").body
    assert all(body[line["start"]:line["end"]] == line["text"] for line in lines["newsnation"])


def test_entities_only_some_sources_mention(story):
    ents = {e["name"]: e for e in story.entities}
    assert "Indira Talwani" in ents and ents["Indira Talwani"]["articles"] == ["dcnf-talwani"]
    assert "Colleen Kollar-Kotelly" not in ents      # every source names her
    for e in story.entities:
        assert set(e["articles"]) | set(e["missing"]) == {a.id for a in story.articles}


def test_progress_is_reported(bundled):
    calls = []
    analyse_story(bundled, progress=lambda done, total, what: calls.append((done, total, what)))
    assert calls[-1][0] == calls[-1][1]
    dones = [c[0] for c in calls]
    assert dones == sorted(dones) and dones[0] == 0
    assert any("comparing" in c[2] for c in calls)


def test_tiny_stories():
    assert story_json(analyse_story([]))["matrix"]["ids"] == []
    one = analyse_story([_art("solo", "Only one article says 1.27 million records were requested.")])
    assert one.conflicts == [] and one.links == []
    assert story_json(one)["matrix"]["shared"] == [[1.0]]


def test_dates_decide_direction():
    body = ("The council approved the new budget of 4.2 million dollars on Tuesday after a long debate "
            "about road repairs, school meals and the public library opening hours in the town centre. ")
    extra = "Critics said the plan ignored the river flood defences entirely."
    old = _art("old", body + extra, published="2025-01-02")
    new = _art("new", body, published="2025-01-05")
    story = analyse_story([new, old])
    link = story.links[0]
    assert (link.copy, link.source, link.basis) == ("new", "old", "date")
    nodate = analyse_story([dataclasses.replace(new, published=None), dataclasses.replace(old, published=None)])
    link = nodate.links[0]
    # without dates nothing tells which came first: a trimmed copy and a text that grew by a paragraph
    # look alike, so the link stays undirected and says so
    assert not link.directed and link.basis == "unknown" and "not known" in link.reason


def _use(aid, text):
    f = extract_figures(text)[0]
    return FigureUse(aid, f, text[f.sentence_start:f.sentence_end])


def test_same_quantity_rules():
    a = _use("a", "ICE requested more than 1.27 million records from the IRS.")
    b = _use("b", "The IRS said ICE asked about 1.28 million taxpayers.")
    c = _use("c", "The IRS provided 47,000 records to ICE.")
    d = _use("d", "Police arrested 12 people at the march.")
    e = _use("e", "Police arrested 13 people at the march.")
    f = _use("f", "The company spent $1.28 million on lawyers.")
    g = _use("g", "Nearly 12% of voters were undecided in the poll.")
    assert same_quantity(a, b)
    assert not same_quantity(a, c)            # far apart in magnitude
    assert not same_quantity(d, e)            # 8% apart: too far
    assert not same_quantity(a, f)            # records vs dollars
    assert not same_quantity(a, a)            # equal values never conflict
    assert not same_quantity(d, g)


def test_conflicts_need_two_sources():
    arts = [_art("x", "Officials counted 1.27 million ballots. Later officials counted 1.28 million ballots.")]
    assert find_conflicts(arts) == []
    arts.append(_art("y", "Observers said 2,000 ballots were spoiled."))
    assert find_conflicts(arts) == []


def test_an_entity_the_reading_missed_in_an_article_that_names_it_is_not_said_missing():
    """The table of entities only some sources mention says "not by" only of an article
    that does not name it: one that gives the surname alone, or the name where the entity
    reading did not take it, names it."""
    from reader.library.model import Article as Art
    from reader.text.tokens import word_count as wc

    def art(id_: str, body: str) -> Art:
        return Art(id=id_, body=body, title=id_, words=wc(body))

    story = analyse_story([
        art("a", "Judge Sarah Morrison sentenced Gregory Pallister on Tuesday. Morrison said the theft was cruel."),
        art("b", "The judge, Morrison, told the court the theft had hurt thousands of families in the county."),
        art("c", "A charity director was sentenced on Tuesday for stealing from a food bank in the county."),
    ])
    rows = {e["name"]: e for e in story.entities}
    assert rows["Sarah Morrison"]["missing"] == ["c"]
