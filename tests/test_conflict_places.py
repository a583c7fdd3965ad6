"""Counts told of a named place (every text here is made up for these tests)."""

from __future__ import annotations

from reader.analysis.conflicts import find_conflicts
from reader.analysis.figure_uses import figure_uses
from reader.library.model import Article
from reader.text.tokens import word_count


def _art(id_: str, body: str) -> Article:
    return Article(id=id_, body=body, title=id_, words=word_count(body))


def _values(conflicts) -> list[set]:
    return [{v.value for v in c.values} for c in conflicts]


def test_a_breakdown_by_town_keys_each_count_by_its_town():
    arts = [_art("a", "The survey counted 30 dairy farms in Dunmore, 14 in Hale and six in Pryce."),
            _art("b", "The survey counted 16 dairy farms in Hale, officials said.")]
    uses, keys = figure_uses(arts, None)
    assert {u.figure.value: k for u, k in zip(uses, keys, strict=True) if u.article == "a"} == {
        30: ("farm", "in Dunmore"), 14: ("farm", "in Hale"), 6: ("farm", "in Pryce")}


def test_a_list_item_with_no_noun_conflicts_with_the_same_place_elsewhere():
    conflicts = find_conflicts([
        _art("a", "The chain is closing 40 bakeries, including 9 in Kent, over the summer."),
        _art("b", "The closures include 12 bakeries in Kent and seven in Essex over the summer.")])
    assert _values(conflicts) == [{9, 12}]


def test_a_spelled_out_list_item_is_read_with_the_noun_of_the_list():
    uses, keys = figure_uses([_art("a", "There are 14 confirmed cases in Dunmore and five in Hale.")], None)
    assert [(u.figure.value, u.figure.unit, k) for u, k in zip(uses, keys, strict=True)] == [
        (14, "case", ("case", "in Dunmore")), (5, "case", ("case", "in Hale"))]


def test_two_places_counts_are_never_one_quantity():
    conflicts = find_conflicts([
        _art("a", "Health officials counted 14 confirmed cases in Dunmore and five in Hale this month."),
        _art("b", "Health officials counted 12 confirmed cases in Pryce and nine in Alby this month.")])
    assert not conflicts


def test_patients_taken_to_one_named_hospital():
    conflicts = find_conflicts([
        _art("a", "Six of the injured were taken to Saint Alder Regional Medical Center, police said."),
        _art("b", "Nine patients were brought to Saint Alder Regional Medical Center after the crash.")])
    assert _values(conflicts) == [{6, 9}]


def test_a_part_of_the_hurt_is_no_count_of_the_hurt():
    conflicts = find_conflicts([
        _art("a", "The crash injured 14 people, and six of the injured were taken to hospital."),
        _art("b", "Fourteen people were injured in the crash, police said.")])
    assert not conflicts


def test_a_count_of_one_place_only_is_still_compared_with_the_same_count_unplaced():
    conflicts = find_conflicts([_art("a", "The mill employs 3,200 workers in Dunmore, its owner said."),
                                _art("b", "The Dunmore mill has about 4,000 employees, its owner said.")])
    assert _values(conflicts) == [{3200, 4000}]


def test_a_count_whose_noun_is_borrowed_is_labelled_by_that_noun():
    one = Article(id="one", body="There are 12 confirmed cases in Sandwell and five in Walsall, the agency said.",
                  title="one", words=14)
    two = Article(id="two", body="The agency counted 9 confirmed cases in Sandwell and 7 in Walsall.",
                  title="two", words=12)
    labels = sorted(c.quantity for c in find_conflicts([one, two]))
    assert labels == ["confirmed cases in Sandwell", "confirmed cases in Walsall"]
