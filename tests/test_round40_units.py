"""One quantity told in two sizes of one unit (reader.analysis.scaled_units): "a 1.1-gigawatt
station" against "the 1,320-megawatt plant". Every text here is made up for the tests."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from reader.analysis.figure_uses import figure_uses
from reader.analysis.scaled_units import scaled_units
from tests.test_conflicts_support import found, keys_in, undated


def _restated(*bodies: str) -> list[tuple[str, float, object]]:
    uses, keys = figure_uses([undated(f"a{n}", b) for n, b in enumerate(bodies)], None)
    uses, keys = scaled_units(uses, keys)
    return [(u.figure.text, round(float(u.figure.value), 6), k) for u, k in zip(uses, keys, strict=True) if k]


def test_a_capacity_in_gigawatts_and_in_megawatts_conflicts() -> None:
    assert found("The 1,320-megawatt Red Hollow plant burns about 3 million tons of coal a year.",
                 "The utility will retire its 1.1-gigawatt Red Hollow coal plant in 2031.") == [
        ("gigawatts", ["1.1", "1.32"])]


def test_data_in_gigabytes_and_in_terabytes_conflicts() -> None:
    assert found("The attackers took nearly 900 gigabytes of data from the Sable clinic network.",
                 "The attackers exfiltrated roughly 1.2 terabytes of data from the Sable clinic network.") == [
        ("terabytes", ["0.9", "1.2"])]


def test_one_capacity_told_in_two_sizes_agrees() -> None:
    assert found("The 1,100-megawatt Red Hollow plant burns coal.",
                 "The utility will retire its 1.1-gigawatt Red Hollow coal plant in 2031.") == []


def test_restated_in_the_largest_size_told() -> None:
    assert _restated("The 1,320-megawatt plant burns coal.", "It will retire its 1.1-gigawatt station.") == [
        ("1,320-megawatt plant burns", 1.32, ("gigawatt", None)), ("1.1-gigawatt station", 1.1, ("gigawatt", None))]


@pytest.mark.parametrize("bodies", [
    # one size only: as told
    ("The 1,320-megawatt plant burns coal.", "The 1,100-megawatt plant burns coal."),
    # power and energy are two families
    ("The 1,320-megawatt plant burns coal.", "The plant made 4.1 gigawatt-hours on Monday."),
])
def test_left_as_told(bodies: tuple[str, str]) -> None:
    uses, keys = figure_uses([undated(f"a{n}", b) for n, b in enumerate(bodies)], None)
    assert scaled_units(uses, keys) == (uses, keys)


@given(st.integers(min_value=1, max_value=9_999), st.sampled_from(["kilowatt", "megawatt", "gigawatt"]))
def test_a_value_restated_keeps_its_size(value: int, unit: str) -> None:
    restated = _restated(f"The plant makes {value:,} {unit}s.", "The station makes 2 terawatts.")
    factor = {"kilowatt": 10 ** -9, "megawatt": 10 ** -6, "gigawatt": 10 ** -3}[unit]
    assert restated[0][1] == pytest.approx(round(value * factor, 6))
    assert {k for _, _, k in restated} == {("terawatt", None)}


@pytest.mark.parametrize(("one", "other", "values"), [
    ("Among the vehicles on board were 22 trucks, several of them loaded with fuel.",
     "Among the vehicles on the car deck were 29 lorries, the coast guard said.", ["22", "29"]),
    ("The fire began in a hold where 140 containers were stowed below deck.",
     "The fire began in a hold containing 95 boxes, the port said.", ["95", "140"]),
    ("Some 225 travellers flew on to Perth on Monday aboard a replacement jet.",
     "The following day, 198 passengers flew on to Perth aboard a replacement jet.", ["198", "225"]),
    ("Health workers gave 1,140 shots at the weekend vaccination sessions.",
     "Health workers gave 860 vaccine doses at the weekend vaccination sessions.", ["860", "1,140"]),
    ("The tournament, which had drawn 140 anglers, will be rescheduled.",
     "The tournament had drawn 180 fishermen, a record, before it was called off.", ["140", "180"]),
    ("The council said 41 homes in the block were damaged by the fire.",
     "The council said 34 flats in the block were damaged by the fire.", ["34", "41"]),
])
def test_two_nouns_for_one_thing(one: str, other: str, values: list[str]) -> None:
    assert [shown for _, shown in found(one, other)] == [values]


@pytest.mark.parametrize(("text", "shown"), [
    ("Firefighters measured carbon monoxide at 400 parts per million in the lobby.", "400 parts per million"),
    ("Levels in the lobby reached about 900 ppm, officials said.", "about 900 ppm"),
    ("The meter read 300ppm near the boiler.", "300ppm"),
])
def test_parts_per_million_is_a_unit(text: str, shown: str) -> None:
    assert dict(keys_in(text))[shown] == ("measure:ppm", None)


def test_a_reading_in_parts_per_million_and_in_ppm_conflicts() -> None:
    assert found("Firefighters measured carbon monoxide at 400 parts per million in the hotel lobby.",
                 "Carbon monoxide in the hotel lobby reached about 900 ppm, fire officials said.") == [
        ("ppm", ["400 ppm", "900 ppm"])]


def test_spare_parts_stay_parts() -> None:
    assert dict(keys_in("The workshop keeps 400 spare parts for the boilers."))["400 spare parts"] == ("part", None)


@pytest.mark.parametrize(("one", "other", "values"), [
    ("Humidity stood at 78 percent at the 7 a.m. start, race officials said.",
     "Humidity was at 62% at the start, which is brutal for runners.", ["62%", "78%"]),
    ("The hotel was about 85% occupied on Saturday night, the manager said.",
     "The hotel was roughly 60 percent full at the time, the manager said.", ["60%", "85%"]),
])
def test_humidity_and_occupancy_are_their_own_percentages(one: str, other: str, values: list[str]) -> None:
    assert [shown for _, shown in found(one, other)] == [values]
