"""Conflict classes of the eleventh round: a percentage change of a charge ("a 3% rise in
the water rate" / "the water rate will go up 5%"), a sum told by a verb of hiding ("hid
$1.4 million"), what a repair costs told of "the fix", and counts of reports told by what
was reported ("40 reports of burns"), and ambulances or flights diverted or turned away. Every text here is made up for
these tests."""

from __future__ import annotations

import pytest
from test_conflicts_support import art, conflicts_of, keys_of

_art, _conflicts, _keys = art, conflicts_of, keys_of


@pytest.mark.parametrize(("text", "figure", "key"), [
    ("The plan includes a 3.5% increase in the property tax rate.", "3.5%", "percent:rise in property tax rate"),
    ("The tax rate will rise 4%, the council said.", "4%", "percent:rise in tax rate"),
    ("Bus fares will go up by about 6 percent in March.", "about 6 percent", "percent:rise in bus fare"),
    ("The board approved a 2% cut in parking fees.", "2%", "percent:cut in parking fee"),
    ("Water rates are set to fall 1.5% next year.", "1.5%", "percent:cut in water rate"),
    ("Tuition will increase 7% at Harrow State.", "7%", "percent:rise in tuition"),
])
def test_the_change_of_a_charge_is_keyed(text, figure, key):
    assert _keys(text)[figure] == (key, None)


@pytest.mark.parametrize(("text", "figure"), [
    ("The rate will rise 4%.", "4%"),                                   # a rate of what?
    ("Fees will rise 5% under the plan.", "5%"),                        # which fees?
    ("Consumer prices rose 3% last year.", "3%"),                       # past years, and prices
    ("The tax rate rose 2% last year.", "2%"),                          # a past change: any year
    ("Water rates increased 2% in 2024.", "2%"),
])
def test_an_unnamed_or_past_change_stays_unkeyed(text, figure):
    assert _keys(text)[figure] is None


@pytest.mark.parametrize(("text", "figure", "key"), [
    ("Ressa was convicted of hiding $2.3 million in consulting earnings from tax authorities.",
     "$2.3 million", "money:hidden"),
    ("Prosecutors said she hid $3.2 million from tax collectors.", "$3.2 million", "money:hidden"),
    ("The former treasurer admitted concealing about £410,000 in offshore accounts.", "about £410,000",
     "money:hidden"),
    ("The repair is estimated to cost $18.7 million.", "$18.7 million", "money:damage"),
    ("The dam will be shut for a year, and the fix will cost the county $17 million.", "$17 million",
     "money:damage"),
])
def test_a_hidden_sum_and_a_fix_are_keyed(text, figure, key):
    # (a fix's cost is the damage an incident did: money_keys)
    assert _keys(text)[figure] == (key, "damaged" if key == "money:damage" else None)


@pytest.mark.parametrize(("a", "b"), [
    ("Singer Dalia Voss was convicted of hiding $2.3 million in tour earnings from tax authorities.",
     "Prosecutors said Voss hid $3.2 million from tax authorities over six years."),
    ("The Orrin Dam will close for a year. The repair is estimated to cost $18.7 million.",
     "The Orrin Dam will close for a year, and the fix will cost the county $12 million."),
    ("The Tenby budget includes a 3.5% increase in the property tax rate.",
     "In Tenby, the tax rate will rise 4.5% under the budget."),
])
def test_two_sources_disagree(a, b):
    assert len(_conflicts(a, b)) == 1


@pytest.mark.parametrize(("a", "b"), [
    # a rise in one charge and a rise in another
    ("The Tenby budget includes a 3.5% increase in the property tax rate.",
     "In Tenby, bus fares will rise 6% under the budget."),
    # a rise and a cut
    ("The Tenby budget includes a 3% increase in the water rate.",
     "The Tenby budget includes a 5% cut in the water rate."),
    # a fine and restitution stay apart from the sum hidden
    ("Voss hid $3.2 million from tax authorities.",
     "Voss was ordered to pay a $1.1 million fine and $2.9 million in restitution."),
    # rounding: 18.7 and nearly 19
    ("The repair is estimated to cost $18.7 million.", "The fix will cost nearly $19 million."),
])
def test_different_sums_or_rounding_stay_quiet(a, b):
    assert _conflicts(a, b) == []


@pytest.mark.parametrize(("text", "figure", "key"), [
    ("The agency has 61 reports of the kettles overheating, including 23 reports of burns.", "61 reports",
     "report of overheating"),
    ("The agency has 61 reports of the kettles overheating, including 23 reports of burns.", "23 reports",
     "report of burn"),
    ("Fenwick said it had fewer than 50 reports of units overheating.", "fewer than 50 reports",
     "report of overheating"),
    ("The council logged 14 complaints of heaters catching fire.", "14 complaints", "complaint of catching fire"),
])
def test_a_count_of_reports_is_keyed_by_what_was_reported(text, figure, key):
    assert _keys(text)[figure][0] == key


@pytest.mark.parametrize(("text", "figure"), [
    ("Police received 12 reports of shots fired near the depot.", "12 reports"),
    ("There were 30 reports of people being trapped.", "30 reports"),
    ("The company got 200 reports last year.", "200 reports"),
])
def test_reports_with_no_plain_subject_keep_the_noun(text, figure):
    assert _keys(text)[figure][0] == "report"


def test_two_sources_disagree_on_each_kind_of_report():
    a = "The agency has 61 reports of the Vela kettles overheating, including 23 reports of burns."
    b = "Vela said it had fewer than 50 reports of units overheating and 19 reports of minor burns."
    assert sorted(_conflicts(a, b)) == [[19, 23], [50, 61]]


def test_reports_of_two_things_stay_apart():
    a = "The agency has 61 reports of the Vela kettles overheating."
    b = "Vela said it had 19 reports of minor burns from the kettles."
    assert _conflicts(a, b) == []


@pytest.mark.parametrize(("text", "figure"), [
    ("During the outage, Marrow General diverted 38 ambulances to other hospitals.", "38 ambulances"),
    ("At least 52 ambulances were turned away from Marrow General's emergency room.", "At least 52 ambulances"),
    ("Fog forced the airport to reroute 14 flights to Calder.", "14 flights"),
    ("The port turned away nine ships after the spill.", "nine ships"),
])
def test_things_diverted_or_turned_away_are_one_event(text, figure):
    assert _keys(text)[figure][1] == "diverted"


@pytest.mark.parametrize(("text", "figure"), [
    ("The county owns 12 ambulances.", "12 ambulances"),
    ("Marrow General had 60 flights on Monday.", "60 flights"),
])
def test_things_not_diverted_keep_no_such_event(text, figure):
    assert _keys(text)[figure][1] != "diverted"


def test_two_sources_disagree_on_ambulances_diverted():
    a = "During the outage, Marrow General's three hospitals diverted 38 ambulances to other facilities."
    b = "At least 52 ambulances were turned away from the emergency rooms, dispatch logs show."
    assert _conflicts(a, b) == [[38, 52]]


def test_ambulances_diverted_and_ambulances_owned_stay_apart():
    a = "During the outage, Marrow General diverted 38 ambulances to other facilities."
    b = "The county runs 52 ambulances, dispatch logs show."
    assert _conflicts(a, b) == []


def test_two_named_tax_rates_leave_a_bare_one_apart() -> None:
    from reader.analysis.change_subjects import one_charge
    rise = "percent:rise in "
    keys = [(rise + "income tax rate", None), (rise + "corporate tax rate", None), (rise + "tax rate", None)]
    assert one_charge(keys) == keys                                   # which of the two? neither
    one = [(rise + "property tax rate", None), (rise + "tax rate", None), ("percent:cut in tax rate", None)]
    assert one_charge(one) == [(rise + "property tax rate", None), (rise + "property tax rate", None),
                               ("percent:cut in tax rate", None)]    # a cut stays a cut
