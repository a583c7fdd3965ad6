"""Counted nouns that name several quantities in one story (delegates of each state,
stores closing and stores left), proportions that count nothing, and qualifiers written
after the figure. Every text here is made up for the tests."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from reader.analysis.conflicts import find_conflicts
from reader.analysis.figure_uses import figure_uses
from reader.analysis.figures import extract_figures
from reader.analysis.quantity_senses import distributive_keys, unique_pairs
from reader.library.model import Article
from reader.text.tokens import word_count


def _art(id_: str, body: str) -> Article:
    return Article(id=id_, body=body, title=id_, words=word_count(body))


def _values(conflict) -> dict[str, list[str]]:
    return {v.display: v.articles for v in conflict.values}


# An invented primary night: the noun "delegates" counts a different thing in each sentence.
PRIMARY = [
    _art("wire", "Governor Ada Quill won all 66 delegates in the Lakeland primary on Tuesday. "
                 "Senator Bo Marsh took the 99 delegates of Riverland, which awards them all to the winner. "
                 "Marsh now has 370 delegates, Quill has 163 and Tam Ode has 63."),
    _art("paper", "Quill swept Lakeland and its 66 delegates. In all, 691 delegates were at stake on Tuesday "
                  "across five states."),
    _art("blog", "Marsh trails the leader 458 to 359 in the delegate race, but he has far more than Quill, "
                 "who has 151."),
]


def test_a_noun_counted_per_referent_names_no_single_quantity():
    assert find_conflicts(PRIMARY) == []
    uses, keys = figure_uses(PRIMARY, None)
    assert ("delegate", None) in distributive_keys(uses, keys)


def test_one_sentence_with_two_values_makes_the_noun_distributive_whatever_it_counts():
    arts = [_art("a", "Rescuers freed 12 people from the first car and 30 people from the second car, "
                      "and 4 people were killed."),
            _art("b", "The derailment killed 4 people.")]
    uses, keys = figure_uses(arts, None)
    several = distributive_keys(uses, keys)
    assert several == set() or all(k[1] is not None or k[0] != "person" for k in several)
    one_sentence = [_art("a", "The river flooded 40 homes on the east bank and 70 homes on the west bank.")]
    uses, keys = figure_uses(one_sentence, None)
    assert distributive_keys(uses, keys) == {("home", None)}
    by_town = [_art("a", "The river flooded 40 homes in Ashby and 70 homes in Colt.")]     # each town's own count
    uses, keys = figure_uses(by_town, None)
    assert keys == [("home", "in Ashby"), ("home", "in Colt")]


def test_a_toll_updated_within_one_live_file_stays_one_quantity():
    """An event key (people killed) is not made distributive by an early and a later
    toll in one article: the conflict with another source stays."""
    live = _art("live", "Three people were killed when the roof of the Ashby market fell in on Friday. "
                        "Update: officials now say five people were killed in the collapse at the market.")
    other = _art("other", "The collapse of the Ashby market roof killed seven people on Friday, officials said.")
    found = find_conflicts([live, other])
    assert len(found) == 1 and {v.value for v in found[0].values} == {3, 5, 7}


def test_stores_left_still_conflict_when_the_noun_counts_several_things():
    """Both articles give 142 stores closing, one also 4,000 at the peak: what is left
    pairs one to one, "a little more than 500" against "around 700"."""
    a = _art("a", "The Harlan chain will close 142 stores this year. At its peak it had 4,000 stores, "
                  "and Harlan will now be left with a little more than 500.")
    b = _art("b", "Harlan said it will close 142 stores by the end of the year and keep a smaller group "
                  "of around 700 of its best stores.")
    (conflict,) = find_conflicts([a, b])
    assert set(_values(conflict)) == {"500", "700"}
    uses, keys = figure_uses([a, b], None)
    several = distributive_keys(uses, keys)
    assert ("store", None) in several
    pairs = [(uses[i].figure.value, uses[j].figure.value) for i, j in unique_pairs(uses, keys, several)]
    assert pairs == [(500, 700)]


def test_two_left_over_values_near_one_are_ambiguous_and_stay_quiet():
    a = _art("a", "The Harlan chain will close 142 stores. It will keep 500 stores in towns and 520 stores in malls.")
    b = _art("b", "Harlan will close 142 stores and keep about 700 of its stores.")
    assert find_conflicts([a, b]) == []


def test_the_counted_noun_alone_is_no_evidence_for_a_key_with_no_event():
    """"The two states hold primaries" and "with four states having voted" share only
    "states"; "five or six vehicles" and "at least eight vehicles" share the bridge."""
    quiet = [_art("a", "The two states hold primaries on the first of the month."),
             _art("b", "With four states having voted, the senator has not won a single contest.")]
    assert find_conflicts(quiet) == []
    loud = [_art("a", "Five or six vehicles were trapped under the footbridge after it fell."),
            _art("b", "The footbridge fell onto the road, crushing at least eight vehicles.")]
    (conflict,) = find_conflicts(loud)
    assert {v.value for v in conflict.values} == {5, 8}


def test_two_alike_sentences_listing_values_pair_them_by_place():
    a = _art("a", "Including superdelegates, Quill now has at least 1,353, while Marsh has at least 625.")
    b = _art("b", "Including superdelegates, Quill now has at least 1,410, while Marsh has at least 653.")
    got = sorted(sorted(v.value for v in c.values) for c in find_conflicts([a, b]))
    assert got == [[625, 653], [1353, 1410]]
    c = _art("c", "Marsh has 370 delegates, Tam Ode has 129 and Quill left the race with 163.")
    d = _art("d", "Quill has 384 delegates, Marsh has 163 and Tam Ode has 63.")
    assert find_conflicts([c, d]) == []
    e = _art("e", "Marsh has 384 delegates, Tam Ode has 128 and Quill left the race with 163.")
    assert sorted(sorted(v.value for v in x.values) for x in find_conflicts([c, e])) == [[128, 129], [370, 384]]


def test_proportions_count_nothing():
    text = ("Nine in 10 registered voters say she could win, and about four out of 10 voters say the "
            "economy is worse. Two-thirds of voters agree, against about one-third in the earlier poll.")
    assert extract_figures(text) == []
    kept = [f.text for f in extract_figures("He scored 3 in 10 days, and 12 schools shared three quarters "
                                            "of the budget.")]
    assert kept == ["3", "10 days", "12 schools", "three quarters"]


def test_a_qualifier_after_the_figure_is_read():
    (f,) = extract_figures("If Marsh wins by 10 points or more, he takes the state.")
    # (a floor and a ceiling, not a count rounded as "at least" reads: figure_qualifiers, round 36)
    assert (f.text, f.qualifier, f.value) == ("10 points or more", "no lower than", 10)
    (g,) = extract_figures("Turnout rose 5 percent or less in most towns.")
    assert (g.text, g.qualifier) == ("5 percent or less", "no higher than")
    (h,) = extract_figures("Officials said 5 or more people were hurt.")
    assert (h.text, h.counts) == ("5 or more people", "people")


@settings(max_examples=40, deadline=None)
@given(st.lists(st.integers(min_value=2, max_value=900), min_size=2, max_size=6, unique=True))
def test_one_article_listing_many_values_of_a_noun_never_conflicts_with_another(values):
    """A sentence listing several counts of one noun for different places makes the noun
    distributive: another article giving one of those counts, or a near one, for an
    unnamed place is no conflict."""
    listing = ", ".join(f"{v} seats in district {n}" for n, v in enumerate(values))
    arts = [_art("a", f"The council has {listing}."),
            _art("b", f"The council has {values[0] + 1} seats in the new district.")]
    assert find_conflicts(arts) == []


def test_common_ways_of_giving_a_count_conflict():
    """A toll with no counted noun, people counted by their event alone, "two dozen",
    and two nouns for one thing (workers and employees, houses and homes)."""
    pairs = [
        ("The death toll from Tuesday's storm in Ashby rose to 25.", "The storm killed 23 people in Ashby.", {23, 25}),
        ("The death toll from the fire that followed the spill in Ashby rose to 4 on Sunday.",
         "Five people were killed in the Ashby fire that followed the spill.", {4, 5}),
        ("Nine people were injured in the Ashby crash, police said.",
         "Police said 11 were hurt in the crash near Ashby.", {9, 11}),
        ("The blast at the Ashby mill killed 12, officials said.", "Fifteen people died in the Ashby mill blast.",
         {12, 15}),
        ("Two dozen homes were destroyed by the fire in Ashby.", "The Ashby fire destroyed 30 homes.", {24, 30}),
        ("The plant employs 3,200 workers in Ashby.", "The Ashby plant has about 4,000 employees.", {3200, 4000}),
        ("The fire destroyed 1,200 houses near Ashby.", "The Ashby fire destroyed about 1,500 homes.", {1200, 1500}),
        ("Police arrested 12 protesters outside the Ashby courthouse.",
         "Officers detained 15 demonstrators outside the Ashby courthouse.", {12, 15}),
    ]
    for one, two, values in pairs:
        (conflict,) = find_conflicts([_art("a", one), _art("b", two)])
        assert {v.value for v in conflict.values} == values, (one, two)


def test_a_toll_road_or_a_bare_number_with_no_event_counts_nobody():
    quiet = [_art("a", "The toll road 14 closed after the storm in Ashby."),
             _art("b", "Storm damage closed the toll road 12 near Ashby.")]
    assert find_conflicts(quiet) == []
    (f,) = extract_figures("Two dozen homes burned.")
    assert (f.value, f.counts) == (24, "homes")


def test_rows_of_a_table_or_a_scorecard_are_compared_with_nothing():
    """Two versions of a league table and of a scorecard: every number of a row changed,
    and what each column counts is in headers reader does not read."""
    monday = ("Standings after Sunday's games:\n\nAshby Rovers 3 2 1 0 4 2 7\n\nColt United 3 1 1 1 3 3 4\n\n"
              "Batting:\n\nJ. Marsh not out 44\n\nT. Quill b Ode 12\n\n11.\n\nTotal (for six wickets) 278")
    tuesday = ("Standings after Sunday's games:\n\nAshby Rovers 4 3 1 0 6 2 10\n\nColt United 4 1 1 2 3 5 4\n\n"
               "Batting:\n\nJ. Marsh not out 61\n\nT. Quill b Ode 12\n\n12.\n\nTotal (for seven wickets) 301")
    assert find_conflicts([_art("mon", monday), _art("tue", tuesday)]) == []
    prose = [_art("a", "Ashby Rovers have won 3 of their 4 games this season, the club said on Monday."),
             _art("b", "Ashby Rovers have won 5 of their 6 games this season, the club said on Tuesday.")]
    assert find_conflicts(prose) != []


def test_money_and_percentages_are_compared_by_what_they_are_of():
    pairs = [
        ("Harlow reported revenue of $4.2 billion for the quarter.",
         "Quarterly revenue at Harlow was $4.5 billion.", "revenue"),
        ("A judge set bail at $500,000 for the Ashby man.", "The Ashby man is being held on $750,000 bail.", "bail"),
        ("Harlow agreed to pay a $2.5 million fine to settle the case.",
         "Harlow will pay a fine of $3 million under the settlement.", "fine"),
        ("Turnout in Ashby was 41 percent, officials said.", "Officials put turnout in Ashby at 44 percent.",
         "turnout"),
        ("The Harlow deal is worth about $5.1 billion.", "The $6 billion Harlow deal was announced on Monday.", "deal"),
        ("Harlow lost $1.2 billion last year.", "Harlow had a net loss of $1.5 billion last year.", "loss"),
    ]
    for one, two, label in pairs:
        (conflict,) = find_conflicts([_art("a", one), _art("b", two)])
        assert conflict.quantity == label, (one, two)
    quiet = [
        ("Harlow paid $2 million for the land in Ashby.", "Harlow paid $3 million for new trucks in Ashby."),
        ("Harlow's revenue rose to $4.2 billion from $3.9 billion.", "Harlow reported revenue of $4.2 billion."),
        ("The Harlow fine was $2 million.", "Harlow's chief executive received a $3 million bonus."),
    ]
    for one, two in quiet:
        assert find_conflicts([_art("a", one), _art("b", two)]) == [], (one, two)


def test_a_selection_from_a_set_is_not_the_story_quantity():
    arts = [_art("a", "If Quill loses the first two nominating contests in Lakeland, her campaign is in trouble."),
            _art("b", "Marsh hopes to sweep the first three contests on the Lakeland calendar."),
            _art("c", "Quill's staff will fan out to those four states before the Lakeland contests.")]
    assert find_conflicts(arts) == []
    kept = [_art("a", "The flood in Lakeland destroyed 40 homes on Tuesday."),
            _art("b", "The Lakeland flood destroyed 55 homes, the first count said.")]
    assert len(find_conflicts(kept)) == 1


def test_a_toll_with_its_breakdown_is_a_total_not_an_item_of_a_list():
    """"risen to six, with four deaths in Florida and two in Georgia": six is the toll, and
    a report that gives eight disagrees with it (the bare six once made the sentence
    comparison fail with an IndexError)."""
    from reader.analysis.quantity_senses import total_before

    text = "The death toll from Hurricane Delia has risen to six, with four deaths in Florida and two in Georgia."
    six, four = extract_figures(text)[:2]
    assert total_before(text, six, four) and not total_before(text, four, six)
    listed = "Cruz has 370 delegates, Kasich 63 delegates."
    a, b = extract_figures(listed)
    assert not total_before(listed, a, b)
    story = [
        _art("ap", text + " Hurricane Delia made landfall near Mexico Beach on Wednesday afternoon."),
        _art("blog", "Hurricane Delia killed eight people across Florida, Georgia and South Carolina, by my count "
                     "from county reports."),
    ]
    (conflict,) = [c for c in find_conflicts(story) if "8" in _values(c)]
    assert set(_values(conflict)) == {"6", "8"}
