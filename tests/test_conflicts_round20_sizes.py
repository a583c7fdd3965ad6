"""Round 20: a length told with its dimension ("The mast is 42 metres tall", "The span,
about 120 feet (37 metres) long") is compared with a size told as a modifier of the same
noun ("a 55-metre mast"); a size of another noun stays apart. Every text here is made up
for the tests."""

from __future__ import annotations

import pytest
from test_conflicts_support import conflict_sets


@pytest.mark.parametrize(("first", "second", "values"), [
    ("The mast is 42 metres tall, the operator said.", "A 55-metre mast toppled onto the Hessle road.", {42.0, 55.0}),
    ("The span, about 120 feet (37 metres) long, fell into the river.", "The 160-foot span collapsed at dawn.",
     {120.0, 160.0}),
    ("Each pipe measures 3 metres in diameter.", "Crews lifted the 5-metre pipe from the trench.", {3.0, 5.0}),
])
def test_a_size_told_with_its_dimension_meets_the_modifier(first, second, values):
    assert values in conflict_sets(first, second)


@pytest.mark.parametrize(("first", "second"), [
    ("The mast is 42 metres tall.", "The 55-metre turbine tower was not damaged."),
    ("The tanker is 180 metres long and the pier is 240 metres long.", "A 200-metre tanker hit the pier."),
    ("The gap in the fence, about 4 metres wide, was closed.", "A 7-metre gate was left open."),
])
def test_a_size_of_another_noun_stays_apart(first, second):
    assert conflict_sets(first, second) == []
