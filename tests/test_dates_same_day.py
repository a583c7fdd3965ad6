"""A day with no time of day against a time on that day tells no order (every text here is
made up for these tests): a blog dated "2026-05-12" that copies a paper's paragraph from
"2026-05-12T09:00:00Z" was taken for the paper's source, because the shorter string
sorts first."""

from __future__ import annotations

from reader.analysis.story import analyse_story
from reader.library.model import Article
from reader.text.instants import earlier
from reader.text.tokens import word_count

LIFTED = ("Island councillor Megan Trask said a water taxi would run twice a day from Wednesday, paid for by the "
          "county, and that a doctor would visit the island every Thursday while the ferry is out.")
PAPER = "\n\n".join([
    "The only passenger ferry to Gull Island was taken out of service on Monday after an inspector found a crack "
    "in its hull, leaving about 300 island residents without a regular link to the mainland.",
    "The Osprey, a 40-year-old vessel, will be in dry dock at Penmarch for at least three weeks, the company said.",
    LIFTED,
    "The company has asked the state for an emergency grant to lease a replacement boat.",
]) + "\n"
BLOG = "\n\n".join([
    "Bad news for anyone who needs to get off the island this month.",
    LIFTED,
    "If you need a lift to the water taxi landing, the church minibus will run from the post office at 7 a.m.",
]) + "\n"


def _link(paper_date: str, blog_date: str):
    story = analyse_story([
        Article(id="paper", body=PAPER, title="p", words=word_count(PAPER), outlet="Harwick Chronicle",
                published=paper_date),
        Article(id="blog", body=BLOG, title="b", words=word_count(BLOG), outlet="Island Life Notes",
                published=blog_date)])
    (link,) = story.links
    return link


def test_a_day_is_not_before_a_time_that_day():
    assert not earlier("2026-05-12", "2026-05-12T09:00:00Z")
    assert not earlier("2026-05-12T09:00:00Z", "2026-05-12")
    assert earlier("2026-05-11", "2026-05-12T09:00:00Z") and earlier("2026-05-12T09:00:00Z", "2026-05-13")
    assert earlier("2026-05-12T09:00:00Z", "2026-05-12T10:00:00+00:00")
    assert earlier("2026-05-12", "2026-05-13") and not earlier(None, "2026-05-13")


def test_a_time_with_no_zone_is_ordered_against_a_zoned_one_only_beyond_any_zone():
    # 09:00 with no zone may be 19:00 the day before in UTC, or 21:00 that day
    assert not earlier("2026-05-12T08:00:00Z", "2026-05-12T09:00:00")
    assert not earlier("2026-05-12T09:00:00", "2026-05-12T08:00:00Z")
    assert earlier("2026-05-11T08:00:00Z", "2026-05-12T09:00:00")
    assert earlier("2026-05-12T09:00:00", "2026-05-13T08:00:00Z")
    # two times with no zone, or two with zones, compare as before
    assert earlier("2026-05-12T08:00:00", "2026-05-12T09:00:00")
    assert earlier("2026-05-12T08:00:00Z", "2026-05-12T09:00:00+00:00")


def test_a_copy_timed_with_no_zone_is_not_the_source_of_a_zoned_text_hours_later():
    link = _link("2026-05-12T09:00:00Z", "2026-05-12T07:30:00")
    assert not link.directed


def test_a_copy_dated_by_its_day_alone_is_not_the_source_of_that_day_s_timed_text():
    link = _link("2026-05-12T09:00:00Z", "2026-05-12")
    assert not link.directed and "which came first is not known" in link.reason


def test_a_day_before_still_orders_the_pair():
    link = _link("2026-05-11", "2026-05-12T09:00:00Z")
    assert (link.copy, link.source, link.basis) == ("blog", "paper", "date")
    assert "(2026-05-11 before 2026-05-12T09:00:00Z)" in link.reason
