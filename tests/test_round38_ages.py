"""Round thirty-eight: a birth year told after a bare surname ("Pell was born in 1957") is that
person's age, the person named in full by the article or else by the story ("Okafor, who was born in
1963", in a story whose other report names "President Helen Okafor"), and an age read from a year is
its owner's now, whatever other year its sentence names ("and became president in 2021"). Articles are
dated 2026-04-14. Every text here is made up for the tests."""

from __future__ import annotations

import pytest

from tests.test_conflicts_support import dated_found

PELL = "The coroner identified the pilot as Gordon Pell, 67, a retired surveyor from Garnet Springs."
OKAFOR = "President Helen Okafor, 58, has defended the plan at two town halls this semester."


def test_a_birth_year_after_a_bare_surname_is_an_age() -> None:
    other = ("The pilot, Gordon Pell, was a longtime member of the flying club. "
             "Pell was born in 1957 in Alder Creek and moved to Garnet Springs in the 1980s.")
    assert dated_found(PELL, other) == [("age", ["67 years", "68–69 years"])]


def test_the_story_names_a_surname_the_article_gives_alone() -> None:
    other = "Okafor, who was born in 1963 and became president in 2021, has framed the cuts as a way to grow."
    assert dated_found(OKAFOR, other) == [("age", ["58 years", "62–63 years"])]


def test_a_birth_year_that_fits_the_age_agrees() -> None:
    other = "Okafor, who was born in 1968 and became president in 2021, has framed the cuts as a way to grow."
    assert dated_found(OKAFOR, other) == []


def test_a_surname_two_people_of_the_story_share_owns_no_birth_year() -> None:
    other = ("Okafor, who was born in 1963 and became president in 2021, has framed the cuts as a way to grow. "
             "Her sister, Denise Okafor, teaches at the college.")
    assert dated_found(OKAFOR, other) == []


@pytest.mark.parametrize(("aged", "built", "label"), [
    ("The 40-year-old plant makes resins and coatings.", "The site was built in 1971 and makes resins.", "plant"),
    ("The 12-year-old vessel passed an inspection in January.", "Built in 2009 at a yard in South Korea, it sank.",
     "vessel"),
    ("The 44-year-old plane is typical of the fleet.", "The aircraft, manufactured in 1978, was airborne.", "aircraft"),
    ("The 12-year-old chairlift carries six riders.", "The 1,850-metre lift was commissioned in 2009.", "lift"),
])
def test_a_built_year_is_the_age_of_the_story_s_one_aged_thing(aged: str, built: str, label: str) -> None:
    assert [quantity for quantity, _ in dated_found(aged, built)] == [f"age of the {label}"]


def test_a_built_year_of_another_named_thing_is_not_the_aged_thing_s() -> None:
    other = "The company's headquarters tower was built in 1971."
    assert dated_found("The 40-year-old plant makes resins.", other) == []


def test_a_place_between_the_verb_and_the_year() -> None:
    other = "The Morven Star was built in Norway in 1988."
    aged = "The 31-year-old Morven Star is one of 23 boats."
    assert dated_found(aged, other) == [("age", ["31 years", "37–38 years"])]


@pytest.mark.parametrize("built", [
    "The Eilean Dorcha, built in 1985, is the only ferry small enough to use the pier.",   # another named ferry
    "Meridian was founded in Port Halloway in 1914 and employs 3,200 people.",              # a firm's founding
    "The Lyceum was built in 1897 to designs by a local architect.",                        # a name of its own
])
def test_a_year_of_another_thing_or_a_name_is_not_the_story_s_aged_thing(built: str) -> None:
    assert dated_found("The 33-year-old vessel was stormbound for a second day.", built) == []


@pytest.mark.parametrize(("aged", "built", "label"), [
    ("The 31-year-old facility has had chemical trouble before.",
     "The aquatic center, built in 1989, has a main pool and a diving well.", "center"),     # a facility: generic
    ("The 58-year-old building has had patch repairs to its roof.",
     "The school building, built in 1971, has a flat roof.", "school"),                     # the school's building
])
def test_a_generic_noun_or_a_compound_names_the_story_s_building(aged: str, built: str, label: str) -> None:
    assert [quantity for quantity, _ in dated_found(aged, built)] == [f"age of the {label}"]
