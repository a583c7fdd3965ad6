"""A report that prints an organisation's statement and names it by the possessive
("Kestrel's own statement says: …") draws on that organisation's own publication when the
story holds it; a statement of an organisation that publishes nothing in the story leaves
the two reports siblings. All texts invented."""

from __future__ import annotations

import pytest

from reader.analysis.outlet_credits import released_by
from reader.analysis.story import analyse_story
from reader.library.model import Article
from reader.text.tokens import word_count

STATEMENT = ("Two of the plant's four boilers were shut down as a precaution on Tuesday evening. No worker was "
             "hurt, and the fence-line monitors recorded nothing above the permitted limits, the company added. "
             "Engineers from the manufacturer will inspect the damaged boiler before it is restarted next week.")


def _art(id_: str, body: str, outlet: str, published: str) -> Article:
    return Article(id=id_, body=body, title=id_, words=word_count(body), outlet=outlet, published=published)


@pytest.mark.parametrize("frame", ["Kestrel's own statement says: ", "Kestrel Chemicals' statement reads: ",
                                   "Kestrel's official statement said: "])
def test_a_statement_named_by_its_owner_draws_on_the_owners_page(frame: str) -> None:
    company = _art("company", STATEMENT, "Kestrel Chemicals", "2027-04-06")
    blog = _art("blog", "Neighbours of the Orrin Road plant saw flames on Tuesday night.\n\n" + frame
                + f"\u201c{STATEMENT}\u201d\n\nMany of them want answers.", "Orrin Valley Notes", "2027-04-07")
    (link,) = analyse_story([company, blog]).links
    assert (link.copy, link.source, link.directed) == ("blog", "company", True)
    assert link.reason.startswith("company is the statement blog credits (")


def test_a_statement_of_another_organisation_is_no_credit() -> None:
    assert released_by("Halden's own statement says: the plant is safe.", "Kestrel Chemicals") is None
    assert released_by("The union's statement says the plant is safe.", "Kestrel Chemicals") is None


@pytest.mark.parametrize("outlet", ["Orrin Valley Police Department", "The Daily Courier", "Kestrel"])
def test_the_first_word_alone_is_read_only_for_a_distinct_company_name(outlet: str) -> None:
    """Kind and title words are no company's first name ("Police's statement"); a one-word
    name is the name itself."""
    text = f"{outlet.split()[-1]}'s statement says the plant is safe."
    assert (released_by(text, outlet) is not None) == (outlet == "Kestrel")


@pytest.mark.parametrize("frame", ["Tarnwick put out a statement at 6. The key part:\n\n",
                                   "Tarnwick Regional issued a statement this morning:\n\n",
                                   "Tarnwick's latest statement says:\n\n"])
def test_an_institution_named_short_by_its_first_words_is_credited(frame: str) -> None:
    """A hospital or a company named by the first words of its name ("Tarnwick" of
    "Tarnwick Regional Medical Center") when the text says it put the statement out."""
    hospital = _art("hospital", STATEMENT, "Tarnwick Regional Medical Center", "2027-04-06")
    blog = _art("blog", "Neighbours of the Orrin Road plant saw flames on Tuesday night.\n\n" + frame
                + f"\u201c{STATEMENT}\u201d\n\nMany of them want answers.", "Orrin Valley Notes", "2027-04-07")
    (link,) = analyse_story([hospital, blog]).links
    assert (link.copy, link.source, link.directed) == ("blog", "hospital", True)


@pytest.mark.parametrize("outlet", ["Riverton Herald", "Riverton News 4", "City of Riverton", "North Riverton Water"])
def test_no_short_name_for_a_paper_or_a_generic_lead(outlet: str) -> None:
    """A paper's first words name its town, and "City" or "North" names no one alone."""
    for text in ("Riverton's own statement says the plant is safe.", "City's statement says the plant is safe.",
                 "North put out a statement on Monday."):
        assert released_by(text, outlet) is None


def test_a_short_colon_sentence_reaches_back_only_to_a_sentence_that_puts_words_out() -> None:
    from reader.analysis.outlet_credits import credited_outlet

    quoted = "\n\n\u201cThe evacuation began at dawn.\u201d"
    outlet = "Tarnwick Regional Medical Center"
    assert credited_outlet("Tarnwick put out a statement at 6. The key part:" + quoted, outlet) is not None
    assert credited_outlet("Tarnwick has been fined before. The key part:" + quoted, outlet) is None


@pytest.mark.parametrize(("lead", "credited"), [("From the fire department's update this morning:", True),
                                                ("From the fire and rescue service's update:", True),
                                                ("Here is what neighbours said about the fire:", False)])
def test_a_fire_service_is_named_by_its_kind_never_by_the_fire(lead: str, credited: bool) -> None:
    from reader.analysis.outlet_credits import credited_outlet

    text = f"Crews worked through the night.\n\n{lead}\n\n> The upper floors gave way at 9:40 a.m."
    assert (credited_outlet(text, "Halvorsen Fire Rescue") is not None) == credited


@pytest.mark.parametrize(("line", "credited"), [("The union says: “{q}”", True),
                                                ("In a statement the union says: “{q}”", True),
                                                ("Welder Ann Pell says: “{q}”", False)])
def test_a_colon_a_quotation_opens_after_on_its_line_introduces_it(line: str, credited: bool) -> None:
    """An introduction need not end its line: "The union says: “…”" names the union as the
    source of what it quotes; a person's words after a colon credit no outlet."""
    from reader.analysis.outlet_credits import credited_outlet

    text = "Both sides put out statements tonight.\n\n" + line.format(q="More than 4,200 of us walked out.")
    assert (credited_outlet(text, "Amalgamated Shipwrights' Union") is not None) == credited
