"""A proportion's terms are a part and its whole, the part the smaller ("six in 10 voters",
"one out of 25 children"); "N in M" with the first number larger is two counts ("sickened
34 in 11 states": people, and states). Every text here is made up."""

from __future__ import annotations

from reader.analysis.figures import extract_figures


def _read(text: str) -> list[tuple[str, float, str | None]]:
    return [(f.text, f.value, f.unit) for f in extract_figures(text)]


def test_a_larger_count_in_a_smaller_one_is_two_counts() -> None:
    assert ("11 states", 11, "state") in _read("The fever has sickened 34 in 11 states since May.")
    assert ("5 states", 5, "state") in _read("The virus sickened 12 in 5 states, officials said.")
    assert ("3 raids", 3, "raid") in _read("Police arrested 40 in 3 raids on Friday.")
    read = _read("A blight that has damaged 210 in 14 counties spread again.")
    assert ("14 counties", 14, "county") in read


def test_a_part_of_a_whole_is_still_a_proportion() -> None:
    for text in ("Six in 10 voters backed the plan.", "One in five adults smokes.",
                 "Nearly one out of 25 children was absent.", "Three in 4 nurses quit.",
                 "Nine in ten residents agree.", "About 12 in 100 homes flooded."):
        assert _read(text) == [], text


def test_a_count_over_a_span_is_read_as_before() -> None:
    assert ("10 days", 10, "day") in _read("The team won 3 in 10 days.")
