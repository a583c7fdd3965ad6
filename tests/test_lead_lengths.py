"""The length of the story's own event told in the articles' leads with nouns of their own
("began a 36-hour walkout", "starting a 24-hour stoppage"), or further down ("the walkout
is expected to last 36 hours"), is one length; a compound length of anything else, or out
of the lead, is not."""

from __future__ import annotations

from reader.analysis.conflicts import find_conflicts
from reader.analysis.figure_uses import figure_uses
from reader.analysis.lead_lengths import lead_lengths
from tests.test_conflicts_support import art

_FILLER = ("Talks between the two sides broke down late on Sunday after a week of meetings in the city. "
           "The company said it regretted the decision and that it remained open to further talks.")


def _values(*bodies: str) -> list[list[float]]:
    arts = [art(chr(ord("a") + n), body) for n, body in enumerate(bodies)]
    return [sorted(v.value for v in c.values) for c in find_conflicts(arts)
            if any(u.figure.unit in ("hour", "day") for v in c.values for u in v.uses)]


def test_two_leads_giving_the_event_two_lengths_conflict() -> None:
    a = ("Bus drivers at Tarvel Transit began a 36-hour walkout on Monday, halting service on 40 routes. "
         + _FILLER)
    b = ("Tarvel Transit's buses stood idle on Monday as about 900 drivers started a 24-hour stoppage. "
         + _FILLER)
    assert _values(a, b) == [[24, 36]]


def test_a_length_told_further_down_with_a_lead_noun_is_the_same_length() -> None:
    a = ("Nurses at Ellery General Hospital staged a two-day strike on Tuesday over staffing levels. " + _FILLER)
    b = ("Nurses at Ellery General Hospital walked off the job on Tuesday over staffing levels. " + _FILLER
         + " The strike is expected to last three days, the union said.")
    assert _values(a, b) == [[2, 3]]


def test_the_same_length_in_two_words_agrees_and_other_compounds_are_not_the_events() -> None:
    a = ("Bus drivers at Tarvel Transit began a 36-hour walkout on Monday, halting service on 40 routes. "
         + _FILLER)
    b = ("About 900 Tarvel Transit drivers began a 36-hour stoppage on Monday. " + _FILLER)
    assert _values(a, b) == []


def test_a_trips_or_a_shifts_length_in_the_lead_is_no_length_of_the_event() -> None:
    arts = [art("c", "Bus drivers at Tarvel Transit, who began a 10-hour shift at dawn, walked out on Monday."),
            art("d", "Tarvel Transit drivers began a 45-minute drive to the depot, then walked out on Monday.")]
    uses, keys = figure_uses(arts, None)
    assert lead_lengths(arts, uses, keys)[1] == keys


def test_a_compound_out_of_the_lead_or_of_no_begun_event_is_not_keyed() -> None:
    late = " ".join([_FILLER] * 4)
    a = ("Bus drivers at Tarvel Transit walked out on Monday. " + late + " A 36-hour walkout followed in 2019.")
    b = ("Bus drivers at Tarvel Transit walked out on Monday. " + late + " A 12-hour walkout followed in 2015.")
    assert _values(a, b) == []


def test_the_compounds_noun_stops_before_a_preposition() -> None:
    a = "Residents began a 12-hour vigil outside Pell Hospital on Friday. " + _FILLER
    b = "A 10-hour vigil outside Pell Hospital began on Friday, organisers said. " + _FILLER
    conflicts = find_conflicts([art("a", a), art("b", b)])
    assert [(c.quantity, sorted(v.value for v in c.values)) for c in conflicts] == [
        ("how long the vigil lasted", [10, 12])]
