"""Round thirty-five: a story's only two values of a thing's count, each told by its own reports, are
one count told two ways however differently the sentences are worded; not when they are small, far
apart, of people in general, or one is a part of the other's whole. Every text here is made up."""

from __future__ import annotations

import pytest

from reader.analysis.figures import extract_figures
from reader.analysis.thing_counts import two_counts_of_a_thing
from tests.test_conflicts_support import conflicts_of, found


def _values(*bodies: str) -> list[list[str]]:
    return [v for _, v in found(*bodies)]


def test_two_reports_of_one_thing_s_count_conflict() -> None:
    assert _values("Eighteen ambulances came from as far as 60 kilometres away.",
                   "The county said 14 ambulances had been sent to the hall.") == [["14", "18"]]


def test_a_describing_word_is_no_other_thing() -> None:
    assert _values("Fourteen volunteer fire brigades from the district answered the alarm.",
                   "Firefighters from 11 brigades fought the blaze at the plant.") == [["11", "14"]]


@pytest.mark.parametrize(("a", "b"), [
    ("Two classrooms were flooded in the storm.", "Three classrooms need new floors, the principal said."),   # small
    ("Eighteen ambulances came from the district.", "The county owns 40 ambulances."),                      # far apart
    ("Eighteen people gathered outside the hall.", "About 14 people were evacuated by the crews."),         # people
    ("The company's 540,000 customers will see the change this summer.",
     "Tri-Rivers serves 470,000 residential customers, along with businesses."),                             # a part
])
def test_two_counts_that_may_be_two_things_stay_apart(a: str, b: str) -> None:
    assert _values(a, b) == []


def test_one_report_giving_both_values_is_no_pair() -> None:
    assert _values("Eighteen ambulances came, and 14 ambulances left.", "Fourteen ambulances were sent.") == []


def test_the_rule_reads_keys_of_things_only() -> None:
    f = extract_figures("18 ambulances")[0]
    g = extract_figures("14 ambulances")[0]
    assert two_counts_of_a_thing(("ambulance", None), [f, g], ["", ""])
    assert not two_counts_of_a_thing(("ambulance", "hurt"), [f, g], ["", ""])
    assert not two_counts_of_a_thing(("person", None), [f, g], ["", ""])
    assert not two_counts_of_a_thing(("money:cost", None), [f, g], ["", ""])


def test_a_person_s_own_count_or_a_word_taken_for_a_noun_is_no_thing_s_count() -> None:
    assert _values("He needed 108 pitches to get through six innings.", "Brown threw 119 pitches and won again.") == []
    f, g = extract_figures("six-plus innings")[0], extract_figures("eight-plus innings")[0]
    assert not two_counts_of_a_thing(("plus", None), [f, g], ["", ""])


def test_a_pronoun_in_another_clause_leaves_the_count_nobody_s_own() -> None:
    assert _values("In all, 13 ambulances reached the crossroads, the county said.",
                   "Chief Dale Hooper said 16 ambulances eventually came from three counties, and his volunteers "
                   "were there within nine minutes.") == [["13", "16"]]


def test_people_a_rescue_brought_out_told_once_by_each_side_conflict() -> None:
    assert _values("Nineteen people were rescued by boat from rooftops and attics, the sheriff said.",
                   "Crews in johnboats rescued 27 residents from flooded homes over the day.") == [["19", "27"]]
    assert _values("Nineteen people were rescued by boat, and 27 people were rescued by helicopter.",
                   "Crews rescued 27 people from flooded homes.") == []


def test_a_count_of_another_year_is_no_third_telling() -> None:
    assert conflicts_of("Twelve buildings have been red-stickered by council engineers, meaning no one can go inside.",
                   "By Tuesday evening, 9 buildings had been marked with red stickers and declared unsafe. "
                   "In 2016, a smaller quake cracked the facades of 23 buildings in the same block.") == [[9, 12]]


def test_what_a_check_covered_is_no_count_of_the_thing() -> None:
    assert _values("Sarvani Pharmaceuticals has recalled six batches of Telmicor 40 after tests.",
                   "A retest of five related batches over the following three days produced similar results.") == []
