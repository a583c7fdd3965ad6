"""Round thirty-six: what a figure is told of. A forecast is compared only with forecasts, a condition's
figure with nothing, a past fault's length is that fault's, a price a fare "started at" is a floor, a
part told "of them" is that part, and a thing's size told as a modifier is no count of people however
alike the sentences. Every text here is made up for the tests."""

from __future__ import annotations

import pytest

from reader.analysis.figures import extract_figures
from reader.analysis.other_events import FORECAST, OTHER, told_when
from tests.test_conflicts_support import conflicts_of, keys_of


def _when(body: str) -> list[tuple[str, str | None]]:
    return [(f.text, told_when(body, f, 2026)) for f in extract_figures(body)]


@pytest.mark.parametrize("body", [
    "Forecasters had predicted 2 to 3 inches of snow overnight, but the drizzle did the damage.",
    "Seasonal models had forecast bleaching on about 45 per cent of reefs.",
    "The weather agency had predicted on Monday that up to 60 centimeters of snow could fall.",
    "The cut came when the distributor's forecast demand for the city was 520 megawatts.",
])
def test_a_forecast_is_told_of_the_forecast(body: str) -> None:
    assert _when(body)[-1][1] == FORECAST


@pytest.mark.parametrize("body", [
    "More than 120 millimetres of rain fell on the town, far more than forecasters predicted.",
    "The storm dropped 12 inches of snow on Port Ashby, the weather service said.",
])
def test_what_happened_is_no_forecast(body: str) -> None:
    assert _when(body)[0][1] is None


def test_a_forecast_and_what_fell_are_two_quantities() -> None:
    assert conflicts_of("More than 120 millimetres of rain fell on Castelmora in 24 hours.",
                        "Forecasters had predicted up to 70 millimetres of rain for Castelmora.") == []
    assert conflicts_of("Forecasters had predicted up to 70 millimetres of rain for Castelmora.",
                        "Forecasters had predicted 110 millimetres of rain for Castelmora.") == [[70, 110]]


def test_a_condition_s_figure_is_told_of_no_event() -> None:
    assert _when("If you lost power for more than six hours, you may be entitled to a discount.")[0][1] == OTHER


def test_a_past_fault_s_figures_are_that_fault_s() -> None:
    body = ("The incident is the largest since a 2019 fault at the same site left 40,000 customers without "
            "power for around two hours.")
    assert [w for _, w in _when(body)] == ["2019", "2019"]


def test_a_fare_that_started_at_a_price_is_a_floor() -> None:
    assert conflicts_of("Fares for the cruise started at $1,189 per person, the line said.",
                        "The Ashby group paid about $2,100 per person for the cruise.") == []


def test_a_part_told_of_them_is_that_part() -> None:
    keys = keys_of("The bus left at 7:55 a.m. carrying 23 riders, 11 of them elementary pupils, the district said.")
    assert keys["11 of them elementary pupils"] == ("part:pupil", None)
    assert conflicts_of("A school bus carrying 23 students slid off the road near Cedar Bluff on Tuesday.",
                        "The bus carried 23 riders, 11 of them elementary pupils, when it slid near Cedar Bluff.") == []


def test_a_size_told_as_a_modifier_is_no_count_of_people() -> None:
    a = ("An ironworker was killed and four other people were hurt when the crane fell across a parking lot "
         "near the Larkspur Commons tower.")
    b = "The crane's arm fell across a parking lot near the Larkspur Commons tower and hit a two-story office building."
    assert conflicts_of(a, b) == []


def test_a_count_of_the_following_day_is_another_time_s() -> None:
    assert _when("The following day, 198 passengers boarded a replacement aircraft.")[0][1] == OTHER


def test_a_bound_a_negated_verb_turns_around_is_a_floor() -> None:
    f = extract_figures("The temperature did not fall below 25C overnight in Hurstmere.")[0]
    assert f.qualifier == "no lower than"
    assert conflicts_of("The temperature did not fall below 25C overnight in Hurstmere.",
                        "The temperature in Hurstmere peaked at 36.4C on Wednesday afternoon.") == []


@pytest.mark.parametrize(("a", "b", "values"), [
    ("The trust, founded in 1949 and based in Saguaro Springs, lost money.",
     "The loss was the worst for the 70-year-old fund since 2009.", [70, 76]),
    ("The two-story brick row, built in 1924, held the bakery.",
     "The 70-year-old strip of buildings was reduced to rubble.", [70, 101]),
])
def test_a_firm_or_a_row_is_aged_by_its_founding_or_building(a: str, b: str, values: list[int]) -> None:
    assert conflicts_of(a, b) == [values]


def test_a_surname_s_age_told_in_a_relative_clause_is_that_person_s() -> None:
    assert keys_of("Zeiss, who was 84, died May 9 at Marlow County General Hospital.")["84"] == ("age", "zeiss")
    assert conflicts_of("Among those who died was Edna Zeiss, 81, a retired school librarian.",
                        "Zeiss, who was 84, died May 9 at Marlow County General Hospital.") == [[81, 84]]


def test_a_threshold_told_or_greater_is_a_floor() -> None:
    assert conflicts_of("Regional stations recorded 48 aftershocks of magnitude 3.0 or greater in 12 hours.",
                        "A magnitude 5.1 aftershock on Monday morning brought down several walls.") == []
