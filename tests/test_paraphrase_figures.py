"""Figures of two sentences that say one thing in other words are one quantity, whatever
their verbs and nouns (reader.analysis.paraphrase_figures). Every text here is made up."""

from __future__ import annotations

import pytest
from test_conflicts_support import art, conflicts_of

from reader.analysis.figure_uses import figure_uses
from reader.analysis.paraphrase_figures import paraphrase_pairs


@pytest.mark.parametrize(("one", "other", "values"), [
    ("Rescue teams searched the rubble of the collapsed garage for more than seven hours.",
     "Rescue teams searched the rubble of the garage for about four hours before giving up.", [4, 7]),
    ("Orvel Mining estimates the cleanup of the tailings will cost about $9 million.",
     "The company estimates cleanup costs for the tailings at $5 million.", [5_000_000, 9_000_000]),
    ("Volunteers from the county pulled 40 sheep from the floodwater near the mill on Sunday.",
     "On Sunday volunteers from the county pulled about 90 sheep from the floodwater near the mill.", [40, 90]),
    # one share, told in sentences alike enough
    ("The job cuts amount to roughly 6% of the combined workforce of the two hospital systems.",
     "The job cuts represent about 9 percent of the combined workforce, according to the filing.", [6, 9]),
    # one share told through two experts: their names are no subjects
    ("\"Less than 10 percent of stolen art is ever recovered,\" Greer said.",
     "Only about 15% of stolen art is ever recovered, Pike said, though the odds are better for famous works.",
     [10, 15]),
])
def test_one_thing_told_in_other_words_conflicts(one: str, other: str, values: list[float]) -> None:
    assert values in conflicts_of(one, other)


@pytest.mark.parametrize(("one", "other"), [
    # a time from another moment
    ("The home side scored from close range and 10 minutes later added a second goal.",
     "The visitors scored from close range in the first half and 13 minutes later added a second goal."),
    # a line of names and a figure, a heading
    ("Aino Kettunen (Finland) Skoda Fabia 3 hours 12 minutes",
     "Aino Kettunen (Finland) Skoda Fabia 4 hours 2 minutes"),
    # two events told alike: other names
    ("A moderate earthquake measuring 5.1 on the Richter scale shook Tavria on Monday, officials in Lenko said.",
     "An earthquake measuring 5.6 on the Richter scale shook Ostmark on Monday, officials in Varn said."),
    # shares: two polls
    ("Only four percent would vote for Governor Ellery Marsh in the primary, the survey found.",
     "Less than 1 percent would vote for Governor Ellery Marsh in the primary, the survey found."),
    # shares: two votes told alike
    ("The measure won 54 percent of the vote in the county, election officials said.",
     "The measure won 61 percent of the vote in the county, election officials said."),
    # shares in sentences that share a few words only
    ("About 30 percent of the county's roads were damaged by the ice storm this week.",
     "The ice storm this week left 45% of residents without heat."),
    # two figures of one family in a sentence: which is which is not known
    ("Crews pumped 40,000 gallons from the basement and 12,000 gallons from the garage of the depot.",
     "Crews pumped 25,000 gallons from the basement of the depot on Tuesday."),
])
def test_no_link_where_the_evidence_is_weak(one: str, other: str) -> None:
    uses, keys = figure_uses([art("a", one), art("b", other)], None)
    assert list(paraphrase_pairs(uses, keys, {"a": one, "b": other})) == []


def test_sentences_that_share_too_little_are_not_alike() -> None:
    one = "More than 120 volunteers joined the search on Saturday."
    other = "About 60 people were still without power on Saturday night, the utility said."
    uses, keys = figure_uses([art("a", one), art("b", other)], None)
    assert list(paraphrase_pairs(uses, keys, {"a": one, "b": other})) == []


@pytest.mark.parametrize(("one", "other"), [
    ("The ferry sank two days after the storm, the harbour master of Lissel said.",
     "The ferry sank three days after the storm, the harbour master of Lissel said."),
    ("The crane fell 20 minutes before the shift change at the Orvel site.",
     "The crane fell 45 minutes before the shift change at the Orvel site."),
])
def test_a_time_from_another_moment_is_no_quantity(one: str, other: str) -> None:
    uses, keys = figure_uses([art("a", one), art("b", other)], None)
    assert list(paraphrase_pairs(uses, keys, {"a": one, "b": other})) == []


def test_two_subjects_told_alike_stay_apart() -> None:
    """Each sentence tells its sum of a subject the other article also names: the city's
    grant and the county's are two sums."""
    one = ("The state awarded flood money to Harlow and to Harlow County on Monday. "
           "The city will receive $5 million from the state to repair flood damage.")
    other = ("The county and the city both asked the state for flood money. "
             "The county will receive $8 million from the state to repair flood damage.")
    assert conflicts_of(one, other) == []
    alike = "The city will receive $8 million from the state to repair flood damage."
    assert [5_000_000, 8_000_000] in conflicts_of(one, alike)
