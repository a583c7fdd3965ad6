"""A text that credits another outlet of the story as where its text came from ("This
story was originally published by Prairie Watch …", "told the Pinecrest Gazette", "the
Metro Ledger first reported") draws on that outlet's article (basis ``credit``): a
republication notice whatever the dates; a credit for facts or words only in the
text's own words and when it is not the earlier. The texts are invented for this test."""

from __future__ import annotations

import pytest

from reader.analysis.outlet_credits import credited_outlet
from reader.analysis.story import analyse_story, story_json
from reader.library.model import Article
from reader.text.tokens import word_count

ORIGINAL = "\n\n".join([
    "Three rural hospitals in the Cedar Valley closed their emergency rooms last year, and two more have told "
    "state regulators they may stop delivering babies by summer, according to county records reviewed for "
    "this story.",
    "The closures leave residents of six counties more than an hour's drive from the nearest emergency room, "
    "a distance that doctors say can decide whether a heart attack or a difficult birth ends well.",
    "Hospital administrators blamed falling patient numbers, the cost of keeping specialists on call and "
    "payments from public insurance that cover less than the care costs.",
    "The state health department said it was reviewing the closures and would publish a plan for rural "
    "emergency care by the end of the year.",
])
NOTICE = "This story was originally published by Prairie Watch and is republished under a Creative Commons license."


def _art(id_: str, body: str, outlet: str, published: str | None = None) -> Article:
    return Article(id=id_, body=body, title=id_, outlet=outlet, published=published, words=word_count(body))


def _directed(arts: list[Article]) -> set[tuple[str, str, str]]:
    data = story_json(analyse_story(arts))
    return {(lk["copy"], lk["source"], lk["basis"]) for lk in data["provenance"]["links"] if lk["directed"]}


def test_a_republication_notice_names_the_original_whatever_the_dates():
    arts = [_art("prairiewatch", ORIGINAL, "Prairie Watch", "2026-03-02"),
            _art("grandplains", ORIGINAL + "\n\n" + NOTICE, "Grand Plains Tribune", "2026-03-01")]
    assert _directed(arts) == {("grandplains", "prairiewatch", "credit")}
    family = story_json(analyse_story(arts))["provenance"]["families"][0]
    assert family["source"]["name"] == "prairiewatch"


def test_without_the_notice_the_republication_is_only_a_shared_text():
    arts = [_art("prairiewatch", ORIGINAL, "Prairie Watch", "2026-03-02"),
            _art("grandplains", ORIGINAL, "Grand Plains Tribune", "2026-03-02")]
    assert _directed(arts) == set()


GAZETTE = "\n\n".join([
    "PINECREST — The Pinecrest school board voted 5-2 on Monday to move the district's four schools to a "
    "four-day week starting in August, the first district in the county to do so.",
    "Students will attend school Tuesday through Friday, with each day extended by 70 minutes to keep the "
    "number of instruction hours the state requires.",
    "Board members said the change was meant to keep teachers from leaving for better-paid districts nearby.",
])
ROUNDUP = "\n\n".join([
    "The week in education: more small districts are trying a shorter week.",
    "In Pinecrest, the board voted on Monday to switch to a four-day week in August, the Pinecrest Gazette "
    "reported. Students will attend school Tuesday through Friday, with each day extended by 70 minutes to "
    "keep the number of instruction hours the state requires.",
    "Elsewhere, two districts in the north of the state said they would study the idea next year.",
])


def test_a_roundup_crediting_a_paper_draws_on_it():
    arts = [_art("gazette", GAZETTE, "Pinecrest Gazette", "2026-03-03"),
            _art("roundup", ROUNDUP, "State Education Weekly", "2026-03-06")]
    assert _directed(arts) == {("roundup", "gazette", "credit")}


STATEMENT = "\n\n".join([
    "Dunmere Unified School District — Message to families",
    "At 11:20 a.m. a water pipe burst in the basement of Alder Street Elementary. All 412 pupils were moved to "
    "the gymnasium of the high school next door and parents may collect them there until 3 p.m.",
    "The building will stay closed on Friday while the boiler room is dried out and checked by engineers.",
])
BLOG = "\n\n".join([
    "Notes from Alder Street",
    "My two are at Alder Street. This is what the district sent us at lunchtime:",
    '"At 11:20 a.m. a water pipe burst in the basement of Alder Street Elementary. All 412 pupils were moved to '
    'the gymnasium of the high school next door and parents may collect them there until 3 p.m."',
    "Nobody has told us who pays for the lost day of lessons.",
])


def test_a_blog_quoting_what_an_institution_sent_draws_on_its_text():
    arts = [_art("district", STATEMENT, "Dunmere Unified School District", "2026-03-03"),
            _art("blog", BLOG, "Alder Street Parents", "2026-03-03")]
    assert _directed(arts) == {("blog", "district", "credit")}


def test_a_credit_for_facts_in_a_text_dated_before_its_source_gives_no_direction():
    arts = [_art("gazette", GAZETTE, "Pinecrest Gazette", "2026-03-07"),
            _art("roundup", ROUNDUP, "State Education Weekly", "2026-03-06")]
    assert ("roundup", "gazette", "credit") not in _directed(arts)


@pytest.mark.parametrize(("text", "outlet", "words", "republished"), [
    (NOTICE, "Prairie Watch", "originally published by Prairie Watch", True),
    ("This article first appeared on Prairie Watch.", "Prairie Watch (prairiewatch.org)",
     "first appeared on Prairie Watch", True),
    ("Reprinted with permission from the Metro Ledger.", "Metro Ledger", "Reprinted with permission from the Metro "
     "Ledger", True),
    ("as the Metro Ledger first reported on Monday", "Metro Ledger", "the Metro Ledger first reported", False),
    ("records obtained by the Metro Ledger show", "Metro Ledger", "obtained by the Metro Ledger", False),
    ("a neighbour told KXYZ that", "KXYZ News 4", "told KXYZ", False),
    ("Here's a quick rundown, based on reporting by the Lakeside Pilot and statements from officials.",
     "Lakeside Pilot", "based on reporting by the Lakeside Pilot", False),
    ("I rode it today. Here is what the resort has put out so far:\n\nNine riders were hurt.", "Brackley Peak Resort",
     "Here is what the resort has put out so far:", False),
    ("This is what the district sent us at noon:\n", "Dunmere Unified School District",
     "This is what the district sent us at noon:", False),
    ("Stick to the facts. From the water district's notice:\n\n> Nobody was hurt.", "Upper Carra Water District",
     "From the water district's notice:", False),
    ("Here is the sheriff's office's statement, word for word:\n\n\"Two men were held.\"",
     "Bellmoor County Sheriff's Office", "Here is the sheriff's office's statement, word for word:", False),
    ("Today's statement from the central bank has the line that matters:\n> Rates stay at 4 per cent.",
     "Central Bank of Orvia", "Today's statement from the central bank has the line that matters:", False),
])
def test_credit_phrases(text, outlet, words, republished):
    credit = credited_outlet(text, outlet)
    assert credit is not None and (credit.words, credit.republished) == (words, republished)
    assert text[credit.start:credit.end] == credit.words


@pytest.mark.parametrize(("text", "outlet"), [
    ("a daily news round-up, according to the Daily News", "Daily News"),     # generic words only
    ("told the Associated Press", "Associated Press"),                          # a wire: credits.py reads it
    ("the Metro Ledger's building was sold", "Metro Ledger"),                   # named, not credited
    ("The mayor resigned, citing the Harbor Courier's investigation.", "Harbor Courier"),  # the mayor's word
    ("the district said the school would reopen", "Dunmere Unified School District"),  # its kind, no quotation
    ("From the district's update:\nThe school reopens.", "Dunmere Unified School District"),  # nothing quoted
    ("Here is what the council has put out so far:\n", "Brackley Peak Resort"),  # another institution
    ("Here is what the resort has put out so far:\n", "Resort"),                 # one word: no kind to name it by
    ("The district's new head, in a note: \"We are ready.\"", "Dunmere Unified School District"),  # no line ends
])
def test_no_credit(text, outlet):
    assert credited_outlet(text, outlet) is None
