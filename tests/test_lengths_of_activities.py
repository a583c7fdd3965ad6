"""A length of time told as what it is "of" ("three hours of public comment", "24 months of
free credit monitoring", "one year of …") is keyed by the activity, in any unit, so two
reports that time one activity in other units are compared. Every text here is made up
for the tests."""

from __future__ import annotations

from test_conflicts_support import conflict_sets as _conflicts
from test_conflicts_support import keys_in as _keys

from reader.analysis.conflicts import find_conflicts
from reader.library.model import Article
from reader.text.tokens import word_count


def test_a_length_of_an_activity_with_modifiers_is_keyed_by_the_activity() -> None:
    keys = _keys("After more than three hours of public comment, the trustees voted.",
                 "The firm will offer members 24 months of free credit monitoring.",
                 "The firm is offering members one year of free credit monitoring.")
    assert keys["more than three hours"] == ("duration:comment", None)
    assert keys["24 months"] == keys["one year"] == ("duration:monitor", None)


def test_lengths_of_one_activity_in_two_units_conflict_or_agree() -> None:
    assert {1.5, 3} in _conflicts("After more than three hours of public comment, the trustees voted.",
                                  "Trustees heard nearly 90 minutes of public comment before the vote.")
    assert {1, 2} in _conflicts("The firm will offer members 24 months of free credit monitoring.",
                                "The firm is offering members one year of free credit monitoring.")
    assert _conflicts("The firm will offer members 12 months of free credit monitoring.",
                      "The firm is offering members one year of free credit monitoring.") == []


def test_the_label_names_the_activity_as_written() -> None:
    bodies = ("The firm will offer members 24 months of free credit monitoring.",
              "The firm is offering members one year of free credit monitoring.")
    found = find_conflicts([Article(id=f"a{n}", body=b, title="t", words=word_count(b)) for n, b in enumerate(bodies)])
    assert [c.quantity for c in found] == ["how long the monitoring lasted"]


def test_a_day_asked_for_stays_unread() -> None:
    assert "a day" not in _keys("The union asked for a day of talks.")


def test_a_week_of_an_activity_is_a_rough_length_and_no_count_of_days() -> None:
    assert _conflicts("Leaders agreed on Friday to end six days of fighting in the north.",
                      "The factions reached a ceasefire on Friday after a week of fierce fighting in the north.") == []


def test_a_modifier_is_no_activity_when_a_noun_follows_it() -> None:
    keys = _keys("Members get three years of free legal advice.")
    assert keys["three years"] == ("duration:advice", None)
