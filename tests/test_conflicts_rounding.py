"""How a figure was rounded, and what it counts, when reports word it differently: two
roundings to the same place that differ, a decimal rounding that agrees, a workforce
told as "employs N people", a chain's "locations" and "stores", a sum's subject before
"and" (every text here is made up for these tests)."""

from __future__ import annotations

import pytest

from reader.analysis.amount_subjects import amount_subject
from reader.analysis.conflicts import find_conflicts
from reader.analysis.figures import extract_figures
from reader.analysis.quantities import compatible, quantity_key
from reader.library.model import Article
from reader.text.tokens import word_count


def _fig(text: str, n: int = 0):
    return extract_figures(text)[n]


@pytest.mark.parametrize(("a", "b", "agree"), [
    ("about 7,400 people", "roughly 7,100 people", False),     # two roundings to hundreds, two values
    ("about $640 million", "roughly $610 million", False),
    ("$3.42 billion", "$3.4 billion", True),                    # the same sum, rounded once more
    ("$3.46 billion", "$3.4 billion", False),                   # 3.46 rounds to 3.5
    ("about 40,000 fans", "40,112 fans", True),
    ("about 1,200 homes", "1,250 homes", False),
    ("80 passengers", "77 passengers", False),                  # a whole number is not read as rounded
    ("about 300 homes", "about 310 homes", True),               # rounded to different places: ranges overlap
])
def test_roundings(a, b, agree):
    assert compatible(_fig(a), _fig(b)) is agree
    assert compatible(_fig(b), _fig(a)) is agree


def _key(text: str, n: int = 0):
    f = extract_figures(text)[n]
    return quantity_key(text, f, f.sentence_start)


def test_people_a_company_employs_are_its_employees():
    assert _key("The retailer employs about 7,400 people.") == ("employee", None)
    assert _key("It has a workforce of 3,000 people.") == ("employee", None)
    assert _key("About 7,100 people came to the fair.") is None     # people with no event or employer


def test_a_chains_locations_are_its_stores():
    assert _key("It will close 84 locations by August.")[0] == _key("It said 48 stores will close.")[0] == "store"


def test_a_sum_before_and_is_not_the_subject_after_it():
    text = "The chain listed liabilities of about $640 million and assets of $410 million."
    first, second = extract_figures(text)
    assert amount_subject(text, first.unit, first.start, first.end, 0) == "money:debt"
    assert amount_subject(text, second.unit, second.start, second.end, first.end) == "money:assets"


def _art(id_: str, body: str) -> Article:
    return Article(id=id_, body=body, title=id_, words=word_count(body))


def test_independent_reports_of_one_company_disagree_on_its_workforce_and_debt():
    story = [
        _art("journal", "Pellham's Home Inc. filed for chapter 11 protection on Monday. The chain listed liabilities "
                        "of about $640 million in its filing with the bankruptcy court. The retailer, founded as a "
                        "single showroom in Dayton, employs about 7,400 people."),
        _art("dispatch", "Pellham's Home is seeking bankruptcy protection. Pellham's reported debts of roughly $610 "
                         "million in its court filing. It has about 7,100 workers nationwide, including nearly 900 "
                         "at its headquarters."),
    ]
    found = {frozenset(v.display for v in c.values) for c in find_conflicts(story)}
    assert frozenset({"7,400", "7,100"}) in found
    assert frozenset({"$640 million", "$610 million"}) in found


def test_a_decimal_rounding_is_no_conflict():
    story = [_art("wire", "Halvorsen Systems said revenue for the quarter was $3.42 billion, above forecasts."),
             _art("other", "Halvorsen Systems said quarterly revenue was $3.4 billion, above what analysts expected.")]
    assert find_conflicts(story) == []


def test_the_people_a_study_enrolled_are_its_participants():
    assert _key("The approval was based on a study of 1,240 children.") == ("participant", None)
    assert _key("In a late-stage trial of 1,204 children, most could tolerate a dose.") == ("participant", None)
    assert _key("The 1,204 children at the school went home early.") is None


def test_two_close_counts_of_one_key_conflict_in_unlike_sentences():
    """Each source gives the trial one size, 3% apart: one quantity, though the two
    sentences share no word but what they count."""
    story = [_art("wire", "In a late-stage trial of 1,204 children, 67% of those taking Peanora could tolerate a "
                          "dose equal to about three peanuts after one year."),
             _art("ap", "The approval was based on a study of 1,240 children. After a year, two-thirds of those on "
                        "the pill could eat three peanuts without a serious reaction.")]
    (conflict,) = [c for c in find_conflicts(story) if "1,240" in {v.display for v in c.values}]
    assert {v.display for v in conflict.values} == {"1,204", "1,240"}


@pytest.mark.parametrize(("text", "subject"), [
    ("Crestline agreed to buy Northfork in a deal valued at about $4.2 billion including debt.", "money:deal"),
    ("Crestline expects approximately $175 million in annual run-rate cost synergies.", "money:savings"),
    ("He was ordered to pay $2.3 million in restitution to the charity.", "money:restitution"),
    ("The district says closing the three buildings will save $3.4 million a year.", "money:savings"),
    ("The price is a 31% premium to Friday's close.", "percent:premium"),
    ("The offer represents a premium of 27% to the closing price.", "percent:premium"),
    ("It spent $40 million in Ohio on new plants.", None),
])
def test_what_a_sum_or_share_is_of(text, subject):
    f = next(f for f in extract_figures(text) if f.unit in ("USD", "percent"))
    assert amount_subject(text, f.unit, f.start, f.end, f.sentence_start) == subject


@pytest.mark.parametrize("text", [
    "Harbor FC beat Rose City United 2-1 before a crowd of 40,112 on Saturday.",
    "Harbor won 2-1 before 38,500 at Pioneer Park.",
    "They won in front of about 40,000 fans.",
    "Attendance was 40,112.",
])
def test_a_matchs_crowd_is_its_attendance(text):
    assert _key(text) == ("attendance", None)


def test_a_crowd_given_three_ways_lists_every_value_that_disagrees():
    """40,112 and "about 40,000" agree; 38,500 disagrees with both: all three are listed,
    not only the two neighbours in value ("about 40,000" with 40,112, the one value it
    agrees with: two sides, not three)."""
    story = [_art("wire", "Emeka Okonjo scored in the 87th minute. The sellout crowd of 40,112 was the largest to "
                          "watch a regular-season match at Pioneer Park."),
             _art("club", "Harbor FC came from behind to win 2-1 in front of about 40,000 fans at Pioneer Park."),
             _art("paper", "Okonjo scored the winner in a 2-1 victory before 38,500 at Pioneer Park.")]
    (conflict,) = find_conflicts(story)
    assert conflict.quantity == "attendance"
    assert {(v.stated, tuple(v.articles)) for v in conflict.values} == {
        ("40,112 / about 40,000", ("wire", "club")), ("38,500", ("paper",))}


def test_people_forced_to_flee_are_evacuated_and_containment_is_a_subject():
    assert _key("The fire raced through the foothills, forcing about 2,000 people to flee.") == ("person", "evacuated")
    assert _key("About 2,200 people had been ordered to leave their homes.") == ("person", "evacuated")
    text = "The fire has burned 18,900 acres and is 12 percent contained."
    f = next(f for f in extract_figures(text) if f.unit == "percent")
    assert amount_subject(text, f.unit, f.start, f.end, 0) == "percent:containment"


@pytest.mark.parametrize("text", ["It hit as a Category 4 hurricane.", "The Level 3 alert was lifted.",
                                  "Stage 2 water restrictions start Monday.", "Phase 1 of the plan ended."])
def test_a_category_or_level_is_a_label_not_a_count(text):
    assert extract_figures(text) == []


def test_others_hurt_after_a_toll_in_the_sentence_before_are_the_hurt():
    """"… killed three workers. Ten others were injured": the others are all the hurt, not
    an increment; "Two others died" after a toll still adds to it."""
    text = "An explosion killed three workers on Monday. Ten others were injured in the blast."
    others = extract_figures(text)[1]
    assert quantity_key(text, others, others.sentence_start) == ("person", "hurt")
    text = "Three people were killed on Monday. Two others died on Tuesday at a hospital."
    others = extract_figures(text)[1]
    assert quantity_key(text, others, others.sentence_start) is None


def test_a_conflict_of_others_hurt_is_labelled_by_people_not_others():
    story = [_art("v1", "A train derailed on Monday, killing three people. At least 40 others were injured."),
             _art("v2", "A train derailed on Monday, killing five people. 52 others were injured.")]
    labels = {c.quantity for c in find_conflicts(story)}
    assert "people injured" in labels and not any(q.startswith("others") for q in labels)


def test_deaths_among_the_injured_are_no_toll():
    text = "The coroner said two of the injured died at hospitals Wednesday, raising the death toll."
    (two,) = extract_figures(text)
    assert quantity_key(text, two, two.sentence_start) is None
    assert _key("Five people died in the crash.") == ("person", "died")


def test_a_length_read_in_the_rows_unit_is_stated_in_its_own_words():
    """A row's lengths are compared in one unit, but each is stated as written: "about 90
    minutes", not "about 1.5 hours"."""
    story = [_art("paper", "The Harlow bridge reopened after about 90 minutes on Tuesday, police said."),
             _art("radio", "The Harlow bridge reopened after nearly three hours on Tuesday, police said.")]
    (conflict,) = find_conflicts(story)
    assert {v.stated for v in conflict.values} == {"about 90 minutes", "nearly 3 hours"}


def test_a_count_rounded_to_the_thousand_agrees_with_the_exact_count() -> None:
    """"about 3,000" is 3,140 rounded to the thousand; "about 3,000" and 3,400 still disagree,
    as "about 40,000" and 38,500 do (a number rounded to a larger place)."""
    def values(a: str, b: str) -> list[set[float]]:
        return [{v.value for v in c.values} for c in find_conflicts([_art("a", a), _art("b", b)])]
    assert values("The storm left about 3,000 customers without power on Sunday night.",
                  "The storm left 3,140 customers without power on Sunday night.") == []
    assert values("The storm left about 3,000 customers without power on Sunday night.",
                  "The storm left 3,400 customers without power on Sunday night.") == [{3000, 3400}]
