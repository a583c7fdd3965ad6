"""One sum of money keyed alike however a report words it (reader.analysis.money_keys).
Every text here is made up for the tests."""

from __future__ import annotations

from reader.analysis.conflicts import find_conflicts
from reader.analysis.figure_uses import figure_uses
from reader.analysis.money_keys import one_family
from reader.library.model import Article
from reader.text.tokens import word_count


def _art(id_: str, body: str) -> Article:
    return Article(id=id_, body=body, title=id_, words=word_count(body))


def _keys(body: str) -> dict[str, tuple | None]:
    uses, keys = figure_uses([_art("a", body)], None)
    return {u.figure.text: k for u, k in zip(uses, keys, strict=True)}


def _values(conflicts: list) -> list[set[float]]:
    return [{float(v.value) for v in c.values} for c in conflicts]


def test_an_event_verb_near_a_sum_does_not_split_its_key():
    keys = _keys("Harbor Watch is offering a reward of up to $8,000 for tips leading to an arrest.")
    assert keys["up to $8,000"] == ("money:reward", None)
    keys = _keys("A reward of $12,000 was posted after three people were hurt.")
    assert keys["$12,000"] == ("money:reward", None)


def test_damage_and_repairs_are_one_sum_and_a_loss_its_own():
    for body, text in (("Officials put the damage at roughly $6 million.", "roughly $6 million"),
                       ("The district estimates the cost of repairs at $4.1 million.", "$4.1 million"),
                       ("Repairs to the clock tower could cost $900,000, the council said.", "$900,000")):
        assert _keys(body)[text] == ("money:damage", "damaged"), body
    # (a loss joins the damage only where the story allows no other reading: damage_sums)
    for body, text in (("The owners put the loss at about $2.2 million.", "about $2.2 million"),
                       ("Losses could top $70 million, an adjuster said.", "$70 million")):
        assert _keys(body)[text][0] == "money:loss", body


def test_a_company_result_told_as_a_loss_is_no_damage():
    keys = _keys("Tamsin Foods posted a net loss of $14 million for the quarter.")
    assert keys["$14 million"] != ("money:damage", "damaged")


def test_a_sum_demanded_is_keyed_by_the_demand():
    for body, text in (("The gang is demanding $2 million in bitcoin.", "$2 million"),
                       ("Kidnappers asked for about $600,000, the family said.", "about $600,000"),
                       ("The intruders demanded $1.5 million from the council.", "$1.5 million")):
        assert _keys(body)[text] == ("money:demand", None), body


def test_a_cost_charged_to_a_payer_is_a_cost():
    keys = _keys("Shippers say the blockade will cost the province about $90 million a week.")
    assert keys["about $90 million"] == ("money:cost", None)
    keys = _keys("The storm cost about $90 million.")
    assert keys["about $90 million"] != ("money:demand", None)


def test_two_damage_estimates_in_other_words_conflict():
    a = _art("wire", "Fire gutted the Pell Street depot on Sunday. The owner estimated damage at $12 million.")
    b = _art("daily", "Fire gutted the Pell Street depot on Sunday. The loss could reach $20 million, "
                      "an insurer said.")
    assert {12e6, 20e6} in _values(find_conflicts([a, b]))


def test_a_ransom_and_a_demand_in_other_reports_conflict_but_one_report_telling_both_does_not_merge():
    keys = [("money:ransom", None), ("money:demand", None), ("money:revenue", None)]
    assert one_family(["a", "b", "a"], keys) == [("money:demand", None), ("money:demand", None),
                                                 ("money:revenue", None)]
    assert one_family(["a", "a", "b"], keys) == keys        # one report names both: kept apart
    sales = [("money:revenue", None), ("money:profit", None)]
    assert one_family(["a", "b"], sales) == [("money:profit", None), ("money:profit", None)]
    assert one_family(["a", "a"], sales) == sales


def test_a_fine_and_damages_stay_apart():
    a = _art("wire", "The court fined Orrin Chemicals $3 million for the spill.")
    b = _art("local", "Orrin Chemicals must pay $5 million in damages for the spill, the court ruled.")
    assert find_conflicts([a, b]) == []


def test_a_named_sum_told_two_ways_by_separate_reports_conflicts():
    a = _art("wire", "The Pelham Grocer will receive a $40,000 bonus for selling the winning ticket.")
    b = _art("local", "The shop gets a $20,000 bonus, the lottery said, and the owner plans a party.")
    assert {40000.0, 20000.0} in _values(find_conflicts([a, b]))


def test_a_named_sum_one_report_gives_two_values_of_stays_quiet():
    a = _art("wire", "The Pelham Grocer gets a $40,000 bonus, and Dale's Mart, which sold a second-prize ticket, "
                     "gets a $20,000 bonus.")
    b = _art("local", "The Pelham Grocer will receive a $40,000 bonus for selling the winning ticket.")
    assert all({40000.0, 20000.0} != v for v in _values(find_conflicts([a, b])))


def test_fines_of_two_people_told_by_separate_reports_stay_apart():
    a = _art("wire", "Magistrate Olu Penn ordered Carys Dent to pay a $6,000 fine.")
    b = _art("local", "On Monday, Brin Tallow received a $9,000 penalty.")
    assert find_conflicts([a, b]) == []


def test_a_named_share_told_two_ways_by_separate_reports_conflicts():
    a = _art("wire", "Drivers at Kelm Buses will strike after the firm refused to raise its pay offer of 2.9 percent.")
    b = _art("local", "Kelm's offer is worth 3.6 percent over two years, a director said.")
    assert {2.9, 3.6} in _values(find_conflicts([a, b]))
