"""What is evidence that two figures state one quantity: a conversion into another unit
is the writer's arithmetic, not a report ("30 miles (48 km)" against "30 miles (50
km)"), and one word two sentences share (the story's name, "said") does not make two
counts of one noun the same quantity. Every text here is made up for the tests."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from reader.analysis.conflicts import find_conflicts
from reader.analysis.figures import extract_figures
from reader.analysis.unit_conversions import conversions, is_conversion
from reader.library.model import Article
from reader.text.tokens import word_count


def _art(id_: str, body: str) -> Article:
    return Article(id=id_, body=body, title=id_, words=word_count(body))


def _restated(text: str) -> list[str]:
    figs = extract_figures(text)
    return [figs[n].text for n in sorted(conversions(text, figs))]


def test_a_conversion_in_parentheses_or_after_or_is_found():
    assert _restated("The plane landed at Norhaven, 30 miles (48 km) north of the capital.") == ["48 km"]
    assert _restated("The train ran at 81.1 miles per hour (129 kilometers per hour) on the curve.") \
        == ["129 kilometers per hour"]
    assert _restated("The firm was fined £10 million ($13 million) on Monday.") == ["$13 million"]
    assert _restated("The village lies 65 km, or about 40 miles, from the port.") == ["about 40 miles"]
    assert _restated("It weighed 950 tons (862 tonnes) when it was lifted.") == ["862 tonnes"]


def test_a_second_figure_that_is_no_conversion_is_kept():
    # another dimension, another thing counted, the same unit, or a word between them
    assert _restated("Five or six people (and 3 dogs) died in the fire.") == []
    assert _restated("Turnout rose 5 percent (from 3 percent) in the north.") == []
    assert _restated("The road is 30 miles (and 40 minutes) from the lake.") == []
    assert _restated("The first span weighs 950 tons and the second 400 tons.") == []
    figs = extract_figures("It is 30 miles long. (48 km of it is paved.)")
    assert not is_conversion("It is 30 miles long. (48 km of it is paved.)", figs[0], figs[1])


def test_conversions_rounded_two_ways_are_no_conflict():
    story = [
        _art("wire", "The hijacked plane landed at Norhaven, 30 miles (48 km) north of the capital, "
                     "police said on Tuesday."),
        _art("paper", "Security was tight at Norhaven airport, which is about 30 miles (50 km) north of the "
                      "capital."),
        _art("radio", "Police said the plane was parked at the far end of Norhaven airport."),
    ]
    assert find_conflicts(story) == []


def test_the_figure_a_conversion_restates_is_still_compared():
    story = [
        _art("wire", "The hijacked plane landed at Norhaven airport, 30 miles (48 km) north of the capital."),
        _art("paper", "The hijacked plane landed at Norhaven airport, 40 miles (64 km) north of the capital."),
    ]
    [conflict] = find_conflicts(story)
    assert sorted(v.display for v in conflict.values) == ["30 miles", "40 miles"]


@settings(max_examples=60, deadline=None)
@given(miles=st.integers(min_value=2, max_value=900), first=st.integers(min_value=0, max_value=3),
       second=st.integers(min_value=4, max_value=8))
def test_two_roundings_of_one_conversion_never_conflict(miles: int, first: int, second: int) -> None:
    km = round(miles * 1.609)
    story = [
        _art("a", f"The convoy stopped at Bellmoor, {miles} miles ({km - first} km) east of the border, "
                  "officials said."),
        _art("b", f"The convoy stopped at Bellmoor, {miles} miles ({km + second} km) east of the border, "
                  "officials said on Sunday."),
    ]
    assert find_conflicts(story) == []


# Two counts of one noun in sentences about different things; the story's subject and
# "said" are all the sentences share.
PRIMARIES = [
    _art("wire", "Voters in Lakeland said the two candidates had spent little time in the north this spring."),
    _art("paper", "On Thursday night the four candidates left on the ballot met for a debate in Lakeland."),
]


def test_one_shared_word_does_not_make_two_counts_one_quantity():
    assert find_conflicts(PRIMARIES) == []


def test_counts_of_one_noun_in_sentences_alike_still_conflict():
    story = [
        _art("wire", "Seventy-seven passengers and seven crew members were aboard the train when it left "
                     "the tracks near Dunmore."),
        _art("paper", "The train carried 80 passengers and five crew members when it left the tracks near "
                      "Dunmore, the railway said."),
    ]
    found = {tuple(sorted(v.display for v in c.values)) for c in find_conflicts(story)}
    assert ("77", "80") in found
    assert ("5", "7") in found


def test_a_toll_in_words_is_a_figure_and_its_cause_is_no_second_toll() -> None:
    text = ("The death toll from the ferry fire rose to six on Saturday after two people died at a hospital, "
            "officials said.")
    figs = extract_figures(text)
    assert [(f.text, f.value) for f in figs] == [("six", 6), ("two people", 2)]
    story = find_conflicts([
        _art("early", "The ferry fire killed four people and injured 11 others, officials said."),
        _art("later", text),
    ])
    (conflict,) = story
    assert sorted(v.value for v in conflict.values) == [4, 6]


def test_number_words_beside_an_event_count_and_alone_do_not() -> None:
    assert [f.value for f in extract_figures("The blast, which killed three, shook the town.")] == [3]
    assert [f.value for f in extract_figures("Six were hurt when the roof fell in.")] == [6]
    assert extract_figures("One of the six said the crew was fine.") == []
    assert extract_figures("The three said they were friends.") == []


def test_a_label_does_not_repeat_the_event_its_noun_already_says() -> None:
    def label(sentence: str, a: str, b: str) -> str:
        (conflict,) = find_conflicts([_art("a", sentence.format(a)), _art("b", sentence.format(b))])
        return conflict.quantity
    assert label("The storm caused {} deaths in Marlow county, officials said.", "12", "15") == "deaths"
    assert label("{} hospitals treated shoppers after the roof collapse in Akron.", "Three", "Four") == "hospitals"
    assert label("The fire killed {} people in Marlow county, officials said.", "12", "15") == "people killed"
    assert label("The crash left {} passengers seriously injured at Dunmore station.", "20", "25") \
        == "passengers seriously injured"


def test_jobs_positions_and_layoffs_are_one_count() -> None:
    (conflict,) = find_conflicts([
        _art("a", "Brightway said on Monday it would close 142 stores and cut about 3,200 jobs this year."),
        _art("b", "Brightway said Monday it will shut 142 stores and eliminate roughly 3,500 positions this year."),
    ])
    assert sorted(v.stated for v in conflict.values) == ["about 3,200", "roughly 3,500"]


def test_acres_restated_in_hectares_are_no_figure_of_their_own():
    assert _restated("The fire had burned about 12,000 acres (4,860 hectares) by Tuesday.") == ["4,860 hectares"]


def test_an_aligned_edit_of_one_rounded_number_is_a_conflict():
    # the two roundings overlap, but the editor kept "roughly" and changed the number
    sentence = ("The Cedar Flats fire has scorched roughly {} acres of grass and brush east of Marlow since it "
                "started Tuesday morning, the state forestry department said.")
    from reader.analysis.story import analyse_story
    story = analyse_story([_art("wire", sentence.format("15,000") + " Crews had it 10% contained."),
                           _art("tv", sentence.format("15,500") + " Schools in Marlow stay closed on Thursday.")])
    (conflict,) = story.conflicts
    assert {v.display for v in conflict.values} == {"15,000 acres", "15,500 acres"}


def test_the_same_qualifier_on_unaligned_figures_still_allows_both():
    story = [_art("a", "The fire has burned roughly 15,000 acres near Marlow, officials said on Tuesday."),
             _art("b", "Officials near Marlow said on Wednesday the fire covered roughly 15,300 acres of brush.")]
    assert find_conflicts(story) == []


def test_an_age_conflict_lists_every_source_of_each_age():
    lede = ("A fast-moving grass fire destroyed about 40 homes near Marlow and killed a {}-year-old man who "
            "went back for his dogs, authorities said Wednesday.")
    from reader.analysis.story import analyse_story
    story = analyse_story([
        _art("wire", lede.format(73) + "\n\nSheriff Dale Ortiz said the man was Walter Hume, 73, of Marlow."),
        _art("copy", "MARLOW (AP) \u2014 " + lede.format(73) + "\n\nSchools stay closed on Thursday in Marlow."),
        _art("early", "A 72-year-old man was found dead near his home in Marlow, Sheriff Dale Ortiz told reporters "
                      "at an evening briefing on Tuesday."),
    ])
    (conflict,) = [c for c in story.conflicts if c.quantity == "age"]
    by_value = {v.display: set(v.articles) for v in conflict.values}
    assert by_value == {"73 years": {"wire", "copy"}, "72 years": {"early"}}


def test_a_toll_whose_verb_comes_many_words_later_is_still_a_toll():
    from reader.analysis.figure_uses import figure_uses
    text = ("The death toll from a commuter train's collision with a dump truck near Cleveland rose to four on "
            "Tuesday, county officials said.")
    uses, keys = figure_uses([_art("a", text)], None)
    assert [(u.figure.value, k) for u, k in zip(uses, keys, strict=True)] == [(4, ("person", "died"))]


def test_others_hurt_after_a_toll_are_the_hurt_not_an_increment():
    from reader.analysis.figure_uses import figure_uses
    hurt = "A train hit a truck on Monday, killing three people and injuring at least 24 others, police said."
    more = "Three people were killed on Monday and four others died in hospital on Tuesday."
    uses, keys = figure_uses([_art("a", hurt), _art("b", more)], None)
    got = {(u.article, u.figure.value): k for u, k in zip(uses, keys, strict=True)}
    assert got[("a", 24)] == ("person", "hurt") and got[("a", 3)] == ("person", "died")
    assert got[("b", 4)] is None          # four more dead: an increment of the toll
    story = [_art("a", hurt), _art("c", "More than 30 people were injured in Monday's crash, officials said.")]
    (conflict,) = find_conflicts(story)
    assert conflict.quantity == "people injured"


def test_the_dead_counted_by_a_rise_are_a_toll():
    from reader.analysis.figure_uses import figure_uses
    texts = ["Officials say the number of people confirmed dead in Millbrook has risen to four.",
             "The number of people confirmed dead after an earthen dam gave way above the village of Millbrook "
             "rose to four on Tuesday afternoon, officials said.",
             "Two men were found dead near Route 4 on Tuesday."]
    uses, keys = figure_uses([_art(str(n), t) for n, t in enumerate(texts)], None)
    got = [(u.article, u.figure.value, k) for u, k in zip(uses, keys, strict=True)]
    assert ("0", 4, ("person", "died")) in got and ("1", 4, ("person", "died")) in got
    assert not any(a == "2" and v == 4 for a, v, _ in got)
