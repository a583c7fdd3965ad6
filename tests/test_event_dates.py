"""The day of one event told differently by two sources (reader.analysis.event_dates). Every
text here is made up for the tests."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from reader.analysis.conflicts import find_conflicts
from reader.analysis.event_dates import date_conflicts, dated_clauses
from reader.analysis.sentences import sentence_spans
from tests.test_conflicts_support import undated


def _dates(*bodies: str) -> list[tuple[str, list[tuple[str, list[str]]]]]:
    found = find_conflicts([undated(f"s{n}", body) for n, body in enumerate(bodies)])
    return [(c.quantity, [(v.display, v.articles) for v in c.values]) for c in found if c.quantity.startswith("date")]


def test_a_first_case_confirmed_on_two_days_is_a_conflict():
    found = _dates("The first case was confirmed Feb. 17 in an unvaccinated 6-year-old from Orlin.",
                   "The health department confirmed the outbreak's first case on Feb. 20, officials said.")
    assert found == [("date (told with “first case confirmed”)", [("February 17", ["s0"]), ("February 20", ["s1"])])]


def test_a_planned_day_told_two_ways_and_a_third_source_that_agrees():
    found = _dates("Groundbreaking is planned for Sept. 14, Kessler said.",
                   "Groundbreaking is set for Oct. 5, according to the team.",
                   "The team said groundbreaking is scheduled for Sept. 14 at the riverfront site.")
    assert found == [("date (told with “Groundbreaking”)", [("September 14", ["s0", "s2"]), ("October 5", ["s1"])])]


def test_an_inspection_told_with_a_comma_phrase_between():
    found = _dates("The Gull Star passed its most recent Coast Guard inspection on Jan. 14, records show.",
                   "The vessel is the larger of the two and passed its last annual Coast Guard inspection, "
                   "completed Feb. 9, without major deficiencies.")
    assert [values for _, values in found] == [[("January 14", ["s0"]), ("February 9", ["s1"])]]


@pytest.mark.parametrize(("a", "b"), [
    # two chambers' votes: the names say two events
    ("The House voted on Feb. 5 to pass the bill.", "The Senate voted on Feb. 12 to pass the bill."),
    # a vote held and a vote planned
    ("The board voted on Feb. 9 to approve the plan.", "The board will vote on March 3 to approve the final plan."),
    # the first case and the latest
    ("The first case was confirmed Feb. 17.", "The latest case was confirmed Feb. 20 at the clinic."),
    # a change told in one sentence
    ("The hearing was set for March 3 in Orlin.", "The hearing, originally set for March 3, was moved to March 10."),
    # a bound, not the day of the event
    ("The road closure began on April 2 near the quarry.", "The road closure will last until April 9 near the quarry."),
    # a dispatch's day (Reuters dateline) beside another
    ("Aug 26 (Reuters) - Formula maker Brightfield said it was recalling 650,000 containers.",
     "Aug 28 (Reuters) - Formula maker Brightfield said it was recalling 650,000 containers."),
    # the start of a schedule's steps against the day a bill is signed
    ("The bill would raise the wage in three annual steps, starting on Jan. 1, 2027.",
     "Gov. Brooks is expected to sign the bill on April 28, his office said."),
    # a range
    ("Voting in the union election ran March 3-5 at the plant.",
     "Voting in the union election ran March 4 at the plant."),
])
def test_days_of_two_events_or_no_event_stay_quiet(a: str, b: str):
    assert _dates(a, b) == []


def test_an_article_that_dates_two_events_with_the_same_words_is_not_read():
    a = ("The district confirmed the first measles case on Feb. 17. The state lab confirmed the first measles "
         "case on Feb. 19.")
    b = "Health officials confirmed the first measles case on Feb. 20 at Lincoln school."
    assert _dates(a, b) == []


def test_a_bare_weekday_or_month_is_no_day():
    body = "The plant closed Tuesday. Work resumed in March. The first shift returned on March 9."
    assert [c.figure.text for c in dated_clauses(body, sentence_spans(body))] == ["March 9"]


def test_copies_with_the_same_dated_clauses_are_read_once_and_all_listed():
    copy = "The first case was confirmed Feb. 17 in an unvaccinated child."
    told = {f"c{n}": dated_clauses(copy, sentence_spans(copy)) for n in range(50)}
    other = "The health department confirmed the first case on Feb. 20."
    told["local"] = dated_clauses(other, sentence_spans(other))
    [group] = date_conflicts(told)
    assert {u.article for u in group} == set(told)


@settings(max_examples=60, deadline=None)
@given(st.text(alphabet=st.sampled_from(list("ab Feb. 17,;:—-()0123456789first case confirmed\n")), max_size=300),
       st.text(alphabet=st.sampled_from(list("ab Feb. 20,;:—-()0123456789first case confirmed\n")), max_size=300))
def test_any_text_gives_groups_with_two_values_from_two_articles(a: str, b: str):
    told = {"a": dated_clauses(a, sentence_spans(a)), "b": dated_clauses(b, sentence_spans(b))}
    for group in date_conflicts(told):
        assert len({u.figure.value for u in group}) > 1 and len({u.article for u in group}) == 2


def _times(*bodies: str) -> list[tuple[str, list[str]]]:
    found = find_conflicts([undated(f"s{n}", body) for n, body in enumerate(bodies)])
    return [(c.quantity, [v.display for v in c.values]) for c in found if c.quantity.startswith("time of day")]


def test_the_time_of_an_event_no_list_names_told_two_ways_conflicts():
    [(label, values)] = _times("The final vote came shortly after 1 a.m. in the council chamber.",
                               "The council cast the final vote around 11:40 p.m. after hours of debate.")
    assert label == "time of day (told with “final vote council”)" and len(values) == 2
    [(label, _)] = _times("Gov. Lee declared a state of emergency at 11 a.m. Monday, her office said.",
                          "Lee signed her emergency declaration shortly after 8 a.m. Monday in Nashville.")
    assert label == "time of day (told with “declared emergency”)"


@pytest.mark.parametrize(("a", "b"), [
    # times that can both hold
    ("The final vote came at 9 p.m. Monday.", "Council cast the final vote around 9:10 p.m. Monday."),
    # two days' votes
    ("The final vote came at 9 p.m. Monday.", "Council cast the final vote at 11 p.m. Tuesday."),
    # two zones
    ("The final vote came at 9 p.m. EDT.", "Council cast the final vote at 11 p.m. GMT."),
    # a vote held and one planned
    ("The council held its final vote at 9 p.m.", "The council will hold its final vote at 7 p.m. tomorrow."),
])
def test_times_that_agree_or_tell_two_events_stay_quiet(a: str, b: str):
    assert _times(a, b) == []


def test_a_time_whose_clause_names_someone_needs_them_on_both_sides():
    assert _times("Under a New Hampshire law, the village's polls closed at midnight.",
                  "Voting ended when polls closed at 8 p.m. across the state.") == []


def test_an_article_that_lists_more_days_than_an_article_tells_is_not_read():
    one = "Unit 3 passed its first inspection on April 9 in Orlin."
    first = "Unit 3 passed its first inspection on March 3 in Orlin."
    for extra, conflicts in ((99, 1), (100, 0)):      # (100 dated clauses are read, 101 are a list)
        listed = first + " " + " ".join(f"The gala was held on May {n % 28 + 1}." for n in range(extra))
        told = {"list": dated_clauses(listed, sentence_spans(listed)), "one": dated_clauses(one, sentence_spans(one))}
        assert len(date_conflicts(told)) == conflicts


def test_a_sentence_of_two_days_is_a_schedule_and_tells_no_one_event():
    assert _dates("While the next contest is in Nevada on Feb. 20, the campaign looks to South Carolina.",
                  "The race moves to Nevada, which holds caucuses on Feb. 20, and then South Carolina, "
                  "which holds its primary Feb. 27.") == []
    # (but a sentence of a series' first and last day tells both ends: round 31)
    assert [values for _, values in _dates(
        "The first illnesses began March 28, and investigators believe the lettuce was pulled.",
        "The first illness began on March 21, and the most recent onset date so far is April 9.")] \
        == [[("March 21", ["s1"]), ("March 28", ["s0"])]]


def test_one_events_days_in_two_years_conflict():
    found = _dates("The previous contract expired Dec. 31, 2024, and officers have worked without one since.",
                   "The previous agreement expired June 30, 2025.")
    assert [values for _, values in found] == [[("June 30", ["s1"]), ("December 31", ["s0"])]]


def test_a_place_one_clause_names_is_known_to_the_other_article_by_its_dateline():
    found = _times("CEDAR GULCH — The evacuation order came at 3:10 p.m. Tuesday, deputies said.",
                   "Cedar Gulch, a town of about 2,600 people, was ordered evacuated around 4:45 p.m. Tuesday.")
    assert len(found) == 1


def test_one_events_cost_in_two_years_is_two_events():
    # (the years a clause names keep two of its kind apart: dates, times, lengths, shares and sums alike)
    assert _dates("Ground was broken on May 4 for a refurbishment of the library in 2019, records show.",
                  "Ground was broken on May 11 for a refurbishment of the library in 2023, records show.") == []
