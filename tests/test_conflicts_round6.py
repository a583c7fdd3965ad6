"""Spurious conflicts of round 6: relatives' ages keyed by their shared surname, and
figures of a past event told as the story's own (every text here is made up for these
tests)."""

from __future__ import annotations

import pytest

from reader.analysis.conflicts import find_conflicts
from reader.analysis.figures import extract_figures
from reader.library.model import Article
from reader.text.tokens import word_count


def _art(id_: str, body: str) -> Article:
    return Article(id=id_, body=body, title=id_, words=word_count(body))


def _values(texts: list[str]) -> list[set[int | float]]:
    story = [_art(f"a{n}", t) for n, t in enumerate(texts)]
    return [{v.value for v in c.values} for c in find_conflicts(story)]


# -- 1. relatives share a surname, not an age ----------------------------------------------

@pytest.mark.parametrize("texts", [
    ["Ethan Copley, 19, was stabbed outside the Vane Street club on Friday.",
     "His mother, Siobhan Copley, 47, said the family was relieved."],
    ["Ethan Copley, 19, was stabbed outside the Vane Street club on Friday.",
     "Ethan Copley was stabbed outside the Vane Street club. His mother, Siobhan Copley, 47, said he was recovering."],
    # a bare surname when the story names two people of it: whose age is it?
    ["Reyne, 34, said the Harlow plant would reopen in May.",
     "Tomas Reyne, 35, said the Harlow plant would reopen in May.",
     "Anna Reyne, 35, said the Harlow plant would reopen in May."],
    ["Mr. Reyne, 61, said the Harlow plant would reopen in May.",
     "Mrs. Reyne, 58, said the Harlow plant would reopen in May."],
])
def test_ages_of_two_people_of_one_surname_are_never_compared(texts):
    assert _values(texts) == []


@pytest.mark.parametrize("texts", [
    ["Colin Maddox, 34, was jailed on Thursday for the attack.", "Maddox, 35, was jailed on Thursday for the attack."],
    ["Colin Maddox, 34, was jailed on Thursday for the attack.",
     "Colin Maddox, 36, was sent to prison for the attack."],
    ["Colin Maddox, 34, was jailed for attacking Ethan Copley, 19.",
     "Colin Maddox, 35, was jailed for attacking Ethan Copley, 19."],
    ["The 29-year-old Nadia Brook won the Harlow marathon.", "Nadia Brook, 31, won the Harlow marathon."],
])
def test_one_person_given_two_ages_still_conflicts(texts):
    assert len(_values(texts)) == 1


def test_a_bare_surname_is_the_one_person_of_it_the_story_names():
    """"Maddox, 35" joins Colin Maddox when he is the only Maddox named, in whichever
    article the full name stands."""
    texts = ["Maddox, 35, was jailed on Thursday for the attack on Ethan Copley.",
             "Colin Maddox was jailed on Thursday. Maddox, 34, had denied the attack on Ethan Copley."]
    assert _values(texts) == [{34, 35}]


# -- 2. a past event named by its time is background ---------------------------------------

def _dated(id_: str, body: str, published: str = "2026-04-27") -> Article:
    return Article(id=id_, body=body, title=id_, words=word_count(body), published=published)


def _told(body: str) -> str | None:
    """When the body's last figure is told of, in an article of 27 April 2026."""
    from reader.analysis.other_events import told_when

    return told_when(body, extract_figures(body)[-1], 2026, 4)


@pytest.mark.parametrize(("body", "when"), [
    ("The January fire caused $1.1 million in damage.", "2026-01"),
    ("January's blaze injured eight people.", "2026-01"),
    ("The December fire injured eight people.", "2025-12"),
    ("In January, a fire on the top floor injured eight people.", "2026-01"),
    ("The block was also hit by fire in January, when eight residents were hurt.", "2026-01"),
    ("The wall was raised after the 1998 flood, when 3,000 residents were evacuated.", "1998"),
    ("In the 1998 flood, 3,000 residents were evacuated.", "1998"),
    ("Last year's crash at the junction killed two people.", "2025"),
    ("Two people were killed at the same spot last spring.", "2025"),     # (in April: last year's spring)
    ("The chain had 3,500 stores across the country in 2012.", "2012"),
    ("Two people were killed at the same spot on the bypass last winter.", "another event"),
    ("The earlier blaze displaced 65 residents.", "another event"),
    ("In January, 50 firefighters fought a blaze on the top floor. That fire injured eight people.", "2026-01"),
])
def test_a_past_event_named_by_its_time(body, when):
    assert _told(body) == when


@pytest.mark.parametrize("body", [
    "Thursday's fire injured three people.",
    "The March 3 fire injured three people.",
    "Saturday's fire displaced 40 residents.",
    "In April, the fire injured three people.",                      # the article's own month
    "The fire was the worst since the 1998 flood and forced 1,200 residents from their homes.",
    "Crews fought the blaze all night. That fire injured three people, police said.",
    "The crash killed five people, the worst toll since the 1998 flood.",
    "The plant employs 230 workers and may close in the spring.",
    "Three people were injured on Saturday, and the block was also damaged by fire last spring.",
    "The $14.2 million footbridge was supposed to open in 2027 as a safe crossing.",
    "Sales rose 12% from last spring.",
])
def test_the_events_own_figures_told_with_a_day_or_a_date(body):
    assert _told(body) is None


def test_a_second_fire_is_not_compared_with_the_first():
    a = _dated("a", "Three people were injured and 40 residents were forced from their homes on Saturday night "
                    "when fire broke out at Harrow Court. The owner estimated the damage at $600,000.\n\n"
                    "In January, a fire on the top floor injured eight people and displaced 65 residents.")
    b = _dated("b", "Saturday's fire at Harrow Court displaced 40 residents and injured three people.\n\n"
                    "In January, 50 firefighters fought a blaze on the top floor of the same building. That fire "
                    "injured eight people and caused $1.1 million in damage.")
    c = _dated("c", "The second fire this year at Harrow Court, which injured three people on Saturday night, has "
                    "caused an estimated $900,000 in damage.\n\nThe building was also hit by fire in January, when "
                    "eight residents were hurt and 65 people had to leave their homes.", "2026-04-28")
    found = [sorted(v.value for v in x.values) for x in find_conflicts([a, b, c])]
    assert found == [[600_000, 900_000]]
