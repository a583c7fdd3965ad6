"""A release whose first line names the body of its outlet that put it out ("City of
Orlen Bay — Department of Transportation: …") is credited when another text introduces
its words by that body ("The transportation department says:"); every text here is
made up for these tests."""

from __future__ import annotations

import pytest

from reader.analysis.outlet_credits import credited_outlet, masthead_issuer
from reader.analysis.story import analyse_story, story_json
from reader.library.model import Article
from reader.text.tokens import word_count

CITY = "City of Orlen Bay"
RELEASE = ("A water main under Quarry Street broke at 6:10 a.m. on Thursday and flooded three basements on the "
           "block. Crews shut the valve within two hours and the street will stay closed until Monday while the "
           "pipe is replaced.")


@pytest.mark.parametrize(("first", "issuer"), [
    (f"{CITY} \u2014 Department of Transportation: Quarry Street main break", "Department of Transportation"),
    (f"{CITY} - Office of Emergency Management", "Office of Emergency Management"),
    (f"{CITY} | Public Works Department: update", "Public Works Department"),
])
def test_a_masthead_names_its_issuer(first: str, issuer: str) -> None:
    assert masthead_issuer(f"{first}\n\n{RELEASE}", CITY) == issuer


@pytest.mark.parametrize("first", [
    "Quarry Street main break",                                  # no masthead
    f"{CITY} \u2014 Quarry Street main break: what we know",     # a title, no kind word
    "Town of Pell \u2014 Department of Transportation",          # another outlet's name
    f"{CITY}: Department of Transportation",                      # no dash after the name
])
def test_no_issuer(first: str) -> None:
    assert masthead_issuer(f"{first}\n\n{RELEASE}", CITY) is None


@pytest.mark.parametrize(("intro", "words"), [
    ("The transportation department says:", "The transportation department says:"),
    ("From the Department of Transportation:", "From the Department of Transportation:"),
    ("Here is what the emergency management office put out:", None),      # not this masthead's body
    ("The parks department says:", None),
])
def test_an_introduction_by_the_issuer(intro: str, words: str | None) -> None:
    text = f"Quarry Street is a mess again.\n\n{intro}\n\n\u201c{RELEASE}\u201d\n"
    credit = credited_outlet(text, CITY, "Department of Transportation")
    assert (credit.words if credit else None) == words
    assert credited_outlet(text, CITY) is None          # the city's name alone is not in it


def _art(id_: str, body: str, outlet: str, published: str) -> Article:
    return Article(id=id_, body=body, title=id_, outlet=outlet, published=published, words=word_count(body))


def test_a_blog_quoting_the_department_draws_on_the_release() -> None:
    release = _art("city", f"{CITY} \u2014 Department of Transportation: Quarry Street main break\n\n{RELEASE}\n",
                   CITY, "2027-03-04")
    blog = _art("blog", "Another Thursday, another flooded cellar on our street.\n\n"
                "The transportation department says: \u201c" + RELEASE + "\u201d\n\n"
                "Nobody on the block was surprised: the pipe is older than most of the houses.\n",
                "Quarry Street Notes", "2027-03-04T20:00:00")
    links = story_json(analyse_story([release, blog]))["provenance"]["links"]
    found = {(lk["copy"], lk["source"]): lk["reason"] for lk in links}
    assert ("blog", "city") in found and "transportation department says" in found[("blog", "city")]
