"""Figures: numbers with their qualifier, unit and counted noun; dates are not figures."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from reader.analysis.dates import find_dates
from reader.analysis.figure_units import display_number, unit_plural
from reader.analysis.figures import extract_figures
from reader.analysis.sentences import sentence_spans


def only(text: str):
    figures = extract_figures(text)
    assert len(figures) == 1, figures
    return figures[0]


@pytest.mark.parametrize("text, number, value, qualifier, unit, counts", [
    ("ICE requested more than 1.27 million records from the IRS.", "1.27 million", 1270000, "more than", "record",
     "records"),
    ("Over 47,000 records matched profiles.", "47,000", 47000, "over", "record", "records"),
    ("At least 47,000 records were ultimately provided.", "47,000", 47000, "at least", "record", "records"),
    ("engaged in approximately 47,000 criminal matters", "47,000", 47000, "approximately", "matter",
     "criminal matters"),
    ("information about 47,000 potentially undocumented taxpayers so far", "47,000", 47000, None, "taxpayer",
     "potentially undocumented taxpayers"),
    ("suing the IRS for roughly $10 billion over the disclosure", "$10 billion", 10_000_000_000, "roughly", "USD",
     None),
    ("who argued that more than 3,000 people had been arrested", "3,000", 3000, "more than", "person", "people"),
    ("Under the order, 615 detainees must be granted bond.", "615", 615, None, "detainee", "detainees"),
    ("remaining in the U.S. more than 90 days after being ordered deported", "90", 90, "more than", "day", "days"),
    ("leaking 15 years of the president’s tax records", "15", 15, None, "year", "years"),
    ("requested information on more than 7 million IRS taxpayers.", "7 million", 7_000_000, "more than", "taxpayer",
     "IRS taxpayers"),
    ("That request was later narrowed to 1.28 million “immigrant taxpayers,” the judge said.", "1.28 million",
     1_280_000, None, "taxpayer", "immigrant taxpayers"),
    ("engaged” in all 1.28 million investigations.", "1.28 million", 1_280_000, None, "investigation",
     "investigations"),
    ("Prices rose nearly 12% this year.", "12%", 12, "nearly", "percent", None),
    ("Prices rose 3.5 percent.", "3.5 percent", 3.5, None, "percent", None),
    ("It cost about 200 dollars.", "200", 200, "about", "USD", None),
    ("Three judges and 12 lawyers", "12", 12, None, "lawyer", "lawyers"),
])
def test_figure_patterns(text, number, value, qualifier, unit, counts):
    figures = [f for f in extract_figures(text) if text[f.number_start:f.number_end] == number]
    assert len(figures) == 1, extract_figures(text)
    f = figures[0]
    assert f.value == value and type(f.value) is type(value)
    assert f.qualifier == qualifier
    assert f.unit == unit
    assert f.counts == counts
    assert text[f.start:f.end] == f.text


def test_compound_adjectives_give_the_unit_and_what_they_modify():
    f = only("Judge Colleen Kollar-Kotelly issued a 94-page ruling Friday.")
    assert (f.value, f.unit, f.counts, f.modifies, f.key) == (94, "page", "pages", "ruling", "94 page")
    f = only("Charles Littlejohn was handed a five-year prison sentence after pleading guilty.")
    assert (f.value, f.unit, f.modifies, f.text) == (5, "year", "prison sentence", "five-year prison sentence")


def test_of_them_takes_the_noun_of_the_figure_before_it_in_the_sentence():
    text = "engaged in approximately 47,000 criminal matters, let alone 1.28 million of them, as ICE said."
    first, second = extract_figures(text)
    assert (second.value, second.counts, second.unit, second.counts_inferred) == (
        1_280_000, "criminal matters", "matter", True)
    assert second.text == "1.28 million of them"
    assert not first.counts_inferred


def test_partitive_gives_both_figures_the_noun():
    text = "the organization believes at least 1,100 of the 3,000 individuals arrested have since left"
    a, b = extract_figures(text)
    assert (a.value, a.qualifier, a.counts, a.counts_inferred) == (1100, "at least", "individuals", True)
    assert (b.value, b.counts, b.counts_inferred) == (3000, "individuals", False)


def test_bare_number_takes_the_noun_of_an_earlier_figure_of_the_same_value():
    text = "Under the order, 615 detainees must be granted bond. “They’re all being awarded bond for 615, but how?”"
    _, b = extract_figures(text)
    assert (b.value, b.counts, b.counts_inferred, b.text) == (615, "detainees", True, "615")


def test_about_after_information_is_a_preposition():
    assert only("the IRS has provided ICE with information about 47,000 taxpayers").qualifier is None
    assert only("It has about 47,000 taxpayers").qualifier == "about"


def test_key_and_sentence_span_allow_matching_across_sources():
    a = only("Noise. ICE requested more than 1.27 million records from the IRS earlier this year. More.")
    assert a.key == "1270000 record"
    assert a.to_json()["sentence_start"] == 7
    text = "Noise. ICE requested more than 1.27 million records from the IRS earlier this year. More."
    assert text[a.sentence_start:a.sentence_end] == (
        "ICE requested more than 1.27 million records from the IRS earlier this year.")
    b = only("ICE represented 1.28 million of them")
    assert b.key == "1280000"


@pytest.mark.parametrize("text", [
    "In January 2024, he was sentenced.",
    "in 2019, with his sons",
    "an Aug. 7 request",
    "by noon on November 21.",
    "between June 11 and October 7",
    "one single ICE agent was personally overseeing it",
    "tens of thousands of investigations",
    "millions of undocumented immigrants",
    "the COVID-19 pandemic",
    "a video of 3:02",
    "under Section 230 of the law",
    "the second federal judge and the 1st circuit",
    "a 2022 settlement agreement",
    "Proposition 1 reached the threshold",
    "support for Proposition 1 climbed",
    "Engine 7 and Ladder 3 crews arrived",
])
def test_not_figures(text):
    assert extract_figures(text) == []


def test_word_numbers_need_a_plural_noun_or_a_compound():
    assert only("Three judges ruled.").value == 3
    assert only("a twenty-five-year sentence").value == 25
    assert extract_figures("He was one of them. It takes two to tango.") == []


def test_display_number():
    assert display_number(1_270_000) == "1.27 million"
    assert display_number(47000) == "47,000"
    assert display_number(10_000_000_000, "USD") == "$10 billion"
    assert display_number(30_000, "foot") == "30,000 feet"
    assert display_number(1, "foot") == "1 foot"
    assert display_number(80, "mph") == "80 mph"
    assert display_number(129, "km/h") == "129 km/h"
    assert display_number(3, "inch") == "3 inches"
    assert display_number(2, "century") == "2 centuries"
    assert display_number(12, "mile") == "12 miles"
    assert display_number(94, "page") == "94 pages"
    assert display_number(1, "year") == "1 year"
    assert display_number(12.5, "percent") == "12.5%"


def test_sentence_spans_skip_abbreviations():
    text = "He stayed in the U.S. more than 90 days. Judge Kollar-Kotelly said so.\nA new line starts here"
    assert [text[s:e] for s, e in sentence_spans(text)] == [
        "He stayed in the U.S. more than 90 days.", "Judge Kollar-Kotelly said so.", "A new line starts here"]
    text = ("Two Republicans who had wavered, Sens. Ann Cole and Bo Diaz, voted yes. The case is Dunleavy et al. "
            "v. Acme. Det. Sgt. Lee said so.")
    assert [text[s:e] for s, e in sentence_spans(text)] == [
        "Two Republicans who had wavered, Sens. Ann Cole and Bo Diaz, voted yes.",
        "The case is Dunleavy et al. v. Acme.", "Det. Sgt. Lee said so."]


# --- dates ----------------------------------------------------------------------------

@pytest.mark.parametrize("text, expected", [
    ("A federal judge on Friday blocked", [("Friday", "Friday", "Friday")]),
    ("Talwani on Thursday cited", [("Thursday", "Thursday", "Thursday")]),
    ("in response to an Aug. 7 request", [("Aug. 7", "August 7", "--08-07")]),
    ("ICE’s June 27 request failed", [("June 27", "June 27", "--06-27")]),
    ("by noon on November 21.", [("November 21", "November 21", "--11-21")]),
    ("In January 2024, former IRS contractor", [("January 2024", "January 2024", "2024-01")]),
    ("his tax information in 2019, with sons", [("2019", "2019", "2019")]),
    ("negotiations in early 2025, according to", [("early 2025", "early 2025", "2025")]),
    ("between June 11 and October 7.", [("June 11", "June 11", "--06-11"), ("October 7", "October 7", "--10-07")]),
    ("In August, a federal judge blocked", [("August", "August", "--08")]),
    ("arrested between June and October during", [("June", "June", "--06"), ("October", "October", "--10")]),
    ("a 2022 settlement agreement", [("2022", "2022", "2022")]),
    ("on November 21, 2025, the court", [("November 21, 2025", "November 21, 2025", "2025-11-21")]),
    ("a Wednesday’s release", [("Wednesday", "Wednesday", "Wednesday")]),
    ("in mid-2025", [("mid-2025", "mid-2025", "2025")]),
    ("you may go, and March on", []),
    ("in May", [("May", "May", "--05")]),
    ("2019 people marched", []),
    ("1,100 of the 3,000 individuals", []),
    ("$2019 in cash", []),
])
def test_dates(text, expected):
    found = find_dates(text)
    assert [(d.text, d.name, d.value) for d in found] == expected
    assert all(text[d.start:d.end] == d.text for d in found)


@settings(max_examples=300, deadline=None)
@given(st.text(max_size=200) | st.lists(st.sampled_from(
    ["1.27", "million", "$", "10", "billion", "five-year", "of them", "of the", "3,000", "people", "%", "June",
     "27", "2019", "Aug.", "more than", "at least", "about", "\n", ".", ",", "“", "-", "one", "twenty-five", "s"]),
    max_size=40).map(" ".join))
def test_figures_and_dates_never_crash_and_spans_are_slices(text):
    for f in extract_figures(text):
        assert 0 <= f.start <= f.number_start < f.number_end <= len(text) and f.start < f.end <= len(text)
        assert text[f.start:f.end] == f.text
        assert f.sentence_start <= f.number_start < f.sentence_end or f.sentence_start == f.number_start
    for d in find_dates(text):
        assert 0 <= d.start < d.end <= len(text) and text[d.start:d.end] == d.text


def test_a_clock_time_and_the_day_or_zone_after_it_stay_in_one_sentence():
    text = ("The bridge fell at 2 p.m. Thursday, officials said. The jet landed at 11:20 a.m. EDT in Castelford. "
            "The hearing ended at 5 p.m. The mayor spoke next.")
    assert [text[s:e] for s, e in sentence_spans(text)] == [
        "The bridge fell at 2 p.m. Thursday, officials said.",
        "The jet landed at 11:20 a.m. EDT in Castelford.",
        "The hearing ended at 5 p.m.",
        "The mayor spoke next.",
    ]


def test_between_n_and_m_is_one_range():
    text = "It sees full-year revenue between $13.9 billion and $14.2 billion. He faces between 40 and 175 years."
    found = [(f.text, f.value, f.high) for f in extract_figures(text)]
    assert found == [("$13.9 billion and $14.2 billion", 13_900_000_000, 14_200_000_000),
                     ("40 and 175 years", 40, 175)]
    # "and" with no "between" before joins nothing
    assert [f.value for f in extract_figures("It hired 40 nurses and 175 aides.")] == [40, 175]


def test_other_and_more_between_a_number_and_its_noun():
    found = [(f.text, f.unit) for f in extract_figures("Ten other people were hurt, and 40 additional workers came.")]
    assert found == [("Ten other people", "person"), ("40 additional workers", "worker")]
    assert [f.text for f in extract_figures("It sold 3 more than last year.")] == ["3"]


@pytest.mark.parametrize(("text", "counts"), [
    ("She received two Oscar nominations during her career.", "Oscar nominations"),
    ("He met three Supreme Court justices on Friday.", "Supreme Court justices"),
    ("Police arrested 14 Grammy winners.", "Grammy winners"),
    ("The plan lost four British soldiers.", "British soldiers"),
])
def test_a_capitalised_kind_before_a_plural_is_part_of_the_counted_noun(text, counts):
    assert [f.counts for f in extract_figures(text)] == [counts]


@pytest.mark.parametrize("text", [
    "Four Seasons hotels raised prices.",
    "Three Mile Island closed in 2019.",
    "She met two New York police officers after five Senate hearings ended.",
])
def test_a_capitalised_number_word_or_a_place_is_a_name_not_a_kind(text):
    assert all(f.counts not in ("Seasons hotels", "Mile Island") for f in extract_figures(text))


@pytest.mark.parametrize(("unit", "plural"), [
    ("story", "stories"), ("storey", "storeys"), ("foot", "feet"), ("inch", "inches"), ("mile", "miles"),
    ("day", "days"), ("mph", "mph"),
])
def test_a_measure_is_shown_in_its_plural(unit: str, plural: str) -> None:
    assert unit_plural(unit) == plural


def test_a_month_abbreviated_with_no_full_stop_before_a_day_is_a_date() -> None:
    # Reuters' datelines write "Aug 26 (Reuters) -": the day is no figure of the story
    # (two versions dated Aug 26 and Aug 28 were a "conflict" of 26 against 28)
    assert [d.name for d in find_dates("Aug 26 (Reuters) - Infant formula maker Brightnest said")] == ["August 26"]
    assert [d.value for d in find_dates("ahead of the Sept 3 vote")] == ["--09-03"]
    assert find_dates("Jan Smith said five people were hurt") == []
    text = "Aug 26 (Reuters) - The company recalled 650,000 cans."
    assert [f.text for f in extract_figures(text)] == ["650,000 cans"]
