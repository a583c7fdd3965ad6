"""Ages as news writes them, and what a conflict of ages looks like. Texts made up."""

from __future__ import annotations

import pytest

from reader.analysis.ages import age_owner, apposition_age, as_age, is_age, stated_age
from reader.analysis.conflicts import find_conflicts
from reader.analysis.figures import extract_figures
from reader.library.model import Article
from reader.text.tokens import word_count


def _ages(text: str) -> list[str]:
    return [f.text for f in extract_figures(text) if apposition_age(text, f)]


@pytest.mark.parametrize(("text", "ages"), [
    ("The driver was identified as Dennis Farrow, 52.", ["52"]),
    ("Maria Lopez, 34, a nurse, was in the second car.", ["34"]),
    ("On Tuesday, 12 people were hurt.", []),                 # a count after a comma, not an age
    ("Scores: Arsenal 2, Chelsea 1.", []),
    ("Sales rose in March, 2026, to a record.", []),         # a year
    ("The bus, 40, was late.", []),                          # no name before it
    ("It happened in Lorain, 3.5 miles from the lake.", []),
])
def test_apposition_age(text, ages):
    assert _ages(text) == ages


def test_is_age_tells_an_age_from_other_years():
    text = "A 73-year-old man was given a five-year sentence. Walter Hume, 73, said nothing."
    figs = extract_figures(text)
    read = [as_age(f) if apposition_age(text, f) else f for f in figs]
    assert [f.text for f in read if is_age(f)] == ["73-year-old man", "73"]


def _art(id_: str, body: str) -> Article:
    return Article(id=id_, body=body, title=id_, words=word_count(body))


def test_two_ages_for_one_named_man_conflict():
    story = [_art("wire", "The truck's driver, 51-year-old Dennis Farrow of Elyria, was among the dead, "
                          "the county coroner said."),
             _art("other", "The truck driver was identified as Dennis Farrow, 52.")]
    (conflict,) = find_conflicts(story)
    assert conflict.quantity == "age"
    assert {v.display for v in conflict.values} == {"51 years", "52 years"}


def test_ages_of_different_people_are_not_compared():
    story = [_art("a", "Maria Lopez, 34, a nurse, said the car jumped sideways."),
             _art("b", "The train's engineer, Carl Diaz, 35, was not hurt, the railroad said.")]
    assert find_conflicts(story) == []


@pytest.mark.parametrize(("text", "owner"), [
    ("Gregory Pallister, 57, of Westerville, pleaded guilty.", "Gregory Pallister"),
    ("The suspect, identified as 24-year-old Tyler Monroe of Reynoldsburg, was taken away.", "Tyler Monroe"),
    ("The suspect, identified as 24-year-old Tyler J. Monroe of Reynoldsburg, was taken away.", "Tyler Monroe"),
    ("Pallister, 57, of Westerville, pleaded guilty.", "Pallister"),
    ("Judge Pallister, 57, of Westerville, retired.", "Pallister"),
    ("Captain Ewan MacLeod, 61, was at the helm.", "Ewan MacLeod"),
    ("Mr. Pallister, 57, of Westerville, pleaded guilty.", "Pallister"),
    ("A 72-year-old man died at the scene.", None),
    ("The 30-year-old was released on bail.", None),
    ("Darragh Byrne, a 30-year-old roofer, was released.", "Darragh Byrne"),
    ("On Saturday, the 68-year-old retired dentist landed the plane.", None),
    ("Among the dead was Lina Vasquez-Orr, aged 19, a nursing student.", "Lina Vasquez-Orr"),
    ("Among the dead was Vasquez-Orr, 21, a nursing student.", "Vasquez-Orr"),
    ("One rider, 39-year-old Oskar Ellery-Vance, was in serious condition.", "Oskar Ellery-Vance"),
    ("The pilot, 52-year-old Marit Holm-Tessaro of Dunby, was unhurt.", "Marit Holm-Tessaro"),
    ("Police said 27-year-old Renn Abara-Lowe had been driving.", "Renn Abara-Lowe"),
    ("Judge Tamsin Ortiz-Vell, 61, retired.", "Tamsin Ortiz-Vell"),
    ("In Corrow, a 30-year-old man was arrested.", None),
    ("Police said Friday, a 41-year-old woman was found.", None),
])
def test_an_age_belongs_to_the_name_it_stands_with(text, owner):
    figs = [as_age(f) if apposition_age(text, f) else f for f in extract_figures(text)]
    (age,) = [f for f in figs if is_age(f)]
    assert age_owner(text, age) == owner


def test_one_named_man_given_two_ages_in_unlike_sentences_conflict():
    """Two reports that say nothing else alike still disagree on one man's age."""
    story = [_art("wire", "Gregory Pallister, 57, of Westerville, pleaded guilty in November to wire fraud."),
             _art("tv", "Gregory Pallister, 58, received a sentence of nine years after admitting the theft.")]
    (conflict,) = find_conflicts(story)
    assert conflict.quantity == "age"
    assert {v.display for v in conflict.values} == {"57 years", "58 years"}


def test_a_double_barrelled_name_after_its_age_is_read_whole():
    """"40-year-old Ines Marlo-Kent" and "Ines Marlo-Kent, 42" are one woman's two ages."""
    story = [_art("wire", "One driver, 40-year-old Ines Marlo-Kent, was in stable condition after the crash."),
             _art("tv", "Ines Marlo-Kent, 42, was cut free from her car by firefighters.")]
    (conflict,) = find_conflicts(story)
    assert {v.display for v in conflict.values} == {"40 years", "42 years"}


@pytest.mark.parametrize(("one", "two"), [
    ("Captain Ewan MacLeod, 61, was at the helm when the ferry ran aground.",
     "The ferry's master, Ewan Macleod, 48, has 20 years at sea."),
    ("Mary McDonald, 44, owns the bakery.", "The owner, Mary McDonald, 47, said she would reopen."),
    ("Sean O'Brien, 33, was arrested on Friday.", "Police named the suspect as Sean O'Brien, 35."),
])
def test_surnames_with_a_capital_inside_own_their_ages(one, two):
    from reader.analysis.conflicts import find_conflicts
    from reader.library.model import Article

    arts = [Article(id=k, body=b, title=k, words=10) for k, b in (("a", one), ("b", two))]
    conflicts = find_conflicts(arts)
    assert [c.quantity for c in conflicts] == ["age"]


OBITUARIES = [
    "Harold Penrose, the painter whose seascapes hang in the Tate, has died. He was 78.\n\n"
    "Penrose died on Sunday at his home in Cornwall, his gallery said.",
    "Harold Penrose, whose seascapes made him famous, died on Sunday at the age of 79, his gallery said.",
    "The painter Harold Penrose has died aged 77.\n\nPenrose died at home in Cornwall on Sunday.",
    "Harold Penrose died Sunday at 76, his family said.",
    "Penrose died on Sunday at his home, his gallery said. He was 75.\n\nThe painter Harold Penrose "
    "had been ill.",
]


def test_an_obituarys_stated_ages_are_one_mans_and_disagree():
    (conflict,) = find_conflicts([_art(f"o{n}", body) for n, body in enumerate(OBITUARIES)])
    assert conflict.quantity == "age"
    assert sorted(v.value for v in conflict.values) == [75, 76, 77, 78, 79]


@pytest.mark.parametrize(("text", "owner"), [
    ("His daughter, Ann Lee, said Tom Lee died at 80, after a long illness.", "Tom Lee"),
    ("Officer Dana Ruiz was killed on Sunday. She was 34.", "Dana Ruiz"),
    ("Grace Okafor, aged 91, of Leeds, has died.", "Grace Okafor"),
])
def test_a_stated_age_is_the_named_persons(text, owner):
    (age,) = [as_age(f) for f in extract_figures(text) if stated_age(text, f)]
    assert age_owner(text, age) == owner


@pytest.mark.parametrize("text", [
    "A man aged 45 was arrested.",                          # nobody named
    "Tom Lee was tired. He was 34.",                        # no death before "He was"
    "Tom Lee died at 5 p.m. on Sunday.",                    # a time
    "The children, aged 5 to 7, were unhurt.",              # a range
    "Tom Lee, who died in 2019 at 80 Main Street, was a baker.",
])
def test_other_numbers_are_no_stated_ages(text):
    assert not [f for f in extract_figures(text) if stated_age(text, f)]


def test_stated_ages_of_two_people_are_not_compared():
    story = [_art("a", "Grace Okafor died on Sunday at 91, her family said."),
             _art("b", "Ruth Mensah died on Sunday aged 88, her family said.")]
    assert find_conflicts(story) == []


@pytest.mark.parametrize(("one", "two"), [
    ("Ferdia, a four-year-old red panda, was found up a tree.", "Five-year-old Ferdia was found in a tree."),
    ("Darragh Byrne, a 30-year-old man, was found safe on Tuesday.",
     "Police said 32-year-old Darragh Byrne was unhurt."),
])
def test_an_age_before_its_noun_after_a_name_is_the_names(one, two):
    (conflict,) = find_conflicts([_art("a", one), _art("b", two)])
    assert conflict.quantity == "age"


def test_a_stated_age_looks_back_a_bounded_way():
    """Whose stated age is read from the words just before it: a name the sentence gave far
    earlier (a "sentence" of thousands of words, as a hostile file has) is not searched for."""
    filler = ", ".join(f"the {n}th of the minor clauses" for n in range(40))
    near = f"{filler}, and his daughter said Tom Lee died at 80, after a long illness."
    far = f"His daughter, Ann Lee, said Tom Lee, {filler}, died at 80."
    (age,) = [as_age(f) for f in extract_figures(near) if stated_age(near, f)]
    assert age_owner(near, age) == "Tom Lee"
    assert not [f for f in extract_figures(far) if stated_age(far, f)]
