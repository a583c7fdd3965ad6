"""Speakers read from the shape of sentences, in texts written for these tests: a clock
time's "a.m." followed by the day inside a sentence, a town in a fronted place phrase, the
owner of a kinship noun quoted by the pronoun only the owner can be, a group opening a
sentence, a headline that copies the opening of a body quote."""

from __future__ import annotations

import pytest

from reader.analysis.quotes import extract_quotes, paragraphs, sentences


def _speakers(text: str) -> list[str | None]:
    return [q.speaker for q in extract_quotes(text)]


# --- a.m. / p.m. then the day: one sentence ------------------------------------------------

@pytest.mark.parametrize("when", ["shortly before 3 a.m. Thursday", "at 11:40 p.m. Sunday",
                                  "around 5 a.m. EST on Monday", "just after 2 a.m. local time"])
def test_a_clock_time_then_the_day_does_not_end_the_sentence(when: str) -> None:
    text = f"Brenna Ostrowicz-Hale was feeding her dog {when} when she heard the blast.\n"
    spans = sentences(text, paragraphs(text))
    assert len(spans) == 1


def test_a_clock_time_ending_a_sentence_still_ends_it() -> None:
    text = "The siren sounded at 4 a.m. Nobody slept after that.\n"
    assert len(sentences(text, paragraphs(text))) == 2


@pytest.mark.parametrize("name,pronoun", [("Tamsin Okafor-Ruud", "she"), ("Levente Quarrie-Bold", "he")])
def test_a_feature_subject_with_a_clock_time_and_day_is_the_pronoun(name: str, pronoun: str) -> None:
    own = "her" if pronoun == "she" else "his"
    text = (f"Fire at the Pellham depot\n\n{name} was up with {own} son shortly before 4 a.m. Friday when "
            f"{pronoun} saw smoke over the depot.\n\n\"The whole street smelled of tar,\" {pronoun} said. "
            "\"We left by the back door.\"\n")
    assert _speakers(text) == [name, name]


# --- a fronted place phrase: no person, no appositive ----------------------------------------

@pytest.mark.parametrize("opening", ["In Dravenholm, a long wait at the pit head",
                                     "At Quillmoor, a quiet night turned to panic"])
def test_a_town_in_a_fronted_place_phrase_is_no_pronouns_antecedent(opening: str) -> None:
    text = (f"{opening}\n\nRescuers worked through the night at the shaft.\n\n"
            "\"We could hear them tapping,\" she said.\n")
    assert _speakers(text) == [None]


@pytest.mark.parametrize("opening", ["At Quillmoor, ", "In the morning ", "At the gate, "])
def test_a_person_after_a_fronted_phrase_keeps_the_appositive(opening: str) -> None:
    text = (f"{opening}Petronella Vask, a shift manager at the pit, waited. "
            "\"Nobody was told,\" she said.\n")
    assert _speakers(text) == ["Petronella Vask"]


# --- the owner of a kinship noun -------------------------------------------------------------

@pytest.mark.parametrize("owner,noun,pronoun", [("Efua Tandoh-Larsen", "husband", "she"),
                                                ("Kojo Amanfo-Reyes", "wife", "he"),
                                                ("Ingrid Solvay-Mbeki", "son", "she")])
def test_the_owner_of_a_relative_of_the_other_gender_is_the_pronoun(owner: str, noun: str, pronoun: str) -> None:
    text = (f"Mine flood at Oduro Ridge\n\n{owner}'s {noun}, a pump operator, was among those brought up alive "
            f"on Wednesday. \"They were under water to the chest,\" {pronoun} said.\n")
    assert _speakers(text) == [owner]


@pytest.mark.parametrize("noun,pronoun", [("daughter", "she"), ("neighbour", "she"), ("husband", "he")])
def test_the_owner_of_a_relative_of_the_same_or_no_gender_is_not_guessed(noun: str, pronoun: str) -> None:
    text = (f"Mine flood at Oduro Ridge\n\nEfua Tandoh-Larsen's {noun}, a pump operator, was among those brought up "
            f"alive on Wednesday. \"They were under water to the chest,\" {pronoun} said.\n")
    assert _speakers(text) == [None]


# --- a group opening a sentence is no "he" / "she" -------------------------------------------

@pytest.mark.parametrize("group", ["Residents of Tarnby", "Workers of Upper Mossgill", "Passengers of Line Four"])
def test_a_group_opening_a_sentence_is_no_ones_name(group: str) -> None:
    text = f"Flood at Tarnby\n\n{group} said the water rose fast. \"It came in minutes,\" he added.\n"
    assert _speakers(text) == [None]


@pytest.mark.parametrize("name", ["Mr. Pellings of Harrow Mills", "Pellings of Harrow Mills"])
def test_a_surname_ending_in_s_before_of_is_still_a_name(name: str) -> None:
    text = f"Flood at Tarnby\n\n{name} said the water rose fast. \"It came in minutes,\" he added.\n"
    assert _speakers(text)[0] is not None


def test_a_group_named_as_an_organisation_keeps_its_name() -> None:
    text = "Friends of the Harwick Library said the roof leaked. \"We need a new one,\" it said.\n"
    assert _speakers(text) != ["Friends"]


# --- a headline copying the opening of a body quote ------------------------------------------

@pytest.mark.parametrize("headline", ["'It roared like a jet engine': storm hits Pellow Bay",
                                      "\"It roared like a jet engine\"",
                                      "'It roared like a jet engine, then silence'"])
def test_a_headline_copy_of_a_quotes_opening_takes_its_speaker(headline: str) -> None:
    text = (f"{headline}\n\nThe storm tore roofs off a dozen homes on Friday.\n\n"
            "\"It roared like a jet engine, then silence,\" said Morwenna Tallis-Oke, who lives by the harbour.\n")
    quotes = extract_quotes(text)
    assert quotes[0].speaker == "Morwenna Tallis-Oke" and quotes[0].how == "repeated"


def test_a_headline_copy_of_words_inside_a_quote_is_not_credited() -> None:
    text = ("'Where is the money?': council rows over budget\n\nThe council met on Tuesday.\n\n"
            "\"They keep asking me where is the money? and I tell them,\" said Bertil Ekwueme.\n")
    assert _speakers(text)[0] is None


def test_a_short_headline_phrase_is_not_credited() -> None:
    text = ("'Jet engine' storm hits Pellow Bay\n\nRoofs came off.\n\n"
            "\"Jet engine, that was the sound,\" said Morwenna Tallis-Oke.\n")
    assert _speakers(text)[0] is None


def test_a_quote_in_the_body_copying_another_is_not_credited() -> None:
    text = ("Storm hits Pellow Bay\n\nRoofs came off. Some called it \"the end of the world as we know it\" "
            "on Friday.\n\n\"The end of the world as we know it, that is what it felt like,\" "
            "said Morwenna Tallis-Oke.\n")
    assert _speakers(text)[0] is None


@pytest.mark.parametrize("label", ["Harbour chief: ", "Fishermen's verdict: "])
def test_a_headline_with_its_own_label_before_the_quote_is_not_credited(label: str) -> None:
    text = (f"{label}'It roared like a jet engine'\n\nThe storm tore roofs off a dozen homes on Friday.\n\n"
            "\"It roared like a jet engine, then silence,\" said Morwenna Tallis-Oke, who lives by the harbour.\n")
    assert _speakers(text)[0] is None
