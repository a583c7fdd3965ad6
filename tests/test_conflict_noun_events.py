"""Counts of jobs cut, responders sent, things a plan adds and a study's people are one
quantity of the story, told in different words by independent reports
(:mod:`reader.analysis.noun_events`). Every text here is made up for the tests."""

from __future__ import annotations

from dataclasses import replace

from test_conflicts_support import keys_in as _keys
from test_conflicts_support import sorted_values as _values
from test_conflicts_support import undated as _art

from reader.analysis.conflicts import find_conflicts


def test_jobs_cut_told_two_ways_by_two_reports_disagree():
    a = _art("paper", "The plan at Corby council includes the closure of two leisure centres and the loss of "
                      "about 300 posts, many of them vacant.")
    b = _art("tv", "Bills in the borough will rise by 5%, with 360 jobs set to go as the authority tries to "
                   "balance its books.")
    assert _values(find_conflicts([a, b])) == [[300, 360]]


def test_jobs_cut_in_agreeing_words_stay_silent():
    a = _art("wire", "Tallis Foods said it would cut about 900 jobs over three years, mostly in offices.")
    b = _art("paper", "Tallis Foods will shed 900 positions as part of a cost drive.")
    c = _art("blog", "Tallis Foods plans to reduce its workforce by approximately 900 roles.")
    assert find_conflicts([a, b, c]) == []
    assert _keys(c.body)["approximately 900 roles"] == ("job", "cut")


def test_posts_and_roles_are_jobs_only_when_cut():
    keys = _keys("The forum has 300 posts on the subject and 12 roles for volunteers.")
    assert keys["300 posts"] == ("post", None)
    assert keys["12 roles"] == ("role", None)


def test_an_older_closure_far_from_the_plan_is_not_joined():
    a = _art("wire", "Tallis Foods will cut about 900 jobs. The closure of its Derby plant last year cost 250 jobs.")
    b = _art("paper", "Tallis Foods will shed 1,100 positions, the company said.")
    assert _values(find_conflicts([a, b])) == [[900, 1100]]


def test_responders_sent_to_one_fire_disagree():
    a = _art("wire", "More than 80 firefighters from nine stations fought the fire, which was out by noon.")
    b = _art("tv", "Sixty firefighters battled the flames, some of them volunteers from nearby towns.")
    c = _art("paper", "Some 60 firefighters tackled the blaze at the Ashby depot.")
    assert _values(find_conflicts([a, b, c])) == [[60, 80]]


def test_what_a_plan_adds_disagrees_when_the_reports_share_a_word():
    a = _art("wire", "The minister announced money to open 2,000 extra school places across the region.")
    b = _art("paper", "About 1,600 new school places will be opened under the plan.")
    assert _values(find_conflicts([a, b])) == [[1600, 2000]]
    quiet = [_art("wire", "The council will build 2,000 extra homes by 2030."),
             _art("paper", "Some 1,600 new homes are planned for Barford.")]
    assert find_conflicts(quiet) == []


def test_the_people_a_study_followed_are_its_participants():
    a = _art("release", "The study followed 8,300 adults aged 60 and over using sleep monitors, researchers "
                        "reported in the Ashby Medical Journal.")
    b = _art("magazine", "Their analysis, published in the Ashby Medical Journal, drew on 9,100 men and women "
                         "who wore sleep monitors.")
    assert _keys(a.body)["8,300 adults"] == ("participant", None)
    assert _values(find_conflicts([a, b])) == [[8300, 9100]]


def test_vehicles_out_of_service_two_reports_give_differently_disagree():
    a = _art("paper", "The union said about 900 of the city's 1,300 trams were idle and most routes had no service.")
    b = _art("tv", "Officials said 1,050 trams remained out of service, leaving a skeleton service.")
    c = _art("wire", "About 900 of its 1,300 trams were idle on Monday, the operator said.")
    assert _values(find_conflicts([a, b, c])) == [[900, 1050]]
    # the whole is not the count halted: the owner's fleet, its size (whole_counts)
    assert _keys(a.body)["1,300 trams"] == ("tram", "size of city")


def test_only_services_are_halted():
    keys = _keys("He was suspended for seven matches. The Tigers halted a seven-game losing streak.")
    assert keys["seven matches"] == ("match", None)


def test_flights_cancelled_need_a_common_word():
    a = _art("wire", "Airlines cancelled 1,400 flights at Ashby airport on Sunday.")
    b = _art("paper", "More than 1,100 flights were grounded in the region by the fog.")
    assert find_conflicts([a, b]) == []


def test_a_turnout_or_a_containment_is_the_whole_event_s_and_needs_no_other_word():
    assert _keys("Turnout was 34.1 per cent on Monday.")["34.1 per cent"] == ("percent:turnout", "whole")
    wire = _art("wire", "Turnout was 34.1 per cent, up from 29.7 per cent in 2022.")
    paper = _art("paper", "Turnout was about 36 per cent, according to the city clerk's office.")
    assert _values(find_conflicts([wire, paper])) == [[34.1, 36]]
    fire = _art("fire", "Crews had the blaze 20% contained by Tuesday night.")
    later = _art("later", "Officials said the fire was 35 per cent contained.")
    assert _values(find_conflicts([fire, later])) == [[20, 35]]


def test_agreeing_turnouts_and_a_past_turnout_stay_quiet():
    wire = replace(_art("wire", "Turnout was 34.1 per cent, up from 29.7 per cent in 2022."), published="2026-10-27")
    paper = replace(_art("paper", "Turnout was about 34 per cent. In 2022 turnout was 29.7 per cent."),
                    published="2026-10-27")
    assert find_conflicts([wire, paper]) == []


def test_the_investors_a_fraud_cheated_are_one_count():
    assert _keys("The scheme defrauded more than 70 investors.")["more than 70 investors"] == ("investor", "affected")
    assert _keys("The fund has 300 investors.")["300 investors"] == ("investor", None)
    release = _art("release", "The Ponzi scheme defrauded more than 70 investors, prosecutors said.")
    paper = _art("paper", "About 45 investors lost money in the scheme, the court filing shows.")
    assert _values(find_conflicts([release, paper])) == [[45, 70]]


def test_people_who_left_their_homes_were_evacuated_and_a_radius_does_not_hide_the_verb():
    assert _keys("About 1,400 people have now left their homes.")["About 1,400 people"] == ("person", "evacuated")
    keys = _keys("About 1,100 residents within a 1-mile radius were ordered to leave their homes.")
    assert keys["About 1,100 residents"] == ("person", "evacuated")
