"""A family line says how a member that draws on the source at second hand stands (every
text here is made up for these tests): a blog that takes a paper's own paragraph, where
the paper tells a news release, draws on the release through the paper; it is not
"no direction there"."""

from __future__ import annotations

from reader.analysis.story import analyse_story
from reader.library.model import Article
from reader.text.tokens import word_count

RELEASE = [
    "The Tamsin Valley Water Board on Monday lifted the boil-water notice for the towns of Pell Crossing and "
    "Owlsford after three days of clean test results at all eleven sampling points.",
    "Residents should run each cold tap for two minutes before using the water for drinking, cooking or making "
    "ice, and should replace any filter cartridges used during the notice.",
]
OWN = ("At the Owlsford food bank, volunteers spent Monday afternoon handing out the last of 4,000 donated water "
       "bottles to families who had run short over the weekend, and the manager said the shelves were bare by five.")


def _art(id_: str, body: str, **kw: str) -> Article:
    return Article(id=id_, body=body, title=id_, words=word_count(body), **kw)


def test_a_second_hand_copy_is_named_with_the_member_it_draws_on():
    release = _art("release", "FOR IMMEDIATE RELEASE\n\n" + "\n\n".join(RELEASE) +
                   "\n\nMedia inquiries: Office of Communications, 555-0177\n",
                   outlet="Tamsin Valley Water Board", published="2026-04-06")
    report = _art("report", "\n\n".join([*RELEASE, OWN, "The board said it would publish the test results."]),
                  outlet="Owlsford Record", published="2026-04-06")
    blog = _art("blog", "Good news at last for the valley.\n\n" + OWN + "\n\nDrop off spare bottles at the "
                "church hall on Mill Street if you still have some.\n", outlet="Valley Notes", published="2026-04-07")
    story = analyse_story([release, report, blog])
    directed = {(lk.copy, lk.source) for lk in story.links if lk.directed}
    assert ("report", "release") in directed and ("blog", "report") in directed
    fam = next(f for f in story.families if "blog" in f.members)
    assert fam.source_name == "release"
    assert "blog through report" in fam.reason and "no direction" not in fam.reason
