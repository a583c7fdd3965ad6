"""A name after a preposition in the attribution after a quote is the preposition's object,
not the speaker: “…,” a lawyer for Senator Tom Baker said (the lawyer's words); but “…,”
Jo Lee of the Lee Institute wrote is Jo Lee's (reader.analysis.quote_attribution). All texts
invented."""

from __future__ import annotations

import pytest

from reader.analysis.quotes import extract_quotes


def _speakers(text: str) -> list[str | None]:
    return [q.speaker for q in extract_quotes(text)]


@pytest.mark.parametrize("who", ["a lawyer for Senator Tom Baker", "the wife of Governor Tom Baker",
                                 "one of the former aides to Senator Tom Baker"])
def test_the_object_of_a_preposition_did_not_say_it(who):
    text = f"Title line\n\n“It is over,” {who} said on Monday.\n"
    assert _speakers(text) == [None]


def test_the_speaker_before_keeps_a_quote_another_attribution_follows():
    """Even as X claimed that “…,” one of the lawyers for Y said …: the quote is X's."""
    text = ("Title line\n\nEven as Mayor Ann Lee claimed on Tuesday that “the budget is balanced,” "
            "one of the former auditors for Governor Tom Baker said the two cases differed.\n")
    assert _speakers(text) == ["Ann Lee"]


@pytest.mark.parametrize("org", ["the Lee Institute", "the Harbor Policy Center", "the Center for Fiscal Studies"])
def test_a_full_name_of_an_organisation_is_the_speaker(org):
    text = f"Title line\n\n“Tax cuts do not pay for themselves,” Jo Marsh of {org} wrote recently.\n"
    assert _speakers(text) == ["Jo Marsh"]


def test_premodifiers_still_lead_to_the_name():
    text = ("Title line\n\n“It is over,” police Chief Ann Lee said.\n\n"
            "“It is not,” Democratic pollster Tom Baker said.\n")
    assert _speakers(text) == ["Ann Lee", "Tom Baker"]
