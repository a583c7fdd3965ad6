"""A family's undirected pairs with one reason are told once, in the reports and on the
Story screen; directed links always keep their own line; the JSON keeps every pair."""

from __future__ import annotations

from reader.analysis.pair_relation import Link
from reader.analysis.story import analyse_story
from reader.library.model import Article
from reader.reports.html import story_html
from reader.reports.link_groups import link_lines
from reader.reports.markdown import story_markdown
from reader.text.tokens import word_count
from reader.tui.screens.story_sections import provenance_text

BODY = ("Heavy rain closed the Carrow valley road on Monday, the county said. Crews from Tellbridge "
        "cleared fallen trees for most of the afternoon while drivers waited at the junction. The road "
        "reopened after dark, and the county said it would inspect the culverts under it this week.")


def _link(a: str, b: str, reason: str, basis: str = "unknown", share: float = 1.0) -> Link:
    return Link(a, b, share, share, False, basis, {}, reason)


def _copies(n: int) -> list[Article]:
    return [Article(id=f"c{i}", title="Valley road closed", outlet="Carrow Courier", body=BODY,
                    words=word_count(BODY)) for i in range(1, n + 1)]


def test_three_pairs_with_one_reason_are_one_line_and_a_clique_says_every_pair():
    links = [_link("a", "b", "both carry AP's story"), _link("a", "c", "both carry AP's story", share=0.6),
             _link("b", "c", "both carry AP's story")]
    (line,) = link_lines(links)
    assert line.link is None and line.members == ("a", "b", "c") and line.pairs == 3
    assert line.pairs_phrase() == "every pair of them (3 pairs, 60% to 100% of their words shared)"


def test_two_pairs_stay_two_lines_and_a_directed_link_is_never_grouped():
    same = "both carry AP's story"
    links = [_link("a", "b", same), _link("d", "a", "only a has the six sentences d took", basis="unique"),
             _link("a", "c", same)]
    assert [line.link for line in link_lines(links)] == links
    directed = [_link(x, "w", "w is AP's own story", basis="credit") for x in "abc"]
    assert [line.link for line in link_lines(directed)] == directed


def test_a_group_that_is_not_every_pair_says_how_many_pairs_among_its_members():
    links = [_link("a", "b", "r"), _link("b", "c", "r"), _link("c", "d", "r"), _link("a", "e", "other")]
    lines = link_lines(links)
    assert [ln.link for ln in lines][1:] == [links[3]]
    assert lines[0].members == ("a", "b", "c", "d")
    assert lines[0].pairs_phrase() == "3 pairs among them (100% of their words shared)"


def test_ten_identical_copies_are_one_line_in_every_view_and_every_pair_in_json():
    story = analyse_story(_copies(10))
    (family,) = story.families
    assert len(family.links) == 45 and len(family.to_json()["relations"]) == 45
    md = story_markdown(story)
    section = md[md.index("## Provenance"):md.index("## Conflicting")]
    assert section.count("\n  - ") == 1 and "every pair of them (45 pairs" in section
    html = story_html(story)
    assert html.count("every pair of them (45 pairs") == 1
    screen = provenance_text(story).plain
    assert screen.count("\n  · ") == 1 and "c10, every pair of them (45 pairs" in screen
