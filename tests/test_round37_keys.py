"""Round thirty-seven: what a figure is of. A length whose clause names no event is compared
across units when two sentences share two words ("an ash column reaching 18,000 feet" and "the ash
column rose to about 4,000 metres"), as it is in one unit; the travellers whose plans a strike
upset are its passengers affected; a name the story ages is the thing its year of building is
told of; a bridge "posted for 80,000 pounds" tells its limit. Every text here is made up for the
tests."""

from __future__ import annotations

from tests.test_conflicts_support import dated_found, found, keys_of


def test_a_length_of_no_named_event_is_compared_across_units() -> None:
    (conflict,) = found("Satellite imagery showed an ash column reaching 18,000 feet over the island.",
                        "Monitoring officials said the ash column rose to about 4,000 metres.")
    assert sorted(conflict[1]) == ["18,000 feet", "4,000 metres"]


def test_a_converted_length_agrees() -> None:
    assert found("Satellite imagery showed an ash column reaching 18,000 feet over the island.",
                 "Monitoring officials said the ash column rose to about 5,500 metres.") == []


def test_two_lengths_with_one_word_in_common_stay_apart() -> None:
    assert found("The crane stood 200 feet tall beside the pier.",
                 "Divers searched to about 40 metres below the pier.") == []


def test_a_weight_and_a_bridge_s_posted_limit_are_two_quantities() -> None:
    assert keys_of("The bridge is posted for 80,000 pounds, and police are checking.") == {
        "80,000 pounds": ("measure:pound", "limit")}
    assert found("Police put the truck and its cargo at about 44 tons, the bridge's engineer said.",
                 "The bridge is posted for 80,000 pounds, and police are checking the truck, the engineer said.") == []


def test_the_passengers_whose_plans_a_strike_upset_are_its_passengers_affected() -> None:
    assert keys_of("The walkout will disrupt the travel plans of about 150,000 passengers.") == {
        "about 150,000 passengers": ("passenger", "affected")}
    assert keys_of("About 21,000 passengers had their plans upended by the failure.") == {
        "About 21,000 passengers": ("passenger", "affected")}
    assert found("The two-day strike at Rheinair will affect 213,400 passengers, the airline said.",
                 "The walkout will disrupt the travel plans of about 150,000 passengers, the union said.") == [
        ("passengers affected", ["150,000", "213,400"])]


def test_a_name_the_story_ages_is_the_thing_its_year_is_told_of() -> None:
    assert dated_found("Dunmore Field, built in 1972, has been showing its age.",
                  "The Riverhawks play at the 48-year-old Dunmore Field.") == [("age", ["48 years", "53–54 years"])]
    assert dated_found("The campground's Elkhorn Lodge, which was built in 1941, was threatened.",
                  "The 90-year-old Elkhorn Lodge burned.") == [("age", ["84–85 years", "90 years"])]


def test_a_person_who_built_a_thing_is_not_its_age() -> None:
    assert dated_found("Walter Krebs built the barn in 1960.", "Walter Krebs, 64, was driving.") == []


def test_people_who_sought_shelter_overnight_were_sheltered() -> None:
    assert keys_of("Officials said more than 150 people sought shelter overnight, according to the Red Cross.") == {
        "more than 150 people": ("person", "sheltered")}
    assert found("About 80 people spent Sunday night at the Ardent Springs Civic Center, the Red Cross said.",
                 "At the civic center, more than 150 people sought shelter overnight, according to the Red Cross.") == [
        ("people sheltered", ["80", "150"])]


def test_a_closure_s_length_told_by_its_reopening() -> None:
    assert keys_of("Mill Lane was reopened to traffic after 90 minutes once the lorry had been removed.") == {
        "90 minutes": ("duration:outage", None)}
    assert keys_of("Highway 47 reopened more than three hours after the crash.") == {
        "more than three hours": ("duration:outage", None)}


def test_a_reopening_later_is_no_closure_s_length() -> None:
    assert keys_of("The store reopened two weeks later.") == {"two weeks": None}


def test_an_article_s_lengths_of_several_things_are_each_compared_across_units() -> None:
    assert found("The tower was 122 metres tall and measured 94 metres across at its base.",
                 "The shell measured about 250 feet across at the base, engineers said.") == [
        ("metres / feet", ["94 metres", "250 feet"])]
    assert found("The fire ran about 9 kilometres on Friday afternoon alone. Residents were sent to a reception "
                 "centre about 85 kilometres away.",
                 "The fire makes a huge run, roughly 9 miles in a single afternoon.") == [
        ("kilometres / miles", ["9 kilometres", "9 miles"])]


def test_two_lengths_of_one_article_near_the_other_s_are_left_alone() -> None:
    assert found("The fire ran about 9 kilometres on Friday afternoon and about 12 kilometres on Saturday afternoon.",
                 "The fire makes a huge run, roughly 9 miles in a single afternoon.") == []


def test_a_place_s_altitude_is_no_distance_up_a_valley() -> None:
    sits = ("The slide came down on the valley road below Hochkarlen, which sits at 1,650 metres and is popular"
            " with skiers.")
    assert keys_of(sits)["1,650 metres"] == ("measure:meter", "altitude")
    assert found(sits, "When the avalanche came down on Saturday, Martin Hofer was behind the desk of his hotel, "
                       "3 kilometres up the valley.") == []


def test_a_speed_converted_with_a_rounded_factor_agrees() -> None:
    going = "A website that maps speed data showed the train was going {} about a quarter of a mile from the curve."
    assert found(going.format("81.1 mph"), going.format("129 km/h")) == []
    assert found(going.format("81.1 mph"), going.format("110 km/h")) != []
