"""Template copy: one agency's frame told of two events is no shared story (texts invented)."""

from __future__ import annotations

from reader.analysis.conflicts import find_conflicts
from reader.analysis.name_clash import ArticleNames, clash, lower_words, names_in, names_inside
from reader.analysis.story import analyse_story, story_json
from reader.library.model import Article
from reader.reports.markdown import story_markdown
from reader.text.tokens import word_count

FOOT = "\n\nThis report by The Canadian Press was first published Oct. 27, 2026."
KITCHENER = (
    "KITCHENER, Ont. — Priya Raman has been elected mayor of Kitchener, defeating two-term councillor "
    "Paul McAllister.\n\nRaman took 48.6 per cent of the vote on Monday, according to unofficial results "
    "posted by the city. Turnout was 34.1 per cent, up from 29.7 per cent in 2022.\n\nRaman, a former "
    "school board trustee, campaigned on transit and housing. She will be sworn in on Nov. 15." + FOOT)
WATERLOO = (
    "WATERLOO, Ont. — Waterloo Mayor Dorothy McCabe has been re-elected to a third term, beating "
    "businessman Tom Reyes.\n\nMcCabe took 61.3 per cent of the vote on Monday, according to unofficial "
    "results posted by the city. Turnout was 31.8 per cent, up from 28.2 per cent in 2022.\n\nMcCabe, a "
    "retired nurse, campaigned on keeping property taxes down. She will be sworn in on Nov. 15." + FOOT)


def _art(id_: str, body: str, outlet: str = "") -> Article:
    return Article(id=id_, body=body, title=id_, outlet=outlet or id_, words=word_count(body))


def _story() -> object:
    return analyse_story([_art("cp", KITCHENER, "The Canadian Press"), _art("citynews", KITCHENER, "CityNews"),
                          _art("cp-waterloo", WATERLOO, "The Canadian Press")])


def test_two_towns_told_from_one_frame_are_two_events():
    story = _story()
    pairs = {frozenset((t.a, t.b)): t for t in story.templates}
    assert set(pairs) == {frozenset(("cp", "cp-waterloo")), frozenset(("citynews", "cp-waterloo"))}
    t = pairs[frozenset(("cp", "cp-waterloo"))]
    names = set(t.a_names) | set(t.b_names)
    assert {"Raman", "McCabe"} <= names
    assert all("cp-waterloo" not in (link.copy, link.source) for link in story.links)
    assert story.conflicts == []            # 48.6 % and 34.1 % are Kitchener's, 61.3 % and 31.8 % Waterloo's


def test_the_report_and_the_json_say_why_they_are_not_linked():
    story = _story()
    data = story_json(story)
    (first, *_) = data["provenance"]["templates"]
    assert {"a", "b", "a_names", "b_names", "reason"} <= set(first)
    assert "share a sentence frame, not a story" in first["reason"]
    assert "share a sentence frame, not a story" in story_markdown(story)


def test_a_write_through_quoting_a_new_official_is_a_version():
    early = ("MIAMI (AP) — A pedestrian bridge collapsed onto a highway at Florida International University "
             "on Thursday, killing at least four people, said Fire Chief Dave Downey. Crews searched the "
             "wreckage at the Miami campus through the night, and Florida Governor Rick Scott arrived.")
    late = ("MIAMI (AP) — A pedestrian bridge collapsed onto a highway at Florida International University "
            "on Thursday, killing at least six people, said Police Director Juan Perez. Crews searched the "
            "wreckage at the Miami campus through the night, and Florida Governor Rick Scott arrived.")
    story = analyse_story([_art("early", early, "AP"), _art("late", late, "AP")])
    assert story.templates == []
    assert [sorted(v.value for v in c.values) for c in story.conflicts] == [[4, 6]]


def test_figures_of_articles_that_share_no_name_are_not_compared():
    fire = "The Kettle Bench fire near Merritt in British Columbia has burned 30,000 acres, Chief Ann Dole said."
    other = "The Canyon Creek fire near Bend in Oregon has burned 40,000 acres, Sheriff Tim Ruiz said."
    assert find_conflicts([_art("a", fire), _art("b", other)]) == []
    same = "The Kettle Bench fire near Merritt has burned 40,000 acres, officials in British Columbia said."
    (conflict,) = find_conflicts([_art("a", fire), _art("b", same)])
    assert sorted(v.value for v in conflict.values) == [30_000, 40_000]


def test_names_are_capitalised_words_never_written_in_lower_case():
    lower = lower_words(["the turnout was high and the mayor spoke"])
    assert names_in("Turnout rose as Mayor Raman spoke on Monday (AP).", lower) == {"raman"}
    assert names_inside("Municipal elections were held. Mayor Raman won in Kitchener, Ont. on Monday.", set()) == {
        "raman", "kitchener"}
    assert clash(frozenset({"raman"}), frozenset({"mccabe"}))
    assert not clash(frozenset({"raman"}), frozenset({"raman", "kitchener"}))
    assert not clash(frozenset(), frozenset({"mccabe"}))


def test_strangers_need_names_on_both_sides():
    strangers = ArticleNames({"a": "The Kettle Bench fire near Merritt in British Columbia.",
                              "b": "The Canyon Creek fire near Bend in Oregon.",
                              "c": "A fire burned.", "d": "The Kettle Bench fire grew near Merritt."}).strangers
    assert strangers("a", "b")
    assert not strangers("a", "c")          # c names nothing: no evidence either way
    assert not strangers("a", "d")
