"""An article that tells a change in one figure ("raise the base fare from $2 to $2.50")
holds the value it comes to: its other value of the unit ("Pine Ridge's base fare has been
$1.75 since 2021") is another quantity, not its rival to another source's $2.50. Every text
here is made up for the tests."""

from __future__ import annotations

from test_conflicts_support import conflict_sets as _conflicts


def test_a_value_a_change_comes_to_is_held_by_its_article() -> None:
    assert _conflicts("The Lakeport board voted to raise the base fare from $2 to $2.50 on Wednesday. Pine Ridge's "
                      "base fare has been $1.75 since 2021, and its mayor said no change is planned.",
                      "Under the plan approved by the Lakeport board on Wednesday, the base fare will be $2.50.") == []


def test_another_value_than_the_change_comes_to_still_conflicts() -> None:
    assert {2.25, 2.5} in _conflicts("The Lakeport board voted on Wednesday to set the base fare at $2.50.",
                                     "Under the plan approved by the Lakeport board on Wednesday, the base fare "
                                     "will be $2.25.")
