"""A length keyed by the event its clause tells (reader.analysis.clause_durations): a
strike's or an outage's length told by other verbs and nouns is compared; an earlier
event's length, a time to do a thing and other lengths stay unkeyed."""

from __future__ import annotations

import pytest

from tests.test_conflicts_support import conflicts_of, keys_of


@pytest.mark.parametrize(("text", "figure", "key"), [
    ("Nurses at Ferrow General will strike for three days from Tuesday, their union said.", "three days",
     "duration:strike"),
    ("The 900 cleaners of Branch 12 will walk off the job for 24 hours starting at midnight.", "24 hours",
     "duration:strike"),
    ("Dock workers plan to walk out for 36 hours next week.", "36 hours", "duration:strike"),
    ("Pickets went up at dawn at the start of a 96-hour strike at the Varrow plant.", "96-hour strike",
     "duration:strike"),
    ("Unions called what they described as a five-day stoppage.", "five-day stoppage", "duration:strike"),
    ("Engineers said the pumping station would stay off for at least four weeks.", "at least four weeks",
     "duration:outage"),
    ("Quellmark said the closure could last up to two weeks, hitting its results.", "up to two weeks",
     "duration:outage"),
    ("About 3,000 homes around Tibbet lost power, some of them for more than nine hours.", "more than nine hours",
     "duration:outage"),
    ("The bridge will be shut for about 10 days while inspectors work.", "about 10 days", "duration:outage"),
])
def test_a_length_is_keyed_by_its_clause_event(text: str, figure: str, key: str) -> None:
    assert keys_of(text)[figure] == (key, None)


@pytest.mark.parametrize("text", [
    "The porters last struck in 2011, for nine days.",                       # an earlier strike
    "The previous walkout went on for 12 days.",
    "Talks ran for six hours on Friday.",                                    # no strike, no outage
    "Two days into the strike, neither side has moved.",                     # a point within it
    "It took the crew six hours to reopen the road.",                        # a time to do a thing
    "The three-day festival drew 40,000 people.",
])
def test_other_lengths_are_not_keyed_by_a_clause_event(text: str) -> None:
    keys = keys_of(text)
    assert all(k is None or k[0] not in ("duration:strike", "duration:outage") for k in keys.values()), keys


def test_a_strike_length_told_by_other_verbs_disagrees() -> None:
    a = "The 600 porters of Branch 9 will walk off the job for 48 hours beginning Monday, the union said."
    b = "About 600 porters at Delling port will strike for two days from Monday over pay."
    c = "Porters at Delling port will begin a 72-hour strike on Monday, the port authority said."
    assert conflicts_of(a, b) == []                 # (48 hours are two days)
    assert conflicts_of(b, c) == [[2, 3]]
    assert conflicts_of(a, c) == [[48, 72]]


def test_an_outage_length_told_by_other_words_disagrees_and_overlapping_bounds_do_not() -> None:
    a = "Harl Chemicals halted its Sorby plant on Monday and said the shutdown could last up to two weeks."
    b = "Harl engineers told the Post the Sorby plant would stay off for at least five weeks."
    assert conflicts_of(a, b) == [[14, 35]]
    assert conflicts_of(a, b.replace("at least five weeks", "at least 10 days")) == []


def test_an_earlier_strike_is_not_compared_with_this_one() -> None:
    a = ("Bus drivers in Orrin will strike for two days from Monday, the union said. "
         "They last struck in 2015, for a week.")
    b = "Orrin bus drivers begin a 48-hour strike on Monday, the city said."
    assert conflicts_of(a, b) == []


def test_strikes_told_beside_another_event_are_not_compared() -> None:
    lead = ("Ministers of the four coastal states met in Carvel on Monday to discuss new border rules that would "
            "require every lorry crossing into the region to carry a permit, a plan hauliers and farmers have "
            "opposed for months, officials said. ")
    a = lead + "Traders in Olm will strike for three hours on Tuesday against the rules, their council said."
    b = ("Talks in Carvel on Monday between ministers of four coastal states ended without agreement on the "
         "permit plan for lorries, which hauliers, farmers and two port unions have fought since the spring, a "
         "spokeswoman for the ministers said. Market stallholders in Olm plan to strike for five hours.")
    assert keys_of(a)["three hours"] == ("duration:strike", None)
    assert conflicts_of(a, b) == []
    assert conflicts_of("Traders in Olm will strike for three hours.", "Traders in Olm will strike for five hours.")


def test_a_return_some_hours_after_a_loss_is_an_outage_length() -> None:
    text = "Power did not come back until about 5am, some six hours after it went out."
    assert keys_of(text)["some six hours"] == ("duration:outage", None)
    text = "Electricity was restored nine hours after it was cut, the utility said."
    assert keys_of(text)["nine hours"] == ("duration:outage", None)
    assert keys_of("The ferry sailed three hours after it was loaded.")["three hours"] is None
    a = "A storm hit Vell on Monday. Power did not come back until 5am, some six hours after it went out."
    b = "A storm hit Vell on Monday. The outage lasted about three hours, the utility said."
    assert conflicts_of(a, b) == [[3, 6]]
