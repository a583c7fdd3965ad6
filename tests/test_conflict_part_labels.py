"""A conflict over a part of a count ("Five of the deaths were in Caswell") is labelled
as that part, with the words every source gives, not as a bare "figure"; a number word
that opens the sentence is no name (it kept an edited copy's change from being read)."""

from __future__ import annotations

from reader.analysis.story import analyse_story
from tests.test_conflicts_support import art

ONE = ("A line of storms killed 11 people across Tolland County on Sunday night, officials said. "
       "The worst tornado stayed on the ground for about 14 miles. {n} of the deaths were in Merrow, "
       "a farming town of about 1,300 people.")


def test_a_part_of_the_deaths_told_alike_is_labelled_as_that_part() -> None:
    story = analyse_story([art("a", ONE.format(n="Five")), art("b", ONE.format(n="Seven"))])
    (conflict,) = story.conflicts
    assert conflict.quantity == "part of the deaths (… Merrow)"
    assert sorted(v.value for v in conflict.values) == [5, 7]


def test_spectators_an_event_hurt_are_labelled_by_their_noun() -> None:
    # the crowd's noun is keyed as attendance; the conflict is over the spectators injured, not "attendance"
    a = "Lightning struck a tree beside the ninth green at the Corrow Open on Saturday, injuring six spectators."
    b = "Lightning struck a tree beside the ninth green at the Corrow Open on Saturday, injuring eight spectators."
    story = analyse_story([art("a", a), art("b", b)])
    (conflict,) = story.conflicts
    assert conflict.quantity == "spectators injured"
