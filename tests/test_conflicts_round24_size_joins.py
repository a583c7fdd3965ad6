"""Round 24, a thing's size across reports: a modifier with its conversion in brackets ("the
60-metre (197-foot) Tarn Belle") is a size as "the 60-metre ferry" is; a report's one plain
length told as a thing's extent ("75 metres long") or a zone's reach ("within three miles
of") meets another report's size; a distance told otherwise stays apart. Every text here is
made up."""

from __future__ import annotations

import pytest
from test_conflicts_support import conflict_sets, keys_in

from reader.analysis.measure_events import SIZE


@pytest.mark.parametrize(("text", "figure"), [
    ("The 60-metre (197-foot) Tarn Belle struck the pier at Oskby.", "60-metre"),
    ("A 40-foot (12-metre) mast fell onto the deck of the Sorrel.", "40-foot"),
    ("The 3-km (1.9-mile) tunnel under the Vell ridge was closed.", "3-km"),
])
def test_a_modifier_before_its_conversion_is_a_size(text, figure):
    assert keys_in(text)[figure][1] == SIZE


def test_a_plain_length_with_a_conversion_is_no_size():
    assert keys_in("The fire spread 40 feet (12 metres) along the pier at Orla.")["40 feet"][1] is None


@pytest.mark.parametrize(("first", "second", "values"), [
    ("The 60-metre (197-foot) Tarn Belle struck the pier at Oskby on Friday.",
     "The 65-metre ferry struck the pier at Oskby on Friday.", {60.0, 65.0}),
    ("The 60-metre ferry struck the pier at Oskby on Friday.",
     "The ferry, 75 metres long, struck the pier at Oskby on Friday.", {60.0, 75.0}),
    ("Residents within a 2-mile radius of the Kessel plant were told to stay indoors on Monday.",
     "Residents within three miles of the Kessel plant were told to stay indoors on Monday.", {2.0, 3.0}),
    ("Homes within a 500-metre radius of the Dunmore depot were evacuated after the leak.",
     "After the leak, homes within 800 metres of the Dunmore depot were evacuated.", {500.0, 800.0}),
])
def test_a_plain_length_meets_the_size_of_another_report(first, second, values):
    assert values in conflict_sets(first, second)


@pytest.mark.parametrize(("first", "second"), [
    ("The 60-metre ferry struck the pier at Oskby on Friday.",
     "Divers searched 70 metres of the channel near Oskby after the ferry struck the pier."),
    ("The 60-metre ferry struck the pier at Oskby on Friday.",
     "The ferry struck the pier at Oskby on Friday and stopped 70 metres from the shore."),
    ("Residents within a 2-mile radius of the Kessel plant were told to stay indoors.",
     "Smoke from the Kessel plant drifted three miles east, and residents were told to stay indoors."),
    # one report gives the size already: its plain length is another thing
    ("The 60-metre ferry struck the pier at Oskby on Friday.",
     "The 60-metre ferry struck the pier at Oskby on Friday, 75 metres long and built in 1990."),
])
def test_other_lengths_stay_apart(first, second):
    assert not conflict_sets(first, second)
