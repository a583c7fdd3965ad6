"""People told as leaving a place with any verb are counted as evacuated, and a count of
"people" evacuated meets the story's one other noun of the evacuated
(:mod:`reader.analysis.leaving_counts`). Every text here is made up for the tests."""

from __future__ import annotations

import pytest

from reader.analysis.conflicts import find_conflicts
from reader.analysis.figure_uses import figure_uses
from reader.library.model import Article
from reader.text.tokens import word_count


def _art(id_: str, body: str) -> Article:
    return Article(id=id_, body=body, title=id_, words=word_count(body))


def _keys(body: str) -> dict[str, tuple[str, str | None] | None]:
    uses, keys = figure_uses([_art("a", body)], None)
    return {u.figure.text: k for u, k in zip(uses, keys, strict=True)}


def _values(story: list[Article]) -> list[set[float]]:
    return [{float(v.value) for v in c.values} for c in find_conflicts(story)]


@pytest.mark.parametrize("body, text", [
    ("About 180 people were sent out of the Tarrow Centre after the alarm.", "About 180 people"),
    ("Some 180 people streamed out of the Tarrow Centre after the alarm.", "Some 180 people"),
    ("The alarm forced about 180 people out into the car park.", "about 180 people"),
    ("Nearly 180 people were hurried out onto Gale Street.", "Nearly 180 people"),
])
def test_people_leaving_a_place_are_evacuated(body: str, text: str) -> None:
    assert _keys(body)[text] == ("person", "evacuated")


def test_a_count_by_a_noun_of_its_own_keeps_its_rules() -> None:
    story = [
        _art("trust", "By 4 p.m., 140 patients had been safely moved to other hospitals, the Corland trust said."),
        _art("paper", "More than 200 patients were moved out of Corland General on Tuesday, a nurse said."),
    ]
    assert _keys(story[1].body)["More than 200 patients"] is None or _keys(story[1].body)[
        "More than 200 patients"][1] != "evacuated"


@pytest.mark.parametrize("body, text", [
    ("Rescuers pulled 12 people out of the rubble on Friday.", "12 people"),
    ("Firefighters cut two people out of the wreckage.", "two people"),
    ("About 40 delegates walked out of the talks on Friday.", "About 40 delegates"),
])
def test_a_rescue_or_a_walkout_is_no_evacuation(body: str, text: str) -> None:
    assert _keys(body).get(text) != ("person", "evacuated")
    assert _keys(body).get(text) is None or _keys(body)[text][1] != "evacuated"


def test_people_sent_out_meet_the_staff_evacuated() -> None:
    story = [
        _art("firm", "About 150 employees on the day shift at the Brantley works were evacuated after the leak."),
        _art("wire", "Roughly 150 workers were evacuated from the Brantley works, the firm said."),
        _art("paper", "More than 220 people were sent out of the Brantley works after the leak, a foreman said."),
    ]
    assert {150.0, 220.0} in _values(story)


def test_people_living_near_stay_apart_from_the_staff() -> None:
    story = [
        _art("firm", "About 150 employees on the day shift at the Brantley works were evacuated after the leak."),
        _art("paper", "More than 220 people were moved out of homes near the Brantley works after the leak."),
    ]
    assert not any(150.0 in v and 220.0 in v for v in _values(story))


def test_an_article_telling_both_groups_keeps_them_apart() -> None:
    story = [
        _art("firm", "About 150 employees at the Brantley works were evacuated after the leak."),
        _art("paper", "About 150 employees were evacuated. Some 220 people were sent out of the Brantley works "
                      "canteen and car park after the leak."),
        _art("wire", "More than 300 people were sent out of the Brantley works after the leak."),
    ]
    assert not any(150.0 in v and 300.0 in v for v in _values(story))
