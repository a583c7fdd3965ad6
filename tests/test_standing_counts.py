"""A venue's capacity, a firm's workforce and a strike's count told in frames that share no
verb or noun (:mod:`reader.analysis.standing_counts`), and a body's own members counted by a
partitive. Every text here is made up for the tests."""

from __future__ import annotations

import pytest
from test_conflicts_support import keys_in, story_values, undated


@pytest.mark.parametrize("body", [
    "The arena, which seats 14,200, reopened on Friday.",
    "The 14,200-seat arena reopened on Friday.",
    "Pellow Park, which holds 14,200 fans, reopened on Friday.",
    "The arena can hold 14,200 people and reopened on Friday.",
    "The arena has a capacity of 14,200 and reopened on Friday.",
])
def test_a_capacity_is_one_key_in_every_frame(body: str) -> None:
    assert ("seat", None) in keys_in(body).values()


@pytest.mark.parametrize("body", [
    "The smelter employs 1,350 people.",
    "About 1,350 people employed at the Corvale smelter were sent home.",
    "The group said its 1,350 staff would be paid.",
    "The smelter has a workforce of 1,350.",
])
def test_a_workforce_is_one_key_in_every_frame(body: str) -> None:
    assert ("employee", None) in keys_in(body).values()


def test_staff_told_by_a_place_or_a_shift_is_no_workforce() -> None:
    keys = keys_in("The group said its 40 staff on site at the time were unhurt. A crowd of 9,000 held banners.")
    assert ("employee", None) not in keys.values()
    assert ("seat", None) not in keys.values()


def test_two_capacities_told_in_other_frames_disagree() -> None:
    story = [
        undated("council", "Storm damage closed Pellow Park on Sunday. The ground, which seats 14,200, will stay shut "
                        "until engineers finish their checks."),
        undated("paper", "Fans were told Pellow Park, which holds 16,000 spectators, will stay shut for a month after "
                      "the storm on Sunday."),
    ]
    assert {14200.0, 16000.0} in story_values(story)


def test_a_capacity_and_a_crowd_stay_apart() -> None:
    story = [
        undated("council",
                "The concert at Pellow Park went ahead on Sunday. The ground, which seats 14,200, was full."),
        undated("paper", "About 12,000 people attended the concert at Pellow Park on Sunday."),
    ]
    assert not any(12000.0 in v for v in story_values(story))


def test_two_workforces_told_in_other_frames_disagree() -> None:
    story = [
        undated("firm", "Corvale Metals statement: about 700 of the 1,350 people employed at our Dunharrow smelter "
                     "were sent home on Tuesday."),
        undated("wire", "Corvale Metals sent home about 700 of its roughly 1,600 staff at the Dunharrow smelter "
                     "on Tuesday, the company said."),
    ]
    assert {1350.0, 1600.0} in story_values(story)


@pytest.mark.parametrize("absent", [
    "About 1,800 of the 3,100 people employed at our Brask depot did not report for work on Monday.",
    "Around 1,800 workers failed to report for duty at the Brask depot on Monday.",
    "The company said about 1,800 of its staff had not turned up at the Brask depot on Monday.",
])
def test_strikers_told_as_absent_meet_strikers_who_walked_out(absent: str) -> None:
    story = [
        undated("union", "More than 2,600 of our members at the Brask depot walked out on Monday at the start of a "
                      "two-day strike over pay."),
        undated("company", "Statement on the strike at Brask. " + absent),
    ]
    assert {2600.0, 1800.0} in story_values(story)


def test_absent_staff_with_no_stoppage_in_the_article_is_no_striker() -> None:
    keys = keys_in("About 300 of the 900 people employed at the depot did not report for work after the flu outbreak.")
    assert ("employee", "took part") not in keys.values()


def test_a_body_s_own_members_are_counted_by_their_noun() -> None:
    keys = keys_in("More than 2,600 of our members walked out on Monday.")
    assert keys["More than 2,600"] == ("employee", "took part")


@pytest.mark.parametrize("done, needed", [
    ("Two dredgers pulled the barge free", "Three dredgers were needed to pull the barge free"),
    ("Four cranes lifted the span into place", "Five cranes were needed to lift the span into place"),
])
def test_what_was_needed_in_the_past_is_the_count_that_did_it(done: str, needed: str) -> None:
    story = [
        undated("port", f"{done} at Calder Quay on Tuesday morning, the port said."),
        undated("paper", f"{needed} at Calder Quay on Tuesday morning, the port said."),
    ]
    assert len(story_values(story)) == 1


def test_what_is_needed_stays_a_limit() -> None:
    keys = keys_in("She has 812 delegates. The 1,100 delegates needed to win are far off. "
                   "60 votes are required to pass.")
    assert keys["1,100 delegates"] == ("delegate", "limit")
