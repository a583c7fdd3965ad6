"""Round thirty-six: keys read anew. A limit told with what it bounds between ("The speed limit for trams
through the junction is 15 km/h") or as a railway's "track speed", the sick of an outbreak, people who
"needed treatment", an area or a volume in two units, coaches as buses, and a count a person is "one of".
Every text here is made up for the tests."""

from __future__ import annotations

import pytest

from reader.analysis.conflicts import find_conflicts
from reader.analysis.story import analyse_story
from reader.library.model import Article
from reader.text.tokens import word_count
from tests.test_conflicts_support import art, conflicts_of, keys_of


@pytest.mark.parametrize(("body", "text"), [
    ("The speed limit for trams through the junction is 15 km/h, reflecting the tight curve.", "15 km/h"),
    ("The posted limit there is 55 mph.", "55 mph"),
    ("The train was moving at 56 mph, below the 60 mph track speed for that subdivision.", "60 mph"),
])
def test_a_limit_told_with_words_between_is_a_limit(body: str, text: str) -> None:
    assert keys_of(body)[text][1] == "limit"


def test_a_speed_beside_its_track_speed_meets_another_report_s_speed() -> None:
    assert conflicts_of("Data show the train was moving at 56 mph, below the 60 mph track speed for that subdivision.",
                        "The eastbound train was travelling at about 70 km/h when it hit the truck.") == [[56, 70]]


def test_the_sick_of_an_outbreak_are_counted_apart_from_those_isolated() -> None:
    assert keys_of("A norovirus outbreak has sickened 241 passengers aboard the ship.")["241 passengers"] == (
        "passenger", "ill")
    assert conflicts_of("A norovirus outbreak has sickened 241 passengers aboard the Coral Meridian.",
                        "As of Thursday, 130 passengers aboard the Coral Meridian were still isolated in cabins.") == []


def test_people_who_needed_treatment_are_hurt() -> None:
    assert keys_of("Three firefighters needed treatment at the scene.")["Three firefighters"] == ("firefighter", "hurt")
    assert keys_of("The water treatment plant employs 40 workers.")["40 workers"] == ("employee", None)


@pytest.mark.parametrize(("a", "b", "values"), [
    ("In all, about 400 square metres of storage space flooded in the museum basement.",
     "The water spread across nearly 2,500 square feet of storage space in the museum basement.", [400, 2500]),
    ("The failure released around 800 cubic metres of raw sewage into the Carrow estuary, the agency said.",
     "The failure released an estimated 1.2 million litres of untreated sewage into the Carrow estuary.",
     [800, 1200000]),
])
def test_an_area_or_a_volume_in_two_units_is_compared_in_one(a: str, b: str, values: list[int]) -> None:
    assert conflicts_of(a, b) == [values]


def test_an_area_restated_in_another_unit_agrees() -> None:
    assert conflicts_of("About 400 square metres of storage space flooded in the museum basement.",
                        "Some 4,300 square feet of storage space flooded in the museum basement.") == []


def test_coaches_are_buses() -> None:
    assert conflicts_of("Deutsche Fernbahn has chartered 3,200 replacement coaches to carry passengers.",
                        "The company says about 4,000 buses have been brought in to carry passengers.") == [
        [3200, 4000]]


def test_a_count_someone_is_one_of_is_no_one_s_own() -> None:
    assert conflicts_of("The club has 11,212 season ticket holders, and the waiting list has grown.",
                        "She is one of about 9,500 season ticket holders the club will need to juggle.") == [
        [9500, 11212]]


@pytest.mark.parametrize(("a", "b", "kind"), [
    ("The company has set aside $18 million to cover the cost of the breach.",
     "FreshWay has reserved $25 million for breach-related costs.", "money:provision"),
    ("Hartwell will book a restructuring charge of about $340 million.",
     "Hartwell expects to take a charge of roughly $275 million.", "money:charge"),
    ("The trust paid $214 million in fees to external managers during the year.",
     "The fund paid $187 million in fees to outside investment managers.", "money:fees"),
    ("The tournament had been set for Saturday with $75,000 in prize money.",
     "The $50,000 purse is safe, organizers tell me.", "money:prize"),
])
def test_a_sum_put_by_booked_as_a_charge_paid_in_fees_or_offered_as_a_prize_is_keyed_so(a: str, b: str,
                                                                                         kind: str) -> None:
    assert {k for k in [*keys_of(a).values(), *keys_of(b).values()] if k} == {(kind, None)}
    assert len(conflicts_of(a, b)) == 1


@pytest.mark.parametrize(("a", "b", "agree"), [
    ("Organisers put the prize fund at roughly $8 million.", "The prize fund this year is $8.4 million.", True),
    ("About 2 million hens were culled at the farm.", "The farm culled 2.1 million hens.", True),
    ("Organisers put the prize fund at roughly $8 million.", "The prize fund this year is $8.6 million.", False),
])
def test_a_sum_rounded_to_the_million_agrees_within_a_twentieth(a: str, b: str, agree: bool) -> None:
    assert (conflicts_of(a, b) == []) is agree


def test_sizes_of_things_named_by_two_ordinals_are_two_things() -> None:
    assert conflicts_of("Results after the 122 kilometre third stage of the Tour of the Netherlands on Thursday.",
                        "Results after the 161 kilometre first stage of the Tour of the Netherlands on Tuesday.") == []
    assert conflicts_of("A 160-metre freighter struck the pier at Vlissingen.",
                        "The 190-metre freighter struck the pier at Vlissingen.") == [[160, 190]]


def _digest(stage: str, length: int, day: str) -> Article:
    body = (f"Leading results and overall standings after the {length} kilometre {stage} stage of the Tour of the "
            f"Netherlands on {day}, won in a sprint finish by the Rabobank rider after a long breakaway by four "
            "riders was caught in the final ten kilometres.")
    return Article(id=stage, body=body, title=stage, words=word_count(body), published="1996-08-22")


def test_a_digest_s_template_told_of_two_ranked_things_is_no_changed_figure() -> None:
    found = analyse_story([_digest("third", 122, "Thursday"), _digest("first", 161, "Thursday")]).conflicts
    assert [sorted(v.value for v in c.values) for c in found] == []


def test_a_series_told_in_one_template_is_no_conflict_by_any_path() -> None:
    bodies = [f"Leading results and overall standings after the {n} kilometre {stage} stage of the Tour of the "
              f"Netherlands{tail}." for n, stage, tail in ((161, "first", " between Assen and Emmen"),
                                                           (195, "second", " between Emmen and Zwolle"),
                                                           (122, "third", " on Thursday"))]
    bodies[1] += " The 195-km second stage of the Tour of the Netherlands ran between Emmen and Zwolle."
    assert find_conflicts([art(f"a{n}", body) for n, body in enumerate(bodies)]) == []
