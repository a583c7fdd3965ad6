"""Conflict classes found by probes of invented stories: a sum rounded by its scale word,
a pay claim against a pay offer, an article that states both values, a toll told past an
earthquake's magnitude, magnitudes themselves, a possessive that is its name, an age after
a place modifier, and an article too short on names to be judged off the story. Every
text here is made up for these tests."""

from __future__ import annotations

from dataclasses import replace

import pytest

from reader.analysis.ages import age_owner
from reader.analysis.conflicts import find_conflicts
from reader.analysis.figure_uses import figure_uses
from reader.analysis.figures import extract_figures
from reader.analysis.name_clash import ArticleNames, name_word
from reader.analysis.quantities import compatible
from reader.library.model import Article
from reader.text.tokens import word_count


def _art(id_: str, body: str) -> Article:
    return Article(id=id_, body=body, title=id_, words=word_count(body))


def _values(conflicts) -> list[list[float]]:
    return [sorted(v.value for v in c.values) for c in conflicts]


def _keys(body: str) -> dict[str, tuple | None]:
    uses, keys = figure_uses([_art("a", body)], None)
    return {u.figure.text: k for u, k in zip(uses, keys, strict=True)}


@pytest.mark.parametrize(("a", "b", "agree"), [
    ("a $312 billion budget", "a $312.4 billion budget", True),     # the sum to the nearest billion
    ("a $300 billion budget", "a $312.4 billion budget", False),    # a round sum of the writer's own
    ("a $312 billion budget", "a $313.6 billion budget", False),
    ("a magnitude 7.0 quake", "a magnitude 7.1 quake", False),      # "7.0" is written to a tenth
    ("80 passengers", "77 passengers", False),
])
def test_a_sum_with_a_scale_word_is_a_rounding_and_a_written_zero_is_not(a, b, agree):
    assert compatible(extract_figures(a)[0], extract_figures(b)[0]) is agree


def test_a_pay_claim_is_not_the_offer():
    keys = _keys("The union is demanding a 9.5% pay rise; the airline has offered 5.2%.")
    assert keys == {"9.5%": ("percent:claim", None), "5.2%": ("percent:offer", None)}
    wire = _art("wire", "The union is demanding a 9.5% pay rise; the airline has offered 5.2%.")
    firm = _art("firm", "The airline made the union an offer of 5.2 percent.")
    assert find_conflicts([wire, firm]) == []


def test_an_article_that_states_both_values_tells_two_quantities():
    release = _art("release", "The budget closes an $11.8 billion shortfall and keeps $17.2 billion in total "
                              "reserves, including $11.3 billion in the Rainy Day Fund for general fund needs.")
    paper = _art("paper", "The plan has general fund spending that patches a shortfall the administration "
                          "pegged at $11.8 billion, with total reserves kept.")
    assert find_conflicts([release, paper]) == []


def test_a_death_toll_is_read_past_the_quake_s_magnitude():
    early = _art("early", "A magnitude 7.0 earthquake shook southern Peru early Wednesday, killing at least "
                          "nine people, officials said.")
    later = _art("later", "The death toll from a magnitude 7.0 earthquake in southern Peru rose to 23 on "
                          "Thursday, officials said.")
    assert [c.quantity for c in find_conflicts([early, later])] == ["people killed"]
    assert _values(find_conflicts([early, later])) == [[9, 23]]


@pytest.mark.parametrize("text", [
    "A magnitude 7.0 earthquake shook the coast.", "The quake had a magnitude of 7.0, the survey said.",
    "The 7.0-magnitude quake struck at dawn.", "It measured 7.0 on the Richter scale.",
])
def test_a_magnitude_is_the_quake_s_own_measure(text):
    (f,) = [f for f in extract_figures(text) if f.value == 7]
    assert f.unit == "magnitude"
    assert list(_keys(text).values()) == [("measure:magnitude", "whole")]


def test_two_agencies_magnitudes_disagree_but_an_aftershock_s_is_another_quantity():
    usgs = _art("usgs", "A magnitude 7.0 earthquake shook southern Peru early Wednesday, the survey said.")
    peru = _art("peru", "Peru's Geophysical Institute measured the quake at magnitude 7.1. More than 60 "
                        "aftershocks followed, the strongest a magnitude 5.4.")
    (conflict,) = find_conflicts([usgs, peru])
    assert conflict.quantity == "magnitude"
    assert [v.display for v in conflict.values] == ["magnitude 7.0", "magnitude 7.1"]


def test_a_possessive_is_its_name():
    assert name_word("Peru's") == "peru" and name_word("Peru’s") == "peru" and name_word("Ross") == "ross"
    names = ArticleNames({"a": "A quake shook Peru and the Geological Survey said so.",
                          "b": "Officials of Peru's Geophysical Institute said so."})
    assert not names.strangers("a", "b")


@pytest.mark.parametrize(("text", "owner"), [
    ("They watched as Gregory Lanzetti, the 53-year-old Morristown financial adviser, was led away.",
     "Gregory Lanzetti"),
    ("The 24-year-old Tyler Monroe was arrested.", "Tyler Monroe"),
    ("Police said 24-year-old Tyler Monroe scored twice.", "Tyler Monroe"),
])
def test_capitalised_words_before_a_noun_are_a_modifier_not_the_age_s_owner(text, owner):
    (f,) = extract_figures(text)
    assert age_owner(text, f) == owner


def test_an_article_naming_almost_nothing_is_not_off_the_story():
    wire = ("DETROIT (AP) — Kestrel is recalling cars. Kestrel said in a statement that it knows of two "
            "crashes and three minor injuries that may be related to the problem.")
    ap, carrier = _art("ap", wire), _art("carrier", wire + "\n\nThe Associated Press contributed to this report.")
    terse = _art("terse", "The automaker said it was aware of four injuries and two crashes linked to the issue.")
    assert _values(find_conflicts([ap, carrier, terse])) == [[3, 4]]


def test_a_past_year_s_value_does_not_make_a_key_name_several_quantities():
    wire = _art("wire", "The river peaked at 8.1 metres at Kempsey on Monday afternoon, forecasters said.")
    abc = _art("abc", "Residents of Kempsey were told to leave on Monday as the river peaked at 8.4 metres. "
                      "In 2022, the river reached 8.1 metres during floods further north.")
    wire, abc = (replace(a, published="2026-04-06") for a in (wire, abc))
    assert _values(find_conflicts([wire, abc])) == [[8.1, 8.4]]


@pytest.mark.parametrize(("text", "value", "unit"), [
    ("Bayern will pay €90million for the striker.", 90_000_000, "EUR"),
    ("a fee of £77.5million", 77_500_000, "GBP"),
])
def test_a_scale_word_glued_to_its_number(text, value, unit):
    (f,) = extract_figures(text)
    assert (f.value, f.unit) == (value, unit)


@pytest.mark.parametrize(("text", "key"), [
    ("Bayern have signed Ousmane Diallo from Lille for a reported 85 million euros.", ("money:price of Diallo", None)),
    ("Bayern will pay Lille €90million for Ousmane Diallo.", ("money:price of Diallo", None)),
    ("Harlow agreed to buy the chain for $2.4 billion.", ("money:price of chain", None)),
    ("Harlow paid $2 million for the land in Ashby.", ("money:price of land", None)),
    ("Harlow will pay a $3 million fine for the spill.", ("money:fine", None)),
    ("Harlow raised $3 million for the school.", None),
])
def test_a_sum_paid_for_something_is_its_price(text, key):
    assert list(_keys(text).values()) == [key]


def test_two_reported_fees_for_one_signing_disagree():
    wire = _art("wire", "Bayern Munich have signed Ousmane Diallo from Lille for a reported 85 million euros.")
    other = _art("other", "Bayern Munich will pay Lille €90million for Ousmane Diallo, sources said.")
    assert _values(find_conflicts([wire, other])) == [[85_000_000, 90_000_000]]


def test_counts_one_article_gives_of_two_things_are_two_quantities():
    wire = _art("wire", "Pembrook Home said Monday it will close 87 stores in 14 states by the end of June. "
                        "The chain, which operates 399 stores in 31 states, said about 2,100 workers will be affected.")
    paper = _art("paper", "The chain, which operates 399 stores in 31 states, said on Monday that workers will be "
                          "affected, a spokesman said in Columbus.")
    tv = _art("tv", "Pembrook Home said Monday it will close 87 stores in 14 states by the end of June, the station "
                    "reported from its newsroom.")
    assert not any(c.quantity == "states" for c in find_conflicts([wire, paper, tv]))


def test_an_event_s_count_one_article_gives_two_ways_stays_a_conflict():
    wire = _art("wire", "At least nine people were taken to hospitals, the fire chief said. Officials later "
                        "counted 10 injured people.")
    paper = _art("paper", "Ten people were initially hospitalized after the collapse, officials said.")
    assert find_conflicts([wire, paper]) != []


@pytest.mark.parametrize(("a", "b", "agree"), [
    ("about 90 stores", "87 stores", True),          # a round number of tens, told loosely
    ("about 90 stores", "84 stores", False),
    ("about 1,200 homes", "1,250 homes", False),     # 3% either side above 100
])
def test_about_a_round_number_of_tens(a, b, agree):
    assert compatible(extract_figures(a)[0], extract_figures(b)[0]) is agree


def test_a_magnitude_beside_a_death_toll_is_still_the_quake_s():
    text = "The death toll from a magnitude 7.0 earthquake in southern Peru rose to 23 on Thursday."
    assert _keys(text)["7.0"] == ("measure:magnitude", "whole")


def test_an_age_after_a_role_is_an_age():
    one = _art("one", "The driver, 54, was taken to Millbrook General Hospital, police said.")
    two = _art("two", "The driver, 55, was taken to Millbrook General Hospital, police said.")
    (conflict,) = find_conflicts([one, two])
    assert conflict.quantity == "age"
