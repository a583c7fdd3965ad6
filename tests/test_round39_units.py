"""Round thirty-nine: one quantity told in two units or by two nouns.

- a length, a volume or an area in two units of one dimension is compared up to ``PLACED_RATIO``
  apart, since a unit mistaken for another ("200 yards" for "200 feet") multiplies a value by about
  three;
- a road's daily traffic told in vehicles and in cars (or motorists) is one quantity, and a rate per day
  that names no time is a habit, as one told with "normally" is;
- a temperature told in Celsius and in Fahrenheit is compared in one scale.

Every text here is made up for the tests."""

from __future__ import annotations

import pytest

from reader.analysis.rates import timeless_rate
from tests.test_conflicts_support import conflict_sets, found


@pytest.mark.parametrize(("a", "b", "values"), [
    ("Evacuated guests were gathered in a parking lot 200 yards away while crews worked.",
     "Guests in bathrobes were led to a parking lot about 200 feet from the hotel.", {200.0}),
    ("The crack, about 8 inches long, runs through the bottom flange of a girder.",
     "The crack that closed the bridge this week was nearly 2 feet long, an inspection found.", {8.0, 2.0}),
    ("Windows were blown out of houses as far as 1,500 feet away, the chief said.",
     "Residents reported broken windows nearly a mile away.", {1500.0, 1.0}),
    ("The wreckage was strung out over about 1.5 miles of the westbound lanes.",
     "The wreck field eventually covered roughly 800 yards of the westbound lanes.", {1.5, 800.0}),
])
def test_a_length_in_two_units_up_to_four_times_apart_is_a_conflict(a: str, b: str, values: set[float]) -> None:
    assert values in conflict_sets(a, b)


def test_a_length_of_no_event_meets_one_of_an_event_in_another_unit() -> None:
    a = "The frost affected vineyards in the valley across 4,300 hectares, nearly the entire appellation."
    b = "Thermometers in the valley dropped sharply, and the cold settled over about 6,000 acres of vineyards."
    assert {4300.0, 6000.0} in conflict_sets(a, b)


@pytest.mark.parametrize(("a", "b", "values"), [
    ("A 600-metre cordon remains in place around the town centre after the blast.",
     "Police closed a cordon stretching about 1.5 km along Queen Street after the blast.", {600.0, 1.5}),
    ("The tanker grounded roughly 4 km off the coast of Hallevik on Sunday.",
     "The tanker grounded on a charted shoal 1.2 nautical miles off Hallevik on Sunday.", {4.0, 1.2}),
])
def test_a_length_of_no_event_meets_its_clauses_length_in_another_unit(a: str, b: str,
                                                                        values: set[float]) -> None:
    assert values in conflict_sets(a, b)


@pytest.mark.parametrize(("a", "b"), [
    # (the article's other length, 4.1 metres, is the one near 13 feet)
    ("The lorry carried a tank that stood 4.9 metres high and hit the bridge, which has a clearance of 4.1 metres.",
     "The signed headroom at the Mill Lane bridge is 13ft 6in, the lorry driver said."),
    # (more than MAX_RATIO apart: a radius and a distance of damage)
    ("Residents within 2 kilometres of the plant were told to stay indoors.",
     "Windows of the plant shattered up to 600 metres from the site, residents said."),
    # (no word of one clause in the other's: a volcano's place and its plume)
    ("The eruption at Hrafnsfell, a volcanic system about 6 kilometres north of the town, began on Sunday.",
     "The Hrafnsfell eruption began on Sunday, with the ash plume reaching around 30,000 feet."),
])
def test_a_length_of_no_event_beside_another_thing_is_no_conflict(a: str, b: str) -> None:
    assert conflict_sets(a, b) == []


def test_lengths_of_two_things_sharing_one_word_are_no_conflict() -> None:
    a = "The ash plume rose 6 kilometres over the valley on Sunday."
    b = "The closure of the valley road adds 9 miles to the trip."
    assert conflict_sets(a, b) == []


@pytest.mark.parametrize(("a", "b"), [
    ("The fire came within 6 miles of the town, officials said.",
     "The fire came within 10 kilometres of the town, officials said."),          # (a conversion, rounded)
    ("The crack, about 8 inches long, runs through the bottom flange of a girder.",
     "The crack that closed the bridge this week was about 20 centimetres long."),
])
def test_a_length_converted_and_rounded_is_no_conflict(a: str, b: str) -> None:
    assert conflict_sets(a, b) == []


@pytest.mark.parametrize(("a", "b"), [
    ("The Harmon Street Bridge carries 11,400 vehicles a day, according to state traffic counts.",
     "The bridge is more than 800 feet long and normally handles roughly 9,800 cars a day."),
    ("The motorway carries about 145,000 vehicles a day.",
     "The Orbital is the busiest road in the state, with around 98,000 cars a day using it."),
    ("The bridge normally handles about 28,000 motorists a day, officials said.",
     "The bridge carries about 35,000 vehicles a day, officials said."),
])
def test_daily_traffic_in_vehicles_and_in_cars_is_one_quantity(a: str, b: str) -> None:
    assert len(conflict_sets(a, b)) == 1


def test_an_article_telling_two_roads_traffic_is_not_read() -> None:
    a = "The bridge carries 35,000 vehicles a day. The detour road carries 12,000 cars a day."
    b = "The bridge normally handles about 30,000 cars a day."
    assert not [c for c in found(a, b) if "car" in c[0] or "vehicle" in c[0]]


def test_trains_a_plan_needs_are_not_the_habit() -> None:
    a = "The tunnel normally handles about 140 trains a day, most of them freight."
    b = "Freight would be diverted where possible, and about 95 freight trains a day would need new paths."
    assert conflict_sets(a, b) == []


@pytest.mark.parametrize(("sentence", "figure", "habit"), [
    ("The bridge carries 11,400 vehicles a day, according to state counts.", "11,400 vehicles", True),
    ("The bridge, built in 1964, carries about 24,000 vehicles a day, ODOT counts show.", "24,000", True),
    ("The bridge carries 11,400 vehicles a day until the repairs start.", "11,400", False),
    ("Traffic is heavy, at an average of 1,650 passengers a day in July and August.", "1,650", True),  # (a season)
    ("Eighteen trains a day ran on the line on Monday.", "Eighteen", False),
    ("On Monday, only four trains a day ran on the line.", "four", False),
    ("About 95 freight trains a day would need new paths.", "95", False),
    ("Since the closure, 40 buses a day have used the route.", "40", False),
    ("The heat has killed an average of nine people per day over the past three days.", "nine", False),
    ("The pumps moved 3,000 gallons a minute.", "3,000", False),         # (a rate per minute is an event's)
])
def test_a_rate_per_day_that_names_no_time_is_a_habit(sentence: str, figure: str, habit: bool) -> None:
    span = "minute" if "minute" in sentence else "day"
    at = sentence.index(figure)
    assert timeless_rate(sentence, (at, at + len(figure)), span) is habit


@pytest.mark.parametrize(("a", "b", "shown"), [
    ("The temperature in the town peaked at 36.4C on Wednesday afternoon.",
     "Thermometers in the town hit a scorching 91F on Wednesday afternoon.", ["36.4 °C", "91 °F"]),
    ("The thermometer at the airport peaked at 46.2C on July 15, a record for the station.",
     "At its worst, the thermometer in Valdemora hit 113F, and even overnight lows hovered around 81F.",
     ["46.2 °C", "113 °F"]),
])
def test_a_temperature_in_celsius_and_in_fahrenheit_disagrees(a: str, b: str, shown: list[str]) -> None:
    assert ("temperature", set(shown)) in [(label, set(values)) for label, values in found(a, b)]


@pytest.mark.parametrize(("a", "b"), [
    ("The temperature in the town peaked at 36.4C on Wednesday afternoon.",
     "Thermometers in the town hit a scorching 97.5F on Wednesday afternoon."),     # (36.4C, converted)
    ("The temperature in the town peaked at 36.4C on Wednesday afternoon.",
     "Overnight, temperatures in the town dropped to 75F."),                         # (a low, not the high)
    ("Temperatures in the town hit 36.4C on Tuesday and 33.1C on Wednesday.",
     "Thermometers in the town hit a scorching 91F on Wednesday afternoon."),        # (which high is unknown)
])
def test_a_converted_temperature_or_another_extreme_is_no_conflict(a: str, b: str) -> None:
    assert not [c for c in found(a, b) if c[0] == "temperature"]
