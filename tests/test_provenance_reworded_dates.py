"""A reworded pair that is a family of its own is ordered by its dates (every text here is
made up for these tests): a rival site retelling a paper's report the next day draws on
the paper; same-day texts, a filed report with a dateline, a wire credit or an update
note leave it undirected."""

from __future__ import annotations

from reader.analysis.story import analyse_story
from reader.library.model import Article
from reader.text.tokens import word_count

PAPER = "\n\n".join([
    "Hundreds of parents, by the school board's own count, packed the Brennock Hill gymnasium on Tuesday "
    "night to oppose closing two of the district's elementary schools.",
    "The board estimated the crowd at 600; the parents' group Keep Our Schools put it closer to 900.",
    'By the end of the meeting the board had agreed to delay its vote until April, after more than three '
    'hours of public comment.',
    'Parents came from as far as Owlsford and Tamber Creek. Many carried hand-painted signs with the '
    'names of the two schools.',
    'Board chair Linnea Castellan said the district faces a shortfall of $4.1 million next year and has '
    'lost 800 students since 2019.',
    'Superintendent Marcus Odell said in a statement that the district would publish its enrollment study'
    ' in full before the April vote.',
]) + "\n"

RIVAL = "\n\n".join([
    "The school board counted some 600 people at Tuesday night's meeting in the Brennock Hill gym, while "
    "the parents' group Keep Our Schools said nearly 900 turned out against closing two elementary "
    'schools.',
    'After more than three hours of public comment, board members agreed to put off the vote until April.',
    'Families travelled from as far away as Owlsford and Tamber Creek, many holding homemade signs naming'
    ' the two schools.',
    'The district is looking at a $4.1 million shortfall next year and has lost 800 students since 2019, '
    'board chair Linnea Castellan told the meeting.',
    'In a statement, Superintendent Marcus Odell said the full enrollment study would be published before'
    ' the April vote.',
    'The district had not said by Wednesday which two buildings would be sold if the closures go ahead.',
]) + "\n"


def _art(id_: str, body: str, **kw: str) -> Article:
    return Article(id=id_, body=body, title=id_, words=word_count(body), **kw)


def _link(paper: str = PAPER, rival: str = RIVAL, paper_date: str = "2026-03-10", rival_date: str = "2026-03-11"):
    story = analyse_story([_art("paper", paper, outlet="Brennock Courier", published=paper_date),
                           _art("rival", rival, outlet="Brennock Now", published=rival_date)])
    assert len(story.links) == 1 and story.links[0].reworded
    return story.links[0]


def test_a_next_day_retelling_draws_on_the_earlier_report():
    link = _link()
    assert (link.copy, link.source, link.basis, link.directed) == ("rival", "paper", "date", True)
    assert "paper is earlier by its date (2026-03-10 before 2026-03-11)" in link.reason
    assert "rewords paper's text" in link.reason
    # the dates decide, whichever side is given first
    flipped = _link(paper_date="2026-03-12")
    assert (flipped.copy, flipped.source) == ("paper", "rival")


def test_same_date_leaves_it_undirected():
    assert not _link(rival_date="2026-03-10").directed


def test_an_earlier_report_with_a_dateline_may_be_a_wire_story():
    assert not _link(paper="BRENNOCK HILL \u2014 " + PAPER).directed


def test_a_wire_credit_on_either_side_leaves_it_undirected():
    credited = RIVAL + "\nThe Associated Press contributed to this report.\n"
    assert not _link(rival=credited).directed


def test_a_later_text_that_says_it_was_updated_is_not_ordered_by_its_date():
    assert not _link(rival="This story has been updated.\n\n" + RIVAL).directed


def test_a_third_source_of_the_text_leaves_the_reworded_pair_undirected():
    copy = _art("copy", PAPER.replace("Tuesday night", "Tuesday evening"), outlet="Owlsford Weekly",
                published="2026-03-10")
    story = analyse_story([_art("paper", PAPER, outlet="Brennock Courier", published="2026-03-10"),
                           _art("rival", RIVAL, outlet="Brennock Now", published="2026-03-11"), copy])
    assert not any(lk.directed and lk.copy == "rival" for lk in story.links)
