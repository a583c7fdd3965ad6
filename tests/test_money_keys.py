"""One sum of money keyed alike however a report words it (reader.analysis.money_keys).
Every text here is made up for the tests."""

from __future__ import annotations

from reader.analysis.conflicts import find_conflicts
from reader.analysis.money_keys import one_family
from tests.test_conflicts_support import keys_in, undated, value_sets


def test_an_event_verb_near_a_sum_does_not_split_its_key():
    keys = keys_in("Harbor Watch is offering a reward of up to $8,000 for tips leading to an arrest.")
    assert keys["up to $8,000"] == ("money:reward", None)
    keys = keys_in("A reward of $12,000 was posted after three people were hurt.")
    assert keys["$12,000"] == ("money:reward", None)


def test_damage_and_repairs_are_one_sum_and_a_loss_its_own():
    for body, text in (("Officials put the damage at roughly $6 million.", "roughly $6 million"),
                       ("The district estimates the cost of repairs at $4.1 million.", "$4.1 million"),
                       ("Repairs to the clock tower could cost $900,000, the council said.", "$900,000")):
        assert keys_in(body)[text] == ("money:damage", "damaged"), body
    # (a loss joins the damage only where the story allows no other reading: damage_sums)
    for body, text in (("The owners put the loss at about $2.2 million.", "about $2.2 million"),
                       ("Losses could top $70 million, an adjuster said.", "$70 million")):
        assert keys_in(body)[text][0] == "money:loss", body


def test_a_company_result_told_as_a_loss_is_no_damage():
    keys = keys_in("Tamsin Foods posted a net loss of $14 million for the quarter.")
    assert keys["$14 million"] != ("money:damage", "damaged")


def test_a_sum_demanded_is_keyed_by_the_demand():
    for body, text in (("The gang is demanding $2 million in bitcoin.", "$2 million"),
                       ("Kidnappers asked for about $600,000, the family said.", "about $600,000"),
                       ("The intruders demanded $1.5 million from the council.", "$1.5 million")):
        assert keys_in(body)[text] == ("money:demand", None), body


def test_a_cost_charged_to_a_payer_is_a_cost():
    keys = keys_in("Shippers say the blockade will cost the province about $90 million a week.")
    assert keys["about $90 million"] == ("money:cost", None)
    keys = keys_in("The storm cost about $90 million.")
    assert keys["about $90 million"] != ("money:demand", None)


def test_two_damage_estimates_in_other_words_conflict():
    a = undated("wire", "Fire gutted the Pell Street depot on Sunday. The owner estimated damage at $12 million.")
    b = undated("daily", "Fire gutted the Pell Street depot on Sunday. The loss could reach $20 million, "
                      "an insurer said.")
    assert {12e6, 20e6} in value_sets(find_conflicts([a, b]))


def test_a_ransom_and_a_demand_in_other_reports_conflict_but_one_report_telling_both_does_not_merge():
    keys = [("money:ransom", None), ("money:demand", None), ("money:revenue", None)]
    assert one_family(["a", "b", "a"], keys) == [("money:demand", None), ("money:demand", None),
                                                 ("money:revenue", None)]
    assert one_family(["a", "a", "b"], keys) == keys        # one report names both: kept apart
    sales = [("money:revenue", None), ("money:profit", None)]
    assert one_family(["a", "b"], sales) == [("money:profit", None), ("money:profit", None)]
    assert one_family(["a", "a"], sales) == sales


def test_a_fine_and_damages_stay_apart():
    a = undated("wire", "The court fined Orrin Chemicals $3 million for the spill.")
    b = undated("local", "Orrin Chemicals must pay $5 million in damages for the spill, the court ruled.")
    assert find_conflicts([a, b]) == []


def test_a_named_sum_told_two_ways_by_separate_reports_conflicts():
    a = undated("wire", "The Pelham Grocer will receive a $40,000 bonus for selling the winning ticket.")
    b = undated("local", "The shop gets a $20,000 bonus, the lottery said, and the owner plans a party.")
    assert {40000.0, 20000.0} in value_sets(find_conflicts([a, b]))


def test_a_named_sum_one_report_gives_two_values_of_stays_quiet():
    a = undated("wire", "The Pelham Grocer gets a $40,000 bonus, and Dale's Mart, which sold a second-prize ticket, "
                     "gets a $20,000 bonus.")
    b = undated("local", "The Pelham Grocer will receive a $40,000 bonus for selling the winning ticket.")
    assert all({40000.0, 20000.0} != v for v in value_sets(find_conflicts([a, b])))


def test_fines_of_two_people_told_by_separate_reports_stay_apart():
    a = undated("wire", "Magistrate Olu Penn ordered Carys Dent to pay a $6,000 fine.")
    b = undated("local", "On Monday, Brin Tallow received a $9,000 penalty.")
    assert find_conflicts([a, b]) == []


def test_a_named_share_told_two_ways_by_separate_reports_conflicts():
    a = undated("wire", "Drivers at Kelm Buses will strike after the firm refused to raise its pay offer of "
                        "2.9 percent.")
    b = undated("local", "Kelm's offer is worth 3.6 percent over two years, a director said.")
    assert {2.9, 3.6} in value_sets(find_conflicts([a, b]))


def test_a_sum_restated_in_brackets_keeps_the_noun_after_the_brackets():
    keys = keys_in("The strike threatens a 2.2 billion euro ($2.4 billion) naval frigate contract, the union said.")
    assert keys["2.2 billion euro"] == ("money:contract", None)
    keys = keys_in("The yard holds a €2.5bn contract to build six corvettes.")
    assert keys["€2.5bn"] == ("money:contract", None)
    # (a bracket that is no sum still ends the sum's words)
    keys = keys_in("The city paid 2.2 billion euros (a record) to the contract holders.")
    assert keys["2.2 billion euros"] != ("money:contract", None)


def test_two_sums_of_one_contract_told_with_and_without_a_conversion_disagree():
    a = undated("wire", "Workers began a strike on Monday, threatening a 2.2 billion euro ($2.4 billion) naval "
                        "frigate contract at the Orsk yard.")
    b = undated("paper", "The stoppage puts at risk the Orsk yard's €2.6bn contract to build frigates.")
    assert {2.2e9, 2.6e9} in value_sets(find_conflicts([a, b]))
