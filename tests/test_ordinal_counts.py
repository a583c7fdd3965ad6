"""Counts told as ordinals: "a fourth worker has died" is a toll of four, "the ninth
confirmed case" a running count of nine (reader.analysis.ordinal_counts); positions, ranks
and times are no counts. Every text here is made up."""

from __future__ import annotations

import pytest
from test_conflicts_support import conflicts_of, keys_of

from reader.analysis.ordinal_counts import ordinal_figures
from reader.analysis.sentences import sentence_spans


def _values(text: str) -> list[float]:
    return [f.value for f in ordinal_figures(text, [], sentence_spans(text))]


@pytest.mark.parametrize(("one", "other", "values"), [
    ("Two patients of the Larkmoor clinic died after the power failed on Saturday, officials said.",
     "A third patient of the Larkmoor clinic has died after the power failure, officials said.", [2, 3]),
    ("Five miners were killed when the shaft at Orrin Pit flooded on Monday.",
     "A sixth miner was found dead at Orrin Pit on Tuesday after the shaft flooded.", [5, 6]),
    ("The flooding at Cass Ford killed four hikers, rescuers said.",
     "The fifth hiker from the group has died in hospital after the flooding at Cass Ford, rescuers said.",
     [4, 5]),
    ("Three people have died in the Harwell flu outbreak, officials said.",
     "Tamsin Ode became the fourth person to die in the Harwell flu outbreak, officials said.", [3, 4]),
    ("Rescuers pulled four bodies from the rubble of the Orla hotel on Monday.",
     "A fifth body was recovered from the rubble of the Orla hotel on Monday.", [4, 5]),
])
def test_a_toll_told_as_an_ordinal_conflicts(one: str, other: str, values: list[float]) -> None:
    assert values in conflicts_of(one, other)


def test_a_running_count_of_cases_is_a_count() -> None:
    keys = keys_of("This is the eighth confirmed mumps case in Tollan County this year.")
    assert keys["eighth confirmed mumps case"] == ("case", None)
    assert _values("It is the state's ninth death from the virus.") == [9]


@pytest.mark.parametrize("text", [
    "It was the first time the ferry had failed, and the second day of the strike.",
    "The third-party audit found the fourth quarter weak.",
    "Grelham is the fifth-largest town in the valley.",
    "The crane tipped over at the sixth floor of the tower.",
    "A third worker clung to a railing until help came.",
    "The inspection on the 4th found a fifth section of the fence missing.",
    "The town marked the tenth anniversary of the flood.",
    "A second car was found in the river.",
    "It was the seventh case of the year the court heard.",
    "On the second day he died in hospital.",
    "A third of the residents have died since the outbreak began.",
    "He is the fourth death row inmate to appeal.",
    "She was the third climber to reach the summit of Mount Orl.",
    "A second body of water was found near the dam.",
])
def test_positions_ranks_and_times_are_no_counts(text: str) -> None:
    assert _values(text) == []
