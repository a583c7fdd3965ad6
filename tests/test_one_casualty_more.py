""""One runner has died" is a toll of one, as "One person was killed" is; "one fan said" and
"one runner finished" are no figures."""

from __future__ import annotations

from tests.test_conflicts_support import conflicts_of, keys_of


def test_one_of_more_kinds_of_people_dead_is_a_toll_of_one() -> None:
    assert keys_of("One runner has died, organisers said.") == {"One runner": ("runner", "died")}
    assert keys_of("One climber died on the ridge.") == {"One climber": ("climber", "died")}
    assert keys_of("One fan said the crush was terrifying.") == {}
    assert "One runner" not in keys_of("One runner finished in under two hours.")


def test_a_toll_that_rose_from_one_to_two_conflicts() -> None:
    a = "One runner has died after collapsing in the heat at the Corran marathon, organisers said."
    b = "Two runners have died after collapsing in the heat at the Corran marathon, organisers said."
    assert conflicts_of(a, b) == [[1, 2]]
