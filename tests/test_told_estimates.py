"""The story's one count estimated by two sources in sentences with no word in common
(:mod:`reader.analysis.told_estimates`). Every text here is made up for the tests."""

from __future__ import annotations

import pytest
from test_conflicts_support import keys_in as _keys
from test_conflicts_support import sorted_values as _values
from test_conflicts_support import undated as _art

from reader.analysis.conflicts import find_conflicts


@pytest.mark.parametrize(("one", "two", "values"), [
    ("Roughly 3,000 fans and ushers were moved out of the stands.",
     "Some 4,500 fans had packed into the Harlow Dome, the steward said.", [3000, 4500]),
    ("Meltwater now covers about 800 hectares of pasture.",
     "Roughly 1,300 hectares of barley fields lay under water on Tuesday, growers estimated.", [800, 1300]),
    ("About 260 bus routes have been pulled for the week, an internal memo shows.",
     "Some 310 bus routes were dropped from the timetable, the depot manager said.", [260, 310]),
    # (a plume's length: "18 miles wide" is a width, a measure of its own since round twenty-nine, never
    # compared with how far the smoke drifted)
    ("A plume stretching approximately 18 miles was seen from a patrol plane.",
     "Satellite pictures show smoke drifting some 30 miles over the valley.", [18, 30]),
])
def test_two_estimates_of_the_story_s_count_conflict(one: str, two: str, values: list[float]) -> None:
    story = [_art("wire", one), _art("paper", two),
             _art("tv", "The Lindqvist family said they were grateful to the volunteers.")]
    assert _values(find_conflicts(story)) == [values]


@pytest.mark.parametrize(("one", "two"), [
    # tallies, no estimate: two counts of one noun (the airport's and the region's)
    ("Carriers called off 1,400 flights at Ashgrove airport.", "More than 1,100 flights were grounded in the region."),
    ("The county closed 40 bridges.", "Engineers inspected 55 bridges on Monday."),
    # estimates in sentences naming two subjects
    ("About 300 pupils at Marlow High stayed home.", "Some 450 pupils at Dunford Academy were bused to the gym."),
    # an estimate beside a bare count or a bound
    ("Some 1,600 new flats are planned for Ostry.", "The council will build 2,000 extra flats by 2031."),
    # estimates of counts each put in a place of its own
    ("About 40 fans queued outside the Kelso stadium.", "About 60 fans were stranded at the Kelso station."),
    ("Some 120 volunteers searched in the marshes.", "Roughly 200 volunteers cleared paths across the moor."),
    # estimates too far apart to be one size told twice
    ("About 200 tenants slept in the shelter.", "Some 450 tenants were moved from the towers."),
])
def test_two_counts_of_one_noun_that_are_not_one_estimate_stay_quiet(one: str, two: str) -> None:
    assert find_conflicts([_art("wire", one), _art("paper", two)]) == []


def test_an_article_stating_both_values_says_two_things() -> None:
    wire = _art("wire", "About 900 runners started the race. Some 1,400 runners had registered for it.")
    paper = _art("paper", "Roughly 1,150 runners crossed the line on Sunday.")
    assert _keys(wire.body)["About 900 runners"] == ("runner", None)
    assert find_conflicts([wire, paper]) == []
