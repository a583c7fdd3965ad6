"""Round 31 of conflict finding, from the misses of probes p25 to p36: a count told of "an average day",
a pension plan's funded ratio, a distance along a path in two units, a pronoun's length of time, the
rescued told by a bare number, a count sent to a ward of a hospital, nouns of one thing (crude is oil,
undergraduates are students, onlookers are bystanders), a school's age by the year it was built against
"the building", a plan's target day told by "by", an incident's time of an earlier day than the lede's,
and one person's age told by what two sources say of them. Every text here is made up for the tests."""

from __future__ import annotations

from reader.analysis.conflicts import find_conflicts
from reader.analysis.figure_uses import figure_uses
from reader.analysis.figures import extract_figures
from reader.analysis.incident_clocks import incident_clocks
from reader.analysis.length_events import clause_event
from reader.analysis.sentences import sentence_spans
from reader.analysis.thing_ages import thing_of
from tests.test_conflicts_support import art, keys_in
from tests.test_conflicts_support import found as _found


def _values(*bodies: str) -> list[list[str]]:
    return [values for _, values in _found(*bodies)]


def _texts(sentence: str) -> list[str]:
    return [f.text for f in extract_figures(sentence)]


def test_a_count_told_of_an_average_day_is_a_figure():
    assert _texts("On an average day 28 inmates are boarded in jails in other counties.") == ["28 inmates"]
    assert _texts("On a typical day 400 buses leave the depot.") == ["400 buses"]


def test_a_numbered_day_is_still_a_label():
    assert _texts("Jury selection began on day 3 of the trial.") == []
    assert _texts("The home side won game 7 of the series.") == []


def test_a_funded_ratio_told_two_ways_is_one_quantity():
    assert _values("After the loss, the pension fund was about 71 percent funded, its actuary said.",
                   "The plan's position dropped to 64% funded, according to a consultant's estimate.") \
        == [["64%", "71%"]]


def test_an_agreeing_funded_ratio_is_quiet():
    assert _found("After the loss, the pension fund was 64 percent funded, its actuary said.",
                  "The plan's position dropped to 64% funded, according to a consultant's estimate.") == []


def test_a_distance_along_a_path_meets_one_in_another_unit():
    assert _values("The coach was seen to skid about 150 feet along the bank before it rolled over.",
                   "Witnesses said the coach traveled about 90 yards along the grassy bank.") \
        == [["90 yards", "150 feet"]]


def test_a_distance_along_a_path_agreeing_in_two_units_is_quiet():
    assert _found("The coach was seen to skid about 150 feet along the bank before it rolled over.",
                  "Witnesses said the coach traveled about 50 yards along the grassy bank.") == []


def test_distances_along_two_paths_are_apart():
    assert _found("The coach was seen to skid about 150 feet along the bank before it rolled over.",
                  "Witnesses said the coach traveled about 90 yards along the highway first.") == []


def test_a_pronouns_length_of_time_takes_its_subject_from_the_clause_before():
    keys = keys_in("The diesel backup generator kicked on as designed, but it failed for about 40 minutes "
                   "before crews restarted it.",
                   "Its backup generator failed for roughly an hour before crews restarted it.")
    assert keys["about 40 minutes"] == keys["roughly an hour"] == ("duration:generator fail", None)


def test_a_pronouns_length_of_time_with_no_clause_before_is_not_keyed():
    keys = keys_in("It failed for about 40 minutes, the chief said.")
    assert keys["about 40 minutes"] is None


def test_the_rescued_told_by_a_bare_number_meet_a_count_of_people():
    assert _values("Four were pulled alive from the debris by firefighters and neighbours.",
                   "Two people were rescued alive from the wreckage of the house on Alder Road.") \
        == [["2", "4"]]


def test_bodies_pulled_from_water_are_not_the_rescued():
    assert _texts("Two were pulled from the river on Sunday.") == []


def test_a_count_sent_to_a_ward_of_a_hospital_is_a_figure():
    assert _texts("Two were flown to the burn unit at a Wichita hospital, the sheriff said.") == ["Two"]
    assert _texts("Two were flown to the scene, the sheriff said.") == []


def test_a_share_of_crude_is_a_share_of_oil():
    assert _values("The company said about 40 percent of the oil had been recovered by Wednesday.",
                   "Officials said roughly a quarter of the spilled crude had been recovered so far.") \
        == [["a quarter", "40%"]]


def test_undergraduates_are_students_and_onlookers_bystanders():
    assert keys_in("Nine undergraduates were hurt.")["Nine undergraduates"] == ("student", "hurt")
    assert keys_in("Seven onlookers were hurt.")["Seven onlookers"] == ("bystander", "hurt")


def test_a_school_built_in_a_year_meets_the_age_of_the_building():
    story = [art("a", "The wiring of the school, which was built in 1962, will be replaced next year."),
             art("b", "Crews will check every gas fitting in the 68-year-old building on Friday.")]
    assert [[v.display for v in c.values] for c in find_conflicts(story)] == [["63–64 years", "68 years"]]


def test_a_school_named_elementary_is_a_school():
    story = [art("a", "The bond pays for a replacement for Hollins Elementary, built in 1958, whose wiring is old."),
             art("b", "District officials say the wiring in the 75-year-old school is worn out.")]
    assert [[v.display for v in c.values] for c in find_conflicts(story)] == [["67–68 years", "75 years"]]


def test_the_building_of_a_story_of_two_buildings_is_neither():
    story = [art("a", "The wiring of the school, which was built in 1962, will be replaced. The 90-year-old "
                      "church next door will stay."),
             art("b", "Crews will check every gas fitting in the 68-year-old building on Friday.")]
    assert find_conflicts(story) == []


def test_a_target_day_told_by_by_meets_one_told_by_on():
    assert _values("City Manager Ann Rowe said the city hopes to reopen Corvina Avenue by Aug. 28, if the "
                   "ground holds.",
                   "City Manager Ann Rowe said crews expect to reopen Corvina Avenue on Sept. 25, a timeline "
                   "that may slip.") == [["August 28", "September 25"]]


def test_a_state_by_a_day_is_still_a_bound():
    assert _found("By Aug. 28, crews had reopened Corvina Avenue to traffic, the city said.",
                  "Crews reopened Corvina Avenue to traffic on Sept. 25, the city said.") == []


_LEDE = ("When the cart carrying Ronnie Skeen rolled out of the portal just before 9 a.m. Tuesday, the crowd did "
         "not cheer. "
         "The roof came down at about 10:40 p.m. Sunday, according to the state mine office.")


def test_a_later_time_of_an_earlier_day_is_the_incidents():
    times = incident_clocks(_LEDE, sentence_spans(_LEDE), published="2026-04-14")
    assert [f.text for f, key in times if key[1] == "unnamed"] == ["about 10:40 p.m."]


def test_an_undated_article_keeps_its_first_time():
    times = incident_clocks(_LEDE, sentence_spans(_LEDE))
    assert [f.text for f, key in times if key[1] == "unnamed"] == ["just before 9 a.m."]


def test_a_coming_weekday_is_no_earlier_day():
    text = ("The slide struck just after 7 a.m. Tuesday, the city said. "
            "The city is holding a public session at the curling club on Friday at 7 p.m.")
    times = incident_clocks(text, sentence_spans(text), published="2026-04-16")
    assert [f.text for f, key in times if key[1] == "unnamed"] == ["just after 7 a.m."]


def test_one_persons_age_told_by_a_name_and_by_a_description():
    assert _values("The storm killed Eldon Marsh, 71, a retired ferry captain, when a live oak came down on his house.",
                   "Among the dead was a 78-year-old retired ferry captain whose house was crushed by a falling oak.") \
        == [["71 years", "78 years"]]


def test_one_persons_age_told_by_two_descriptions():
    assert _values("Her mother, a 67-year-old woman from Toledo, Ohio, remained in serious condition at Mercy.",
                   "Those hurt included a 72-year-old grandmother from Toledo, Ohio, who was in serious condition.") \
        == [["67 years", "72 years"]]


def test_two_peoples_ages_far_apart_are_not_one_persons():
    assert _found("A 12-year-old girl from Toledo, Ohio, remained in serious condition at Mercy.",
                  "Her grandmother, a 70-year-old woman from Toledo, Ohio, was in serious condition at Mercy.") == []


def test_ages_sharing_few_words_are_not_one_persons():
    assert _found("A 41-year-old man was treated at the scene for cuts.",
                  "A 47-year-old woman was taken to Mercy with a broken arm.") == []


def test_an_age_matching_two_ages_alike_abstains():
    assert _found("A 67-year-old woman from Toledo, Ohio, remained in serious condition at Mercy.",
                  "A 72-year-old woman from Toledo, Ohio, was in serious condition at Mercy. A 75-year-old woman "
                  "from Toledo, Ohio, was in serious condition at Mercy too.") == []


def test_a_things_age_is_read_by_its_noun_not_the_words_after():
    def things(body: str) -> list[str | None]:
        uses, _ = figure_uses([art("a", body)], None)
        return [thing_of(u) for u in uses]

    assert things("FAA records show the 45-year-old airplane changed hands twice.") == ["aircraft"]
    assert things("Police said a 45-year-old man's boat struck the pier.") == [None]


def test_a_series_first_day_told_by_beginning_meets_its_start():
    assert _values("Layoff notices will go out beginning July 1, the company said in its filing.",
                   "The first layoff notices will start going out June 15, the company told the state.") \
        == [["June 15", "July 1"]]


def test_a_clause_opened_by_beginning_is_still_a_bound():
    assert _found("Beginning July 1, the plant will run one shift a day.",
                  "The plant will run one shift a day from June 15, the company said.") == []


def test_a_sentence_of_a_first_and_a_last_day_dates_both():
    assert _values("The first illnesses began March 28, and investigators believe the lettuce was served for weeks.",
                   "The first illness began on March 21, and the most recent onset date so far is April 9.") \
        == [["March 21", "March 28"]]


def test_a_sentence_of_two_days_of_a_schedule_is_still_left_alone():
    assert _found("The first caucus is on Feb. 20, and the first primary on Feb. 27.",
                  "The first caucus is on Feb. 21, officials said.") == []


def test_two_named_peoples_ages_are_two_peoples():
    assert _found("Birmingham's Gary Breen was picked in defence, while 18-year-old Ian Harte makes his debut "
                  "for the Irish under manager Mick McCarthy.",
                  "The Irish, under manager Mick McCarthy, took the lead through 20-year-old Keith Doyle on his debut "
                  "in defence.") == []


def test_a_named_places_age_is_its_names_without_its_kind():
    assert _values("Parents whose children attend the 99-year-old Garfield Elementary packed the meeting.",
                   "Nobody has said what will happen to the 86-year-old Garfield building.") \
        == [["86 years", "99 years"]]


def test_a_things_years_of_running_are_its_age():
    assert _values("The plant has run for 47 years under three owners.",
                   "Workers at the 52-year-old plant make brake calipers.") == [["47 years", "52 years"]]


def test_a_persons_years_at_a_plant_are_not_its_age():
    assert _found("Kowalski has worked at the plant for 31 years.",
                  "Workers at the 52-year-old plant make brake calipers.") == []


def test_people_a_strike_is_told_by_took_part():
    assert keys_in("It was a strike by roughly 850 registered nurses.")["roughly 850 registered nurses"] == (
        "nurse", "took part")
    assert _values("About 1,100 nurses walked off the job at Ashgrove General on Monday.",
                   "The hospital braced for a strike by roughly 850 registered nurses at Ashgrove General.") \
        == [["850", "1,100"]]


def test_a_closures_end_is_the_day_a_place_reopens():
    assert _values("Dean Ruth Lindqvist said the building is expected to reopen Monday, March 9, once the air "
                   "is tested.",
                   "Pemberton Hall will stay closed until March 11 while contractors test the air.") \
        == [["March 9", "March 11"]]


def test_a_state_until_a_day_is_still_a_bound():
    assert _found("Residents were told to boil water until March 11, the utility said.",
                  "The utility lifted the boil-water notice on March 9, officials said.") == []


def test_a_change_that_takes_effect_is_planned():
    assert _values("The new water rates take effect July 1, the utility said.",
                   "The new water rates would take effect June 1, provided regulators agree.") \
        == [["June 1", "July 1"]]


def test_a_things_length_told_by_its_dimension_in_two_units():
    assert _values("The largest crack is 18 inches long, inspectors said.",
                   "Inspectors found a crack nearly three feet long in one of the girders.") \
        == [["3 feet", "18 inches"]]


def test_two_things_lengths_sharing_only_their_adjective_are_apart():
    assert _found("The pier is 120 yards long, the harbor master said.",
                  "Engineers said the new seawall will be 90 meters long when it is done.") == []


def test_two_dimensions_of_a_thing_are_apart():
    assert _found("The largest crack is 18 inches long, inspectors said.",
                  "Inspectors found the crack was nearly three feet deep in one of the girders.") == []


def test_a_bill_put_at_a_sum_is_its_cost():
    assert _values("Clean-up costs could reach 6 million pounds, according to a council estimate.",
                   "The council has estimated the clean-up bill at £4.5m, its leader said.") \
        == [["£4.5 million", "£6 million"]]


def test_a_compounds_head_is_its_material():
    text = "The wagons spilled roughly 25,000 gallons of diesel fuel into the stream."
    figure = next(f for f in extract_figures(text) if f.unit == "gallon")
    assert clause_event(figure, text) == "of fuel"


def test_a_whole_years_count_is_that_years():
    story = [art("a", "Laboratory testing has confirmed salmonella in 19 cases, the health district said."),
             art("b", "Tamarack County recorded 31 salmonella cases in all of 2025, most of them unrelated.")]
    assert find_conflicts(story) == []


def test_a_past_event_named_by_its_month_and_year_is_another_events():
    story = [art("a", "A tornado killed three people in the park on Sunday night, the coroner said."),
             art("b", "The storm killed three people on Sunday. A tornado in March 2023 killed one person "
                      "north of town.")]
    assert [[v.display for v in c.values] for c in find_conflicts(story)] == []


def test_an_age_in_apposition_after_a_title_is_the_names():
    assert _values("Vukovich, 66, who became president in 2021, said the cuts were painful.",
                   "The 61-year-old president, Leonard Vukovich, framed the plan as a reset.") \
        == [["61 years", "66 years"]]
