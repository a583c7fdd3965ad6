"""Conflict classes of the twelfth round: people taken to hospital are a count of their own
(a part of the hurt), a plain whole-number measure against "more than N" is a rounding, one
unit spelled two ways is one unit, the lengths a sentence names (a crest, a depth, a distance
from a place, a thing's size) and the cars that left the rails are keyed by it, and an
approximation against a count told short of ("about 58,000" / "nearly 70,000"). Every text
here is made up for these tests."""

from __future__ import annotations

import pytest
from test_conflicts_support import conflicts_of, keys_of

from reader.analysis.figures import extract_figures
from reader.analysis.quantities import compatible

_conflicts, _keys = conflicts_of, keys_of


def _key(text: str, figure: str) -> tuple | None:
    """The key of the figure whose text starts with ``figure`` ("174-foot span" of "174-foot span collapsed")."""
    (key,) = [k for t, k in _keys(text).items() if t.startswith(figure)]
    return key


@pytest.mark.parametrize(("text", "figure"), [
    ("Forty-one people were hospitalized after the blast, officials said.", "Forty-one people"),
    ("Nine people were taken to hospitals with injuries.", "Nine people"),
    ("About 30 people were hospitalised overnight.", "About 30 people"),
    ("The crash sent 12 people to the hospital.", "12 people"),
])
def test_people_taken_to_hospital_are_keyed_apart_from_the_hurt(text, figure):
    assert _keys(text)[figure] == ("person", "hospital")


@pytest.mark.parametrize(("text", "figure", "event"), [
    ("At least 90 people were injured in the collapse.", "At least 90 people", "hurt"),
    ("The blast injured 40 people, 12 of whom were taken to hospital.", "40 people", "hurt"),
    ("Eleven people were hospitalized in critical condition.", "Eleven people", "hurt-serious"),
])
def test_the_hurt_and_the_seriously_hurt_keep_their_keys(text, figure, event):
    assert _keys(text)[figure] == ("person", event)


@pytest.mark.parametrize(("hospital", "hurt"), [
    ("Sixty-one people were hospitalized, four of them in critical condition, officials said.",
     "More than 180 people were injured in the quake, the ministry said."),
    ("Officials said 23 people were taken to hospitals after the explosion.",
     "The explosion injured at least 70 people, police said."),
    ("Some 40 people remained hospitalised on Monday after the storm.",
     "About 150 people were hurt in the storm, the mayor said."),
])
def test_people_in_hospital_and_the_hurt_are_no_conflict(hospital, hurt):
    assert _conflicts(hospital, hurt) == []


def test_two_counts_of_people_in_hospital_still_conflict():
    assert _conflicts("Forty-one people were hospitalized after the collapse, officials said.",
                      "Twenty-two people were hospitalized after the collapse, the mayor said.") == [[22, 41]]
    assert _conflicts("At least 90 people were injured in the collapse, officials said.",
                      "At least 130 people were injured in the collapse, the mayor said.") == [[90, 130]]


def _figure(text: str) -> object:
    return extract_figures(text)[0]


@pytest.mark.parametrize(("bound", "plain"), [
    ("more than 5 inches of rain", "Six inches of rain"),
    ("at least 12 feet of water", "13 feet of water"),
    ("more than 3 metres of snow", "4 metres of snow"),
    ("over 7 miles of road", "eight miles of road"),
])
def test_a_plain_whole_measure_agrees_with_the_bound_below_it(bound, plain):
    assert compatible(_figure(bound), _figure(plain))


@pytest.mark.parametrize(("one", "other"), [
    ("more than 5 inches of rain", "Eight inches of rain"),      # two units above the bound
    ("6 feet of water", "6.5 feet of water"),                    # two plain numbers, as written
    ("more than 5 people", "6 people"),                          # a count is no measurement
    ("at least four vehicles", "six vehicles"),
])
def test_a_measure_rounding_stays_narrow(one, other):
    assert not compatible(_figure(one), _figure(other))


def test_a_bound_and_a_plain_measure_are_quiet_and_far_ones_conflict():
    assert _conflicts("The storm dropped more than 5 inches of rain on Dorrow, forecasters said.",
                      "Six inches of rain fell on Dorrow overnight, forecasters said.") == []
    assert _conflicts("The storm dropped more than 5 inches of rain on Dorrow, forecasters said.",
                      "Eight inches of rain fell on Dorrow overnight, forecasters said.") == [[5, 8]]


@pytest.mark.parametrize(("text", "figure", "unit"), [
    ("The trail runs 45 km along the coast.", "45 km", "measure:kilometer"),
    ("The trail runs 60 kilometres along the coast.", "60 kilometres", "measure:kilometer"),
    ("The tower stands 120 metres tall.", "120 metres", "measure:meter"),
    ("The tower stands 118 meters tall.", "118 meters", "measure:meter"),
    ("The tank holds 900 litres of fuel.", "900 litres", "measure:liter"),
    ("The tank holds 950 liters of fuel.", "950 liters", "measure:liter"),
])
def test_one_unit_spelled_two_ways_is_one_key(text, figure, unit):
    assert _keys(text)[figure][0] == unit


def test_a_tonne_is_no_ton():
    assert _keys("The barge carried 400 tonnes of grain.")["400 tonnes"][0] == "measure:tonne"
    assert _keys("The barge carried 400 tons of grain.")["400 tons"][0] == "measure:ton"


@pytest.mark.parametrize(("text", "figure", "event"), [
    ("Twenty-two cars of the 140-car Ostrava freight train left the tracks late Tuesday.", "Twenty-two cars",
     "derailed"),
    ("Nineteen rail cars jumped the tracks near Delling.", "Nineteen rail cars", "derailed"),
    ("Eleven tank cars derailed near the river.", "Eleven tank cars", "derailed"),
    ("The crash derailed 9 cars of the 80-car train.", "9 cars", "derailed"),
    ("Six wagons came off the rails outside Brell.", "Six wagons", "derailed"),
    ("The river crested at 29 feet on Sunday, well above flood stage.", "29 feet", "crest"),
    ("The Lesk peaked Sunday at 8.4 metres.", "8.4 metres", "crest"),
    ("The quake struck at a depth of 10 km.", "10 km", "depth"),
    ("The quake was 12 kilometres deep.", "12 kilometres", "depth"),
    ("The quake struck 45 km (28 miles) southwest of the city of Varnes.", "45 km", "from varnes"),
    ("The epicentre was some 60 kilometres from Varnes.", "some 60 kilometres", "from varnes"),
    ("The town is 12 miles north of Dellwood.", "12 miles", "from dellwood"),
    ("The 174-foot span collapsed onto the road.", "174-foot span", "size"),
])
def test_a_length_or_cars_keyed_by_what_the_sentence_says(text, figure, event):
    assert _key(text, figure)[1] == event


@pytest.mark.parametrize(("text", "figure"), [
    ("The 140-car train was carrying grain.", "140-car"),              # a train's length
    ("The previous record crest was 29.6 feet in 1993.", "29.6 feet"),  # an old record
    ("The river is expected to crest at 33 feet on Friday.", "33 feet"),  # a forecast
    ("Flood stage at Marlow is 18 feet.", "18 feet"),
    ("The storm left 30 cars stranded on the highway.", "30 cars"),
])
def test_other_lengths_and_cars_have_no_such_event(text, figure):
    key = _key(text, figure)
    assert key is None or key[1] not in ("derailed", "crest")


def test_the_crest_is_compared_beside_the_flood_stage_and_the_record():
    a = ("The Lesk crested at 31.4 feet early Sunday at Marlow. Flood stage at Marlow is 18 feet. "
         "The previous record crest was 29.6 feet, set in 1993.")
    b = "The river crested at 29 feet at Marlow, the county said. Flood stage is 18 feet at Marlow."
    assert [29, 31.4] in _conflicts(a, b)


def test_derailed_cars_are_compared_beside_the_train_length():
    a = "Twenty-two cars of the 140-car freight train left the tracks late Tuesday, the railroad said."
    b = "Two dozen rail cars jumped the tracks late Tuesday near Olm. The train had 140 cars."
    assert _conflicts(a, b) == [[22, 24]]
    assert _conflicts(a, "Twenty-two cars derailed late Tuesday. The train had 140 cars.") == []


def test_a_distance_is_compared_beside_the_depth():
    a = "The quake struck about 45 km (28 miles) southwest of the city of Varnes at a depth of 10 km."
    b = "The quake struck some 70 kilometres from Varnes, at a depth of 10 kilometres."
    assert _conflicts(a, b) == [[45, 70]]
    # distances from two towns are two quantities
    c = "The quake struck some 70 kilometres from Dolsk, at a depth of 10 kilometres."
    assert _conflicts(a, c) == []


def test_a_size_is_no_distance():
    assert _conflicts("The two-kilometre first stage was held in the hills near Orla on Friday.",
                      "He rolled his car 6.5 kilometres into the hills near Orla on Friday.") == []


@pytest.mark.parametrize(("about", "nearly"), [
    ("about 38,000 passengers", "nearly 50,000 passengers"),
    ("around 58,000 passengers", "almost 70,000 passengers"),
    ("roughly 84 people", "nearly 100 people"),
])
def test_an_approximation_below_a_count_told_short_of_conflicts(about, nearly):
    assert not compatible(_figure(about), _figure(nearly))


@pytest.mark.parametrize(("about", "nearly"), [
    ("about 1,900 passengers", "nearly 2,000 passengers"),
    ("around 95 people", "nearly 100 people"),
    ("about 160 homes", "almost 170 homes"),
])
def test_an_approximation_within_a_count_told_short_of_agrees(about, nearly):
    assert compatible(_figure(about), _figure(nearly))


def test_hedged_passenger_counts_conflict_in_a_story():
    assert _conflicts("The walkout disrupted travel for about 38,000 passengers, the airline said.",
                      "Nearly 50,000 passengers had their travel disrupted by the walkout.") == [[38000, 50000]]
    assert _conflicts("The walkout disrupted travel for about 1,900 passengers, the airline said.",
                      "Nearly 2,000 passengers had their travel disrupted by the walkout.") == []


@pytest.mark.parametrize(("text", "figure"), [
    ("All 47 schools remain closed.", "47 schools"),
    ("Classes at all 47 district schools are canceled through Friday.", "47 district schools"),
    ("The strike has shut 41 schools and left 31,000 students at home.", "41 schools"),
    ("The storm closed 12 schools across the county.", "12 schools"),
    ("Thirty schools stayed shut on Monday.", "Thirty schools"),
])
def test_schools_closed_shut_or_canceled_are_one_sense(text, figure):
    assert _key(text, figure) == ("school", "closed")


@pytest.mark.parametrize(("text", "figure"), [
    ("The district has 47 schools.", "47 schools"),
    ("The strike has left 41 schools without teachers.", "41 schools"),
    ("The storm closed 12 roads across the county.", "12 roads"),
])
def test_other_school_counts_are_not_closures(text, figure):
    key = _key(text, figure)
    assert key is None or key[1] != "closed"


def test_schools_closed_told_two_ways_conflict():
    assert _conflicts("All 47 schools remain closed, the district said.",
                      "The strike has shut 41 schools and left 31,000 students at home.") == [[41, 47]]
    assert _conflicts("All 47 schools remain closed, the district said.",
                      "Classes at all 47 district schools are canceled through Friday.") == []


def test_an_article_closing_schools_in_two_places_keeps_the_count_apart():
    a = "The storm closed 12 schools in Marlow on Monday. By Tuesday, 30 schools were closed in Dent."
    assert _conflicts(a, "The storm closed 30 schools, officials said.") == []


def _clocks(text: str) -> list[tuple[str, tuple]]:
    from reader.analysis.clock_times import clock_times
    from reader.analysis.sentences import sentence_spans
    return [(f.text, k) for f, k in clock_times(text, sentence_spans(text))]


@pytest.mark.parametrize(("text", "event"), [
    ("Twenty cars of the freight train left the tracks shortly after 11 p.m. near the silos.", "crash"),
    ("Nineteen cars jumped the tracks shortly before 10:30 p.m. Tuesday, the railroad said.", "crash"),
    ("Six cars came off the rails at about 9:15 p.m.", "crash"),
    ("The blaze, which began on the fourth floor shortly after 3 a.m., killed a woman.", "fire"),
    ("The crash, which happened at about 7:40 a.m., closed the road.", "crash"),
    ("The quake, which struck at 2:14 a.m., toppled a church tower.", "quake"),
])
def test_a_time_governed_by_a_verb_of_the_event_is_read(text, event):
    (found,) = _clocks(text)
    assert found[1] == ("clock", event)


@pytest.mark.parametrize("text", [
    "The crash, which closed the road at 9 a.m., killed two.",              # the road's closing
    "An inquiry into the fire, which began at 9 a.m., heard from Ross.",     # the inquiry's, perhaps
    "The hearing, which began at 9 a.m., lasted four hours.",                # no event of the story
    "The train left the station at 9 a.m.",                                  # a departure
])
def test_other_relative_clauses_are_no_event_time(text):
    assert all(k[1] in (None, "departure") for _, k in _clocks(text))


def test_derailment_times_told_by_verbs_conflict():
    a = "Twenty-two cars left the tracks shortly after 11 p.m. near Olm, the railroad said."
    b = "Two dozen cars jumped the tracks shortly before 10:30 p.m. near Olm, police said."
    assert [1350, 1380] in _conflicts(a, b)


def test_one_source_sharing_no_name_does_not_keep_the_others_out():
    """Two sources give one time, a third another; the first of the two is a stranger to the
    third (they share no name: name_clash), the second is not: the conflict is still found."""
    from test_conflicts_support import art

    from reader.analysis.conflicts import find_conflicts

    class Names:
        def strangers(self, x: str, y: str) -> bool:
            return {x, y} == {"a", "c"}

        def either(self, x: str, y: str) -> set[str]:
            return set()

    story = [art("a", "The fire broke out shortly after 3 a.m., officials said."),
             art("b", "The fire broke out shortly after 3 a.m., the chief said."),
             art("c", "The fire broke out around 5 a.m., the chief said.")]
    found = find_conflicts(story, names=Names())  # type: ignore[arg-type]
    assert [sorted(v.value for v in c.values) for c in found] == [[180, 300]]
    assert set(found[0].articles) == {"a", "b", "c"}     # the stranger's statement is listed with its value


@pytest.mark.parametrize(("text", "figure"), [
    ("Officials widened the evacuation zone around the leaking plant in Orla to 3 miles on Thursday.", "3 miles"),
    ("The evacuation area was set at 5 kilometres around the crater.", "5 kilometres"),
    ("Officials ordered about 500 residents within a 1-mile radius to leave their homes.", "1-mile radius"),
])
def test_the_size_of_an_evacuation_zone_is_keyed_by_the_evacuation(text, figure):
    assert _key(text, figure)[1] == "evacuated"


def test_a_distance_after_the_zone_is_the_distance():
    text = "The evacuation zone extends 2 miles from the plant, which is 30 miles from Tolland."
    assert _key(text, "30 miles") == ("measure:mile", "from tolland")


def test_an_evacuation_zone_widened_is_a_conflict_of_sizes():
    a = "Officials ordered about 500 residents within a 1-mile radius to leave their homes near Orla."
    b = "Officials doubled the evacuation zone around the derailed train near Orla to 2 miles on Wednesday."
    assert [1, 2] in _conflicts(a, b)


@pytest.mark.parametrize(("text", "figure"), [
    ("About 60 searchers from five agencies took part.", "About 60 searchers"),
    ("More than 100 searchers, many of them volunteers, combed the ridge.", "More than 100 searchers"),
])
def test_searchers_are_counted_by_their_search(text, figure):
    assert _key(text, figure) == ("searcher", "responded")


def test_searchers_told_two_ways_conflict():
    assert _conflicts("About 60 searchers from five agencies took part in the search, the sheriff said.",
                      "More than 100 searchers, many of them volunteers, spent three days on the ridge.") == [[60, 100]]
    assert _conflicts("About 60 searchers took part in the search, the sheriff said.",
                      "Some 60 searchers spent three days on the ridge.") == []


@pytest.mark.parametrize(("text", "event"), [
    ("The Lesk crested at 31.4 feet at Marlow on Sunday.", "crest at marlow"),
    ("The river crested at 29 feet on Sunday in Dent.", "crest at dent"),
    ("The river crested at 29 feet in April.", "crest"),                # a month is no gauge
    ("The river crested at 29 feet, the county said.", "crest"),
])
def test_a_crest_is_the_gauge_s_when_the_gauge_is_named(text, event):
    assert _key(text, "2" if "29" in text else "31.4")[1] == event


def test_crests_at_two_gauges_are_two_quantities():
    a = "The Lesk crested at 31.4 feet at Marlow on Sunday, the weather service said."
    assert _conflicts(a, "Downstream, the Lesk crested at 24 feet at Dent on Monday, the weather service said.") == []
    assert _conflicts(a, "The Lesk crested at 29 feet at Marlow on Sunday, the county said.") == [[29, 31.4]]
    both = "The Lesk crested at 31.4 feet at Marlow on Sunday. Downstream, it crested at 24 feet in Dent on Monday."
    assert _conflicts(both, "The Lesk crested at 24 feet, the weather service said.") == []


def test_someone_s_reckoning_of_the_crest_is_no_reading():
    key = _key("The TV stations had the crest at 29 feet all morning.", "29 feet")
    assert key is None or key[1] is None or not key[1].startswith("crest")


def test_a_crest_with_no_gauge_is_the_story_s_one_named_gauge():
    a = "The Lesk crested at 31.4 feet at Marlow on Sunday, the weather service said."
    assert _conflicts(a, "The river crested at 29 feet on Sunday, the county said.") == [[29, 31.4]]
    two = a + " Downstream, the Lesk crested at 24 feet at Dent on Monday."
    assert _conflicts(two, "The river crested at 29 feet on Sunday, the county said.") == []
