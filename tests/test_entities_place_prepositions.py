"""A name after "outside" is a place ("ploughed into a freight train outside Ashby Cross"),
and so is a name after "residents of" or "the outskirts of", even when a verb of saying
follows it ("Residents of Mill Lane said"): the residents speak, the name is where they
live. A person's possessive after "outside" stays a person's. Every sentence is invented."""

from __future__ import annotations

from test_entities_support import types


def test_a_name_outside_which_something_happened_is_a_place() -> None:
    text = "The train ploughed into a freight wagon outside Ashby Cross on Tuesday, said Dora Pell."
    assert types(text).get("Ashby Cross") == "place"


def test_residents_of_a_name_make_it_a_place_even_before_said() -> None:
    for text in ("Residents of Mill Lane said ambulances kept arriving.",
                 "Residents of Corwen Heath reported the smell on Sunday.",
                 "Farms on the outskirts of Bellamy Ford were flooded, officials said."):
        found = types(text)
        assert "place" in found.values(), text
        assert "person" not in found.values(), text


def test_outside_a_persons_home_keeps_the_person() -> None:
    text = "Reporters waited outside Tomas Brenner's home, and Tomas Brenner said nothing."
    assert types(text).get("Tomas Brenner") == "person"
