"""How long a liquid flowed, an animal was loose and a repair takes are keyed lengths
(reader.analysis.duration_subjects): two articles giving them differently disagree;
compatible bounds and other lengths stay quiet."""

from __future__ import annotations

import pytest

from tests.test_conflicts_support import conflicts_of, keys_of


@pytest.mark.parametrize(("text", "figure", "key"), [
    ("Foam gushed from the broken valve for about 40 minutes, the plant said.", "about 40 minutes", "duration:flow"),
    ("Sewage ran down Kettle Lane for more than two hours.", "more than two hours", "duration:flow"),
    ("The wolf was on the loose for nearly six hours before keepers caught it.", "nearly six hours", "duration:loose"),
    ("The inmate remained at large for three days.", "three days", "duration:loose"),
    ("Repairs to the culvert are expected to take up to four days.", "up to four days", "duration:repair"),
    ("The repair could take as long as a week, officials said.", None, "duration:repair"),
])
def test_these_lengths_are_keyed(text: str, figure: str | None, key: str) -> None:
    keys = keys_of(text)
    if figure is None:
        assert all(k is None or k[0] != key for k in keys.values())     # ("a week" is not read as a figure)
    else:
        assert keys[figure] == (key, None)


def test_lengths_of_other_things_are_not_keyed() -> None:
    keys = keys_of("The runner ran for two hours. The water board met for three hours. He was free for a while.")
    assert all(k is None for k in keys.values())


def test_two_flows_and_two_repair_estimates_disagree_and_compatible_ones_do_not() -> None:
    a = "Brine flowed across the yard for nearly two hours, the county said."
    b = "Brine flowed across the yard for more than four hours, neighbours said."
    assert conflicts_of(a, b) == [[2, 4]]
    c = "Repairs are expected to take up to two days, the utility said."
    d = "The repair could take as long as five days, the mayor said."
    assert conflicts_of(c, d) == [[2, 5]]
    assert conflicts_of(c, d.replace("as long as five days", "up to 40 hours")) == []
