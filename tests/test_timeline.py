"""Timeline (issue 16 item 3): published order, the first carrier of each shared passage,
where each quote first appeared."""

from __future__ import annotations

import os

from hypothesis import given
from hypothesis import strategies as st

from reader.analysis.story import analyse_story, story_json
from reader.analysis.timeline import FETCHED, LISTED, PUBLISHED, _same_stretch, _stretches, article_order
from reader.library.model import Article

WIRE = ("The river authority opened all six gates of the northern dam on Sunday night after three days of "
        "heavy rain raised the reservoir to its highest level in forty years, and officials told families in "
        "the valley below to move to higher ground before morning. “We had no other choice,” said Dana "
        "Whitlock, the authority's chief engineer, adding that crews would watch the banks through the night.")
OWN = ("Farmers in the lower valley spent the weekend moving cattle and machinery away from the fields that "
       "flooded two springs ago, many of them saying they no longer trust the levees built after that year.")


def _articles(tmp_path):
    undated = tmp_path / "late.md"
    undated.write_text("x")
    os.utime(undated, (1_800_000_000, 1_800_000_000))
    return [
        Article(id="copy", body=OWN + "\n\n" + WIRE + "\n", title="Copy", published="2026-03-02"),
        Article(id="late", body=WIRE + "\n\nMore to follow.\n", title="Late", path=undated),
        Article(id="wire", body=WIRE + "\n", title="Wire", published="2026-03-01"),
        Article(id="other", body=OWN + "\n", title="Other"),
    ]


def test_order_passages_and_quotes(tmp_path):
    story = analyse_story(_articles(tmp_path))
    data = story_json(story)["timeline"]
    assert [(e["article"], e["basis"]) for e in data["order"]] == [
        ("wire", PUBLISHED), ("copy", PUBLISHED), ("late", FETCHED), ("other", LISTED)]
    assert data["order"][2]["when"] == "2027-01-15T08:00:00Z" and data["order"][3]["when"] is None
    wire_passage = next(p for p in data["passages"] if "river authority" in p["excerpt"])
    assert wire_passage["first"] == "wire" and wire_passage["carried_by"] == ["wire", "copy", "late"]
    assert wire_passage["certain"] is False  # "late" has no date: which came first is not settled
    farm = next(p for p in data["passages"] if "Farmers" in p["excerpt"])
    assert farm["first"] == "copy" and farm["carried_by"] == ["copy", "other"]
    (quote,) = [q for q in data["quotes"] if "no other choice" in q["text"]]
    assert quote["first"] == "wire" and quote["carried_by"] == ["wire", "copy", "late"]


def test_a_dated_first_carrier_is_certain_when_all_are_later(tmp_path):
    arts = _articles(tmp_path)[0::2]  # copy and wire, both dated
    data = story_json(analyse_story(arts))["timeline"]
    (p,) = data["passages"]
    assert p["first"] == "wire" and p["certain"] is True


def test_same_day_is_not_certain():
    arts = [Article(id="a", body=WIRE, title="A", published="2026-03-01"),
            Article(id="b", body=WIRE + " More.", title="B", published="2026-03-01")]
    (p,) = story_json(analyse_story(arts))["timeline"]["passages"]
    assert p["first"] == "a" and p["certain"] is False


def test_order_without_any_time_keeps_the_given_order():
    arts = [Article(id=n, body="text", title=n) for n in ("c", "a", "b")]
    assert [e.article for e in article_order(arts)] == [0, 1, 2]


def test_reports_show_the_timeline(tmp_path):
    from reader.reports.html import story_html
    from reader.reports.markdown import story_markdown

    story = analyse_story(_articles(tmp_path))
    md = story_markdown(story)
    assert "## Timeline" in md and "| 1 | wire | Unknown outlet | 2026-03-01 | published |" in md
    assert "| 4 | other | Unknown outlet | — | no date or fetch time |" in md
    assert "**wire**" in md.split("### Who first carried each shared passage")[1]
    assert "<h2>Timeline</h2>" in story_html(story)


def _naive_stretches(nodes, edges):
    """Every pair of spans of one article compared (what _stretches does with fewer steps)."""
    parent = list(range(len(nodes)))

    def root(x):
        while parent[x] != x:
            x = parent[x]
        return x

    pairs = list(edges) + [(n, m) for n in range(len(nodes)) for m in range(n + 1, len(nodes))
                           if nodes[n][0] == nodes[m][0] and _same_stretch(nodes[n], nodes[m])]
    for a, b in pairs:
        parent[root(a)] = root(b)
    return [root(n) for n in range(len(nodes))]


def _partition(labels):
    groups = {}
    for n, g in enumerate(labels):
        groups.setdefault(g, []).append(n)
    return sorted(groups.values())


_span = st.tuples(st.integers(0, 2), st.integers(0, 30), st.integers(0, 12)).map(lambda t: (t[0], t[1], t[1] + t[2]))


@given(st.lists(_span, max_size=40), st.data())
def test_stretches_join_what_comparing_every_pair_joins(nodes, data):
    nodes = nodes + nodes[: len(nodes) // 2]  # equal spans, as a representative's many passages give
    index = st.integers(0, max(0, len(nodes) - 1))
    edges = data.draw(st.lists(st.tuples(index, index), max_size=len(nodes) // 2)) if nodes else []
    assert _partition(_stretches(nodes, edges)) == _partition(_naive_stretches(nodes, edges))
