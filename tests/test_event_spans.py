"""How long one thing lasted, told differently by two sources (reader.analysis.event_spans).
Every text here is made up for the tests."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from reader.analysis.conflicts import find_conflicts
from reader.analysis.event_spans import agree, related, story_spans
from reader.analysis.figure_uses import figure_uses
from reader.analysis.figures import Figure
from tests.test_conflicts_support import undated


def _lengths(*bodies: str) -> list[list[tuple[str, list[str]]]]:
    found = find_conflicts([undated(f"s{n}", body) for n, body in enumerate(bodies)])
    return [[(v.display, v.articles) for v in c.values] for c in found if c.quantity.startswith("length of time")]


def _length(value: float, unit: str, qualifier: str | None = None) -> Figure:
    text = f"{value} {unit}s"
    return Figure(start=0, end=len(text), text=text, number_start=0, number_end=len(str(value)), value=value,
                  qualifier=qualifier, unit=unit, counts=f"{unit}s", counts_inferred=False, modifies=None,
                  sentence_start=0, sentence_end=len(text), high=None)


def test_a_length_told_in_seconds_and_in_minutes_is_a_conflict():
    found = _lengths("The truck had been stuck on the tracks for about 90 seconds, witnesses said.",
                     "Witnesses told the station the truck had been sitting on the tracks for nearly four minutes "
                     "before the crossing gates came down on top of it.")
    assert found == [[("1.5 minutes", ["s0"]), ("4 minutes", ["s1"])]]     # (in the larger unit)


def test_months_against_years_and_a_third_source_that_agrees():
    found = _lengths("Integration of the two hospital systems is expected to take 18 months.",
                     "The integration would take two and a half years to complete, the chief executive said.",
                     "Integration of the systems would take 18 months, executives said.")
    assert found == [[("1.5 years", ["s0", "s2"]), ("2.5 years", ["s1"])]]


def test_a_length_whose_clause_runs_past_before():
    found = _lengths("Many had about 45 minutes' notice before deputies closed the roads.",
                     "Most were given nearly two hours to pack before roads were closed.")
    assert found == [[("0.75 hours", ["s0"]), ("2 hours", ["s1"])]]


def test_two_lengths_of_one_sentence_in_two_clauses_are_each_read():
    found = _lengths("The clinics closed for 48 hours, and ambulances were diverted from its hospitals "
                     "for more than three days, agencies said.",
                     "The ambulance diversion lasted about 36 hours, ending Monday afternoon.")
    assert found == [[("1.5 days", ["s1"]), ("3 days", ["s0"])]]


@pytest.mark.parametrize(("a", "b"), [
    # one length told two ways that agree
    ("The meeting lasted about 90 minutes, most of it public comment.",
     "The meeting lasted an hour and a half, most of it public comment."),
    # "within" is at most
    ("Crews had the broken water main isolated within 90 minutes.",
     "Crews had the broken water main isolated in about an hour."),
    # lengths too far apart to tell one thing
    ("The truck sat stuck on the tracks for 30 seconds.", "The truck sat stuck on the tracks for 20 minutes."),
    # a time from another moment and a window are no lengths
    ("Crews reached the stuck truck on the tracks two minutes later.",
     "Crews reached the stuck truck on the tracks five minutes later."),
    ("The plant has reported 212 leaks in the past five years, inspection records show.",
     "The plant has reported 180 leaks over the past eight years, inspection records show."),
    # two people's careers: the names say two things
    ("Senator Alma Reyes served on the budget committee for 12 years.",
     "Senator Dale Whitcomb served on the budget committee for 20 years."),
    # two lengths in one clause: which is which is not known
    ("Crews worked the burning tanks for 12 hours over two days.",
     "Crews worked the burning tanks for 20 hours, officials said."),
])
def test_lengths_that_stay_quiet(a: str, b: str) -> None:
    assert _lengths(a, b) == []


def test_agree_reads_qualifiers_and_units() -> None:
    assert agree(_length(90, "minute", "about"), _length(1.5, "hour"))
    assert not agree(_length(90, "minute"), _length(3, "hour", "nearly"))
    assert agree(_length(90, "minute", "within"), _length(1, "hour", "about"))
    assert agree(_length(2, "month"), _length(8.5, "week"))      # a month is 28 to 31 days
    assert not agree(_length(3, "week", "about"), _length(1.5, "month"))


@settings(max_examples=60, deadline=None)
@given(st.floats(min_value=0.5, max_value=500), st.sampled_from(["second", "minute", "hour", "day", "week",
                                                                 "month", "year"]),
       st.floats(min_value=0.5, max_value=500), st.sampled_from(["second", "minute", "hour", "day", "week",
                                                                 "month", "year"]))
def test_agree_and_related_are_symmetric(a: float, unit_a: str, b: float, unit_b: str) -> None:
    f, g = _length(a, unit_a), _length(b, unit_b)
    assert agree(f, g) == agree(g, f)
    assert related(f, g) == related(g, f)
    assert agree(f, f) and related(f, f)


def test_an_article_of_more_lengths_than_a_story_tells_is_a_table_and_not_read():
    def spans(*bodies: str) -> list:
        articles = [undated(f"s{n}", body) for n, body in enumerate(bodies)]
        return story_spans(articles, set(), frozenset(), *figure_uses(articles, None))

    other = "The freight train sat stuck on the tracks at Orlin for 90 minutes, the railroad said."
    table = " ".join(f"The freight train sat stuck on the tracks at Orlin for {n % 40 + 30} minutes, the railroad "
                     f"said of run {n}." for n in range(120))
    assert spans(table, other) == []
    one = "The freight train sat stuck on the tracks at Orlin for 40 minutes, the railroad said."
    assert len(spans(one, other)) == 1
