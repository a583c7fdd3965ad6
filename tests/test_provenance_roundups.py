"""Wire families with a roundup, a write-through and a blog quoting a wire (every text here
is made up for these tests): a roundup crediting two wires shares one wire's text with
that wire's carrier, a lead-in ("AFP reported:") before a block quote credits the wire,
and a family reason names only the members that carry the text a pair shares."""

from __future__ import annotations

from reader.analysis.credits import find_credits, lead_ins
from reader.analysis.story import analyse_story
from reader.library.model import Article
from reader.text.tokens import word_count


def _art(id_: str, body: str, **kw: str) -> Article:
    return Article(id=id_, body=body, title=id_, words=word_count(body), **kw)


AP = [
    "A grass fire driven by strong winds had burned 8,300 acres west of Callow Ridge by Friday morning and forced "
    "2,100 residents from their homes, fire officials said.",
    "The Quarry Road Fire was 10% contained, according to the Norvale Fire Authority, and one barn has been destroyed.",
    "About 450 firefighters and six air tankers are working the fire, which began Wednesday near a rail siding.",
    "Shelters were opened at Callow Ridge Middle School and at the county expo hall on Route 12.",
]
REUTERS = [
    "A wildfire in the western state of Norvale spread across 8,300 acres on Friday, officials said, as winds of up "
    "to 45 mph pushed flames toward farms outside the town of Callow Ridge.",
    "The fire was 25% contained by Friday evening, the state fire authority said in an update.",
    "Norvale Governor Petra Aldane declared a state of emergency for Belling County on Thursday, releasing state funds "
    "for the firefight.",
    "Rail traffic on the line between Callow Ridge and Osterby was suspended until further notice.",
]


def _p(paragraphs: list[str]) -> str:
    return "\n\n".join(paragraphs)


def _fire_story():
    ap = _art("ap", "CALLOW RIDGE, Norvale (AP) \u2014 " + _p(AP), outlet="The Associated Press",
              published="2026-08-14")
    reuters = _art("reuters", "(Reuters) - " + _p(REUTERS), outlet="Reuters", published="2026-08-14")
    carrier = _art("carrier", _p([REUTERS[0].replace("on Friday", "Friday"), *REUTERS[1:]]) +
                   "\n\nChannel 6 will update this story as crews report new numbers.",
                   outlet="Channel 6 Norvale", published="2026-08-14")
    roundup = _art("roundup", _p([AP[0], REUTERS[1], REUTERS[2], AP[3],
                                  "The Belling Times office on Main Street was among the buildings evacuated.",
                                  "The Associated Press and Reuters contributed to this report."]),
                   outlet="Belling Times", published="2026-08-14")
    return analyse_story([ap, reuters, carrier, roundup])


def test_a_roundup_and_a_carrier_of_one_of_its_wires_carry_that_wire():
    story = _fire_story()
    link = next(lk for lk in story.links if {lk.copy, lk.source} == {"roundup", "carrier"})
    assert link.basis == "wire" and "Reuters' story" in link.reason and "AP" not in link.reason
    ap_side = next(lk for lk in story.links if {lk.copy, lk.source} == {"roundup", "ap"})
    assert "AP's story" in ap_side.reason


def test_a_lead_in_before_a_block_quote_credits_the_wire():
    blog = ("The count depends on who you ask. AFP reported:\n\n> Police put the crowd at 6,000, while organisers "
            "said 20,000 people took part.\n\nI was there and would put it nearer the organisers' figure.\n")
    assert lead_ins(blog) == ["AFP reported"]
    assert "AFP" in find_credits(_art("blog", blog, outlet="Quayside Notes")).wires
    for lead in ("The Associated Press reported after midnight:", "According to Reuters:",
                 "Reuters wrote on Tuesday:"):
        assert lead_ins(f"A first line. {lead}\n\n> A quoted paragraph.\n"), lead


def test_a_sentence_that_only_mentions_a_wire_is_no_lead_in():
    for text in ("Reuters could not verify the video. Here is the statement:\n\n> We deny it.\n",
                 "AFP reported that the minister resigned.\n\n> A quoted block with no lead-in.\n",
                 "Here is how the local paper put it:\n\n> The judge ruled on Monday.\n"):
        assert lead_ins(text) == [], text
        assert find_credits(_art("x", text)).wires == ()


EARLY = [
    "Ada Korsgaard held a narrow lead over Bram Hollis in the race for Tessel County mayor late Tuesday, with about "
    "55% of the expected vote counted.",
    "Korsgaard had 50.8% of the vote to Hollis's 48.1%, according to unofficial results.",
]
SHARED = [
    "The seat has been open since Mayor Ruth Ambery stepped down in May after nine years in office.",
    "Korsgaard, a former school board member, campaigned on road repairs. Hollis, a city councillor, promised a new "
    "library branch in each of the county's six towns.",
]
FINAL = [
    "Ada Korsgaard won the race for Tessel County mayor on Tuesday, defeating city councillor Bram Hollis after a "
    "campaign fought largely over roads.",
    "Korsgaard had 52.9% of the vote to Hollis's 46.3%, with about 93% of the expected vote counted. Turnout was 54%, "
    "county election officials said.",
]


def test_a_family_reason_names_only_the_members_that_carry_the_shared_text():
    tag = "TESSEL, Ambria (AP) \u2014 "
    early = _art("ap-early", tag + _p([*EARLY, *SHARED]), outlet="The Associated Press",
                 published="2026-11-03T22:40:00-05:00")
    final = _art("ap-final", tag + _p([*FINAL, *SHARED]), outlet="The Associated Press",
                 published="2026-11-04T01:15:00-05:00")
    tv = _art("tv", tag + _p([*EARLY, *SHARED]), outlet="Channel 9 Ambria", published="2026-11-03T23:05:00-05:00")
    paper = _art("paper", tag + _p([*FINAL, *SHARED]), outlet="Ambria Ledger", published="2026-11-04")
    blog = _art("blog", "That was quicker than the polls said. Here is the count after midnight:\n\n> " + FINAL[1] +
                "\n\nSix points in a county that split down the middle four years ago is no squeaker.\n",
                outlet="Ambria Politics Desk", published="2026-11-04")
    story = analyse_story([early, final, tv, paper, blog])
    for lk in story.links:
        if "blog" in (lk.copy, lk.source) and lk.basis == "family":
            assert "ap-early" not in lk.reason and "tv" not in lk.reason, lk.reason
            assert "paper" in lk.reason or "ap-final" in lk.reason
