"""Counts of people under a generic noun keyed by the role their clause gives them
(:mod:`reader.analysis.people_roles`): rescued, working, served. Every text here is made
up for the tests."""

from __future__ import annotations

import pytest
from test_conflicts_support import keys_in as _keys
from test_conflicts_support import sorted_values as _values
from test_conflicts_support import undated as _art

from reader.analysis.conflicts import find_conflicts


def test_people_rescued_are_keyed_by_the_rescue_whatever_the_verb():
    assert _keys("Lifeboat crews rescued 38 people near Penmarrow Point.")["38 people"] == ("person", "rescued")
    assert _keys("By noon 52 people had been airlifted off the island.")["52 people"] == ("person", "rescued")
    assert _keys("Volunteers hauled 17 people out of the floodwater.")["17 people"] == ("person", "rescued")
    assert _keys("Boats brought 29 people to safety overnight.")["29 people"] == ("person", "rescued")
    assert _keys("About 30 survivors were winched off the listing trawler.")["About 30 survivors"] == (
        "person", "rescued")
    assert _keys("Teams carried out 44 swiftwater rescues on Tuesday.")["44 swiftwater rescues"] == (
        "person", "rescued")


def test_people_at_work_and_people_served_are_employees_and_customers():
    # (round 32: people working when it happened are staff on duty, reader.analysis.duty_counts)
    assert _keys("Roughly 35 people were working in the depot when the roof gave way.")["Roughly 35 people"] == (
        "on duty:employee", "on duty")
    assert _keys("About 35 people work at the depot.")["About 35 people"] == ("employee", None)
    assert _keys("The utility, which serves about 70,000 people, issued a boil notice.")["about 70,000 people"] == (
        "customer", None)


def test_parts_increments_and_plain_people_stay_unkeyed():
    keys = _keys("Crews rescued 40 people, and another 12 people were pulled from the water later. "
                 "Eleven of the 40 people rescued were children. About 200 people live on the island.")
    assert keys["12 people"] is None
    assert keys["About 200 people"] is None
    assert _keys("Police said 14 people watched from the bridge.")["14 people"] is None


def test_rescued_told_with_two_verbs_by_three_sources_disagree():
    a = _art("wire", "Emergency crews rescued 34 people from the flooded holiday park at Brennock, the county said.")
    b = _art("radio", "The county says 34 people have been rescued at Brennock holiday park.")
    c = _art("paper", "More than 50 people were lifted out of the holiday park by helicopter or pulled from "
                      "the water by boat crews at Brennock.")
    assert _values(find_conflicts([a, b, c])) == [[34, 50]]


def test_rescues_counted_as_a_noun_meet_the_people_rescued():
    a = _art("wire", "Firefighters rescued 22 people from cars trapped on the Dunholt ring road, the chief said.")
    b = _art("tv", "Firefighters carried out more than 35 water rescues on the Dunholt ring road overnight.")
    assert _values(find_conflicts([a, b])) == [[22, 35]]


def test_workers_on_site_and_people_working_disagree():
    a = _art("wire", "Eighteen employees were on site at the Corvale bottling plant when the tank burst.")
    b = _art("paper", "About 30 people were working at the Corvale bottling plant when the tank burst.")
    assert _values(find_conflicts([a, b])) == [[18, 30]]


def test_agreeing_and_unrelated_rescue_counts_stay_silent():
    a = _art("wire", "Lifeboat crews rescued 27 people from the stricken ferry off Hallow Head.")
    b = _art("tv", "Twenty-seven people were plucked from the water off Hallow Head.")
    assert find_conflicts([a, b]) == []
    c = _art("wire", "Coastguard helicopters rescued 12 people from the cliffs at Marrin Bay in June.")
    d = _art("paper", "Firefighters freed 30 people from stalled lifts across the city during the blackout.")
    assert find_conflicts([c, d]) == []


def test_a_gathered_crowd_and_a_crowd_told_as_a_crowd_are_the_attendance():
    assert _keys("Some 30,000 people had gathered for the closing concert.")["Some 30,000 people"] == (
        "attendance", None)
    body = "Nine people, two of them children, died when a crowd of about 45,000 surged towards the exit."
    assert _keys(body)["about 45,000"] == ("attendance", None)


def test_crowd_sizes_told_two_ways_disagree_and_agreeing_ones_stay_silent():
    a = _art("wire", "Some 30,000 people had gathered for the closing night of the Orlan river festival.")
    b = _art("agency", "Some 30,000 people had gathered for the closing night of the Orlan river festival.")
    c = _art("daily", "Nine people, two of them children, died when a crowd of about 45,000 surged towards the "
                      "exit of the Orlan river festival on its closing night.")
    assert [45000, 30000] in [sorted(v.value for v in c_.values)[::-1] for c_ in find_conflicts([a, b, c])]
    d = _art("tv", "About 30,000 people gathered for the closing night of the Orlan river festival.")
    assert find_conflicts([a, d]) == []


@pytest.mark.parametrize("body", [
    "The senator told 2,400 people gathered at Orlan State University that the race was not over.",
    "\"We will win this state,\" she told a crowd of 1,500 here on Tuesday.",
    "He addressed some 3,000 supporters who had gathered outside the Orlan civic centre.",
    "Speaking to an audience of about 900 in Marrow Hall, the governor promised new roads.",
])
def test_a_speechs_audience_is_no_attendance(body: str) -> None:
    assert ("attendance", None) not in _keys(body).values()


def test_two_speeches_to_two_audiences_do_not_conflict():
    a = _art("times", "\"Our job is to open the doors of the party,\" he told 2,267 people gathered at Orlan State "
                      "University on Tuesday.")
    b = _art("post", "\"And we will unify our party,\" the former secretary told a crowd of 1,300 here on Tuesday "
                     "after she took the stage at Orlan State University.")
    assert find_conflicts([a, b]) == []


def test_people_who_did_a_crime_are_its_perpetrators():
    assert _keys("Two masked men robbed the Elmstead post office on Monday.")["Two masked men"] == (
        "perpetrator", None)
    assert _keys("Three men in dark hoods broke into the pharmacy.")["Three men"] == ("perpetrator", None)
    assert _keys("Four burglars took cash from the till.")["Four burglars"] == ("perpetrator", None)
    assert _keys("Two men were later seen near the pharmacy.")["Two men"] is None
    assert _keys("Three men, all from Elmstead, said they robbed nobody.")["Three men"] is None


def test_perpetrators_told_as_men_and_as_robbers_disagree():
    a = _art("wire", "Two masked men robbed the Elmstead post office shortly after it opened, police said.")
    b = _art("paper", "Three robbers escaped with cash from the Elmstead post office, police said.")
    assert _values(find_conflicts([a, b])) == [[2, 3]]
    c = _art("tv", "Two robbers escaped with cash from the Elmstead post office, police said.")
    assert find_conflicts([a, c]) == []


def test_people_and_a_noun_of_people_told_in_one_clause_disagree():
    a = _art("wire", "The Marlow County jail, which was built for 600 people, held 810 inmates on Tuesday, "
                     "county records show.")
    b = _art("paper", "The Marlow County jail held about 900 people on Tuesday, well over its capacity.")
    assert _values(find_conflicts([a, b])) == [[810, 900]]


def test_people_and_a_noun_of_people_in_other_clauses_stay_silent():
    a = _art("wire", "The Marlow County jail held 810 inmates on Tuesday, county records show.")
    b = _art("paper", "About 900 people marched to the Marlow County courthouse on Tuesday.")
    assert find_conflicts([a, b]) == []


def test_the_verb_a_key_is_read_from_is_no_evidence_of_one_count():
    a = _art("wire", "Coastguard helicopters rescued 12 people from the cliffs at Marrin Bay.")
    b = _art("paper", "Firefighters rescued 30 people from stalled lifts across the city.")
    assert find_conflicts([a, b]) == []
    c = _art("wire", "About 40 people gathered outside the Orvel town hall.")
    d = _art("paper", "Nearly 65 people gathered at the Orvel church.")
    assert find_conflicts([c, d]) == []


def test_people_who_work_somewhere_as_subject_are_employees():
    for sentence, figure in (("More than 400 people work at the Tessel glassworks.", "More than 400 people"),
                             ("About 90 people currently work for the ferry operator.", "About 90 people"),
                             ("Some 120 people worked in the sorting hall last winter.", "Some 120 people")):
        assert _keys(sentence)[figure] == ("employee", None), sentence
    assert _keys("About 200 people walk to the market each day.")["About 200 people"] is None
    assert _keys("About 60 people work out at the gym.")["About 60 people"] is None


def test_a_workforce_employed_and_one_working_disagree():
    a = _art("wire", "The Brannel Tiles factory employs about 180 people at the Oxley site, the company said.")
    b = _art("paper", "More than 260 people work at the Brannel Tiles factory in Oxley.")
    assert _values(find_conflicts([a, b])) == [[180, 260]]


def test_people_there_at_the_time_are_occupants():
    for sentence, figure in (("About 80 people were inside when the ceiling fell.", "About 80 people"),
                             ("Some 30 people were still underground at the Varrow pit.", "Some 30 people"),
                             ("Roughly 45 people were present at the Delling hall.", "Roughly 45 people")):
        assert _keys(sentence)[figure] == ("occupant", None), sentence
    assert _keys("About 80 people inside the hall watched the show.")["About 80 people"] is None
    assert _keys("About 80 people were killed inside the hall.")["About 80 people"] != ("occupant", None)


def test_occupants_told_two_ways_disagree_and_equal_ones_stay_silent():
    a = _art("sheriff", "The roof of the Pellow barn gave way on Friday during a cattle auction. "
                        "About 90 people were inside at the time.")
    b = _art("paper", "About 120 people were inside the Pellow barn when its roof gave way on Friday during a "
                      "cattle auction.")
    c = _art("tv", "The roof of a barn in Pellow gave way during a cattle auction on Friday. About 120 people "
                   "were inside the barn when it fell.")
    assert _values(find_conflicts([a, b, c])) == [[90, 120]]
    d = _art("radio", "The roof of a barn in Pellow gave way during a cattle auction on Friday. Roughly 90 people "
                      "were inside the barn when it fell.")
    e = _art("wire", "About 90 people were inside the Pellow barn when its roof gave way on Friday during a "
                     "cattle auction.")
    assert find_conflicts([a, d, e]) == []
