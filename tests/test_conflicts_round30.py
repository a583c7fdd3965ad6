"""Round 30 of conflict finding, from the misses of probes p31 to p33: a distance along a river, a
distance in nautical miles, a named thing's age told in a relative clause, a pipeline called "the
line", a work's share done. Every text here is made up for the tests."""

from __future__ import annotations

import pytest

from reader.analysis.figure_uses import figure_uses
from tests.test_conflicts_support import found as _found
from tests.test_conflicts_support import undated


def _values(*bodies: str) -> list[list[str]]:
    return [values for _, values in _found(*bodies)]


def test_a_distance_downstream_in_miles_meets_one_in_kilometres():
    assert _values("By Sunday evening, a fuel sheen stretched about 5 miles downstream, county officials said.",
                   "Aerial surveys showed a fuel sheen roughly 12 kilometers downstream from the break.") \
        == [["5 miles", "12 kilometers"]]


def test_a_distance_downstream_agreeing_in_two_units_is_quiet():
    assert _found("By Sunday evening, a fuel sheen stretched about 5 miles downstream, county officials said.",
                  "Aerial surveys showed a fuel sheen roughly 8 kilometers downstream from the break.") == []


def test_a_distance_upstream_is_no_distance_downstream():
    assert _found("The break is roughly 14 miles upstream of Tallow Bend, on a crossing under the river.",
                  "Crews found the fuel had reached a point about 9 miles downstream of the crossing.") == []


def test_a_reach_above_a_town_is_no_sheen_downstream():
    assert _found("The fuel entered the river at a braided reach about 22.5 kilometers above the town of Tallow.",
                  "Aerial surveys showed a fuel sheen roughly 12 kilometers downstream from the break.") == []


def test_nautical_miles_are_compared_with_miles():
    assert _values("The freighter was about 20 miles off the coast when the boxes went over the side.",
                   "The freighter was some 35 nautical miles off the coast near Cape Varro when it rolled.") \
        == [["20 miles", "35 nautical miles"]]
    assert _found("The freighter was about 20 miles off the coast when the boxes went over the side.",
                  "The freighter was some 17 nautical miles off the coast near Cape Varro when it rolled.") == []


def test_a_place_after_the_coast_is_not_its_head():
    _uses, keys = figure_uses([undated("s0", "It sank some 35 nautical miles off the coast near Cape Varro.")], None)
    assert ("measure:nautical mile", "from the coast") in keys


def test_a_named_things_age_in_a_relative_clause_is_its_age():
    assert _values("At the 96-year-old Brantley Elementary, the district found six fountains over the limit.",
                   "Her son attends Brantley Elementary, which is 81 years old, and drinks from its fountains.") \
        == [["81 years", "96 years"]]


def test_a_relative_clause_age_keys_the_name_before_it():
    _uses, keys = figure_uses([undated("s0", "The pupils of Brantley Elementary, which is 81 years old, "
                                             "were sent home early.")], None)
    assert ("age", "brantley") in keys      # (a named place's age is its name's, its kind left: round 31)


def test_the_line_of_a_pipeline_story_is_the_pipeline():
    assert _values("The 54-year-old line was built to carry crude from the Harlan field to the coast.",
                   "The 38-year-old pipeline has a history of small leaks, state records show.") \
        == [["38 years", "54 years"]]


@pytest.mark.parametrize(("a", "b", "values"), [
    ("The concrete tower is about 60 percent complete, the developer said.",
     "The Lanyard Commons tower was nearly three-quarters finished when work stopped.", ["60%", "three-quarters"]),
    ("The new terminal is 85% complete, airport officials said Monday.",
     "Officials said the terminal was about half done when the money ran out.", ["85%", "half"]),
])
def test_a_share_of_a_work_done_is_one_quantity(a: str, b: str, values: list[str]):
    assert sorted(_values(a, b)[0]) == sorted(values)


def test_a_target_share_done_by_a_date_is_no_share_done():
    _uses, keys = figure_uses([undated("s0", "The developer expects the tower to be 100 percent complete by 2028.")],
                              None)
    assert ("percent:completion", None) not in keys


def test_an_ending_balance_is_a_balance_not_the_budget():
    text = "He added that the budget leaves a projected ending balance of about $1.9 billion."
    _uses, keys = figure_uses([undated("s0", text)], None)
    assert keys == [("money:balance", None)]
    assert _values(text, "The state will still have an ending balance of roughly $2.3 billion, budget writers say.") \
        == [["$1.9 billion", "$2.3 billion"]]


@pytest.mark.parametrize(("a", "b"), [
    ("On Monday, about 120 cleanup workers were on the river.", "Roughly 165 personnel were on the river on Monday."),
    ("About 1.6 million taxpayers are expected to qualify for the rebate.",
     "Some 1.3 million filers are expected to qualify for the rebate."),
])
def test_personnel_are_employees_and_filers_taxpayers(a: str, b: str):
    assert len(_found(a, b)) == 1


_LEAD = ("HARBOR POINT (AP) - A freighter caught in a winter storm lost {n} containers off the coast early Tuesday, "
         "the Coast Guard said, and officials warned that debris could wash onto beaches within days. ")
_TAIL = ("The ship continued north under its own power and was expected to anchor off the river mouth by Wednesday. "
         "Beach walkers were asked to report any debris and to leave it where it lay.")


def test_a_sentence_a_write_through_put_in_anothers_place_is_no_changed_number():
    from reader.analysis.story import analyse_story
    from reader.library.model import Article
    from reader.text.tokens import word_count

    early = _LEAD.format(n=41) + "Twenty-four crew members were aboard, and none were hurt, the agency said. " + _TAIL
    later = _LEAD.format(n=63) + "The Coast Guard had initially put the number of lost boxes at 41. " + _TAIL
    arts = [Article(id=i, body=b, title=i, words=word_count(b)) for i, b in (("early", early), ("later", later))]
    values = [sorted(v.display for v in c.values) for c in analyse_story(arts).conflicts]
    assert ["24", "41"] not in values
    assert ["41", "63"] in values


@pytest.mark.parametrize(("text", "key"), [
    ("Inspectors said the crew of 21 seafarers had followed the procedures.", ("crew", None)),
    ("The trawler's crew of 6 sailors was rescued.", ("crew", None)),
    ("By then the chase had gone on for more than a quarter of an hour.", ("duration:chase", None)),
    ("The booking system had been down for more than five hours by noon.", ("duration:outage", None)),
])
def test_a_crew_told_by_its_people_and_lengths_told_by_gone_on_and_down(text: str, key: tuple[str, None]):
    _uses, keys = figure_uses([undated("s0", text)], None)
    assert keys == [key]


def test_a_chase_that_lasted_and_one_that_had_gone_on_are_one_length():
    assert _values("The chase that led to the crash lasted about 11 minutes, the sheriff said.",
                   "By then the chase had gone on for more than a quarter of an hour.") \
        == [["11 minutes", "15 minutes"]]


@pytest.mark.parametrize(("text", "key"), [
    ("Rescue crews in johnboats pulled 27 residents from flooded homes.", ("person", "rescued")),
    ("Deputies plucked 14 campers from the river before dawn.", ("person", "rescued")),
    ("About 300 residents live in the valley below the dam.", None),
    ("Firefighters pulled 3 people from the debris.", ("person", "rescued")),
])
def test_people_a_verb_of_rescue_tells_are_the_rescued_whatever_their_noun(text: str, key: tuple[str, str] | None):
    _uses, keys = figure_uses([undated("s0", text)], None)
    assert keys == [key]


def test_a_day_of_a_month_told_with_its_weekday_differs_as_its_day_does():
    found = _found("Residents will be allowed back onto the island Thursday, Sept. 17, once the bridge is checked.",
                   "He said residents would be allowed to begin returning to the island on Friday, Sept. 18.")
    assert [len(values) for _, values in found] == [2]


def test_people_evacuated_are_never_read_as_the_homes_evacuated():
    assert _found("About 95 residences were under an evacuation order as of Wednesday morning, the city said.",
                  "The city said about 320 people remained under an evacuation order on Wednesday.") == []


def test_one_nights_times_told_on_two_weekdays_are_compared():
    found = _found("The House cast its final budget vote around 11:40 p.m. Thursday after a long debate.",
                   "The House cast its final budget vote shortly after 1 a.m. Friday, officials said.")
    assert [len(values) for _, values in found] == [2]
    assert _found("The House cast its final budget vote around 11:40 p.m. Thursday after a long debate.",
                  "The House cast its final budget vote shortly after 11:45 p.m. Friday, officials said.") == []


def test_a_time_after_an_emergency_number_is_the_calls_time():
    found = _found("The motel's night clerk called 911 at about 2:30 a.m., after a guest phoned the desk feeling ill.",
                   "The motel called 911 just after 4 a.m., fire officials said.")
    assert [len(values) for _, values in found] == [2]


def test_a_fine_told_per_breach_is_the_fine():
    a = "Contractors who dig without a locate can be fined up to $10,000 per violation, he said."
    b = "The state can fine a contractor up to $25,000 for each violation."
    _uses, keys = figure_uses([undated("s0", a)], None)
    assert keys == [("money:fine", None)]
    assert [len(values) for _, values in _found(a, b)] == [2]


def test_things_sold_each_for_a_sum_are_priced_one_by_one():
    a = "Three-day passes for this year's festival sold for $349, organizers said."
    b = "Fans who paid $429 for three-day passes have been told to expect refunds."
    assert [len(values) for _, values in _found(a, b)] == [2]
    _uses, keys = figure_uses([undated("s0", "The farmhouse sold for $350,000 in May.")], None)
    assert keys == [("money:sale price", None)]


def test_a_spill_told_in_barrels_and_in_gallons_is_compared_in_one_unit():
    a = "The pipeline leaked an estimated 1,200 barrels of crude into the river, the company said."
    assert _values(a, "The pipeline leaked about 35,000 gallons of crude into the river, the company said.") \
        == [["1,200 barrels", "35,000 gallons"]]
    assert _found(a, "The pipeline leaked about 50,000 gallons of crude into the river, the company said.") == []


def test_a_strength_before_a_liquid_is_passed_over():
    a = "Within seconds, about 19 liters of 70 percent nitric acid spilled across the bench."
    assert _found(a, "Fumes filled the lab after roughly five gallons of nitric acid spilled on a bench.") == []
    assert len(_found("Within seconds, about 12 liters of 70 percent nitric acid spilled across the bench.",
                      "Fumes filled the lab after roughly five gallons of nitric acid spilled on a bench.")) == 1
