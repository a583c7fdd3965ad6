"""People told as leaving a place with any verb are counted as evacuated, and a count of
"people" evacuated meets the story's one other noun of the evacuated
(:mod:`reader.analysis.leaving_counts`). Every text here is made up for the tests."""

from __future__ import annotations

import pytest
from test_conflicts_support import keys_in, story_values, undated


@pytest.mark.parametrize("body, text", [
    ("About 180 people were sent out of the Tarrow Centre after the alarm.", "About 180 people"),
    ("Some 180 people streamed out of the Tarrow Centre after the alarm.", "Some 180 people"),
    ("The alarm forced about 180 people out into the car park.", "about 180 people"),
    ("Nearly 180 people were hurried out onto Gale Street.", "Nearly 180 people"),
])
def test_people_leaving_a_place_are_evacuated(body: str, text: str) -> None:
    assert keys_in(body)[text] == ("person", "evacuated")


def test_a_count_by_a_noun_of_its_own_keeps_its_rules() -> None:
    story = [
        undated("trust", "By 4 p.m., 140 patients had been safely moved to other hospitals, the Corland trust said."),
        undated("paper", "More than 200 patients were moved out of Corland General on Tuesday, a nurse said."),
    ]
    assert keys_in(story[1].body)["More than 200 patients"] is None or keys_in(story[1].body)[
        "More than 200 patients"][1] != "evacuated"


@pytest.mark.parametrize("body, text", [
    ("Rescuers pulled 12 people out of the rubble on Friday.", "12 people"),
    ("Firefighters cut two people out of the wreckage.", "two people"),
    ("About 40 delegates walked out of the talks on Friday.", "About 40 delegates"),
])
def test_a_rescue_or_a_walkout_is_no_evacuation(body: str, text: str) -> None:
    assert keys_in(body).get(text) != ("person", "evacuated")
    assert keys_in(body).get(text) is None or keys_in(body)[text][1] != "evacuated"


def test_people_sent_out_meet_the_staff_evacuated() -> None:
    story = [
        undated("firm", "About 150 employees on the day shift at the Brantley works were evacuated after the leak."),
        undated("wire", "Roughly 150 workers were evacuated from the Brantley works, the firm said."),
        undated("paper", "More than 220 people were sent out of the Brantley works after the leak, a foreman said."),
    ]
    assert {150.0, 220.0} in story_values(story)


def test_people_living_near_stay_apart_from_the_staff() -> None:
    story = [
        undated("firm", "About 150 employees on the day shift at the Brantley works were evacuated after the leak."),
        undated("paper", "More than 220 people were moved out of homes near the Brantley works after the leak."),
    ]
    assert not any(150.0 in v and 220.0 in v for v in story_values(story))


def test_an_article_telling_both_groups_keeps_them_apart() -> None:
    story = [
        undated("firm", "About 150 employees at the Brantley works were evacuated after the leak."),
        undated("paper", "About 150 employees were evacuated. Some 220 people were sent out of the Brantley works "
                      "canteen and car park after the leak."),
        undated("wire", "More than 300 people were sent out of the Brantley works after the leak."),
    ]
    assert not any(150.0 in v and 300.0 in v for v in story_values(story))
