"""Two versions of one wire's story that share little text, and the datelines wires file
under (every text here is made up for these tests)."""

from __future__ import annotations

import pytest

from reader.analysis.credits import dateline, find_credits
from reader.analysis.story import analyse_story, story_json
from reader.library.model import Article
from reader.text.tokens import word_count


def _art(id_: str, body: str, **kw: str) -> Article:
    return Article(id=id_, body=body, title=kw.pop("title", id_), words=word_count(body), **kw)


FIRST = ("A barge loaded with road salt sank at its mooring on the Tenney Canal on Thursday morning, and divers "
         "were sent to check whether its fuel tanks were leaking, the harbour office said.\n\n"
         "No one was aboard when it went down. The cause was not known.")
SECOND = ("Salvage crews began pumping diesel from the wreck of the Marta Lind late on Thursday after the "
          "harbour office confirmed a thin sheen spreading toward the Corbel lock.\n\n"
          "The vessel's owner, Fenwick Haulage, said its hull had been inspected in the spring and that it "
          "would cooperate with investigators. Boat traffic through the lock was halted overnight.")


def _story(*articles: Article) -> dict:
    return story_json(analyse_story(list(articles)))


def _links(story: dict) -> dict[frozenset[str], dict]:
    return {frozenset((lk["copy"], lk["source"])): lk for lk in story["provenance"]["links"]}


@pytest.mark.parametrize(("head", "tag"), [
    ("TENNEY, Nov 12 (Reuters) - ", "Reuters"),
    ("TENNEY, Mass. (AP) \u2014 ", "Associated Press"),
    ("TENNEY, 12 nov (AFP) - ", "AFP"),
])
def test_two_versions_of_a_wires_story_are_siblings(head: str, tag: str) -> None:
    one = _art("v1", head + FIRST, outlet=tag, published="2027-11-12T09:40:00")
    two = _art("v2", head + SECOND, outlet=tag, published="2027-11-12T21:05:00")
    link = _links(_story(one, two))[frozenset(("v1", "v2"))]
    assert link["relation"] == "siblings" and not link["directed"]
    assert "two versions" in link["reason"] and "Tenney" in link["reason"]


@pytest.mark.parametrize(("head", "outlet", "published"), [
    ("CORBEL, Nov 12 (Reuters) - ", "Reuters", "2027-11-12"),                      # another dateline
    ("TENNEY, Mar 2 (Reuters) - ", "Reuters", "2026-03-02"),                       # a year before
    ("TENNEY, Nov 12 (Reuters) - ", "Reuters", ""),                                # no date
    ("TENNEY, Mass. (AP) \u2014 ", "Associated Press", "2027-11-12"),              # another wire
])
def test_versions_need_one_wire_one_dateline_and_near_dates(head: str, outlet: str, published: str) -> None:
    one = _art("v1", "TENNEY, Nov 12 (Reuters) - " + FIRST, outlet="Reuters", published="2027-11-12T09:40:00")
    two = _art("v2", head + SECOND, outlet=outlet, **({"published": published} if published else {}))
    assert _links(_story(one, two)) == {}


def test_a_carrier_crediting_the_wire_is_no_version() -> None:
    head = "TENNEY, Nov 12 (Reuters) - "
    one = _art("v1", head + FIRST, outlet="Reuters", published="2027-11-12T09:40:00")
    paper = _art("paper", head + SECOND, outlet="Tenney Evening Post", published="2027-11-12T22:00:00")
    assert _links(_story(one, paper)) == {}


@pytest.mark.parametrize(("text", "place"), [
    ("LONDON, Nov 12 (Reuters) - A ferry", "LONDON"),
    ("NEW YORK, Oct. 15 (Reuters) - Shares", "NEW YORK"),
    ("HOUSTON, Texas, Oct 3 (Reuters) - A refinery", "HOUSTON"),
    ("PARIS, 12 nov (AFP) - La police", "PARIS"),
    ("FIRE KILLS 3, 12 HURT\nA fire", None),
])
def test_a_dateline_with_the_day_it_was_filed(text: str, place: str | None) -> None:
    assert dateline(text) == place


def test_a_headline_printed_above_the_dateline() -> None:
    body = "Barge sinks in Tenney Canal\n\nTENNEY, Nov 12 (Reuters) - " + FIRST
    assert find_credits(_art("a", body, title="Barge sinks in Tenney  canal")).dateline == "TENNEY"
    assert find_credits(_art("a", body, title="Another headline")).dateline is None
