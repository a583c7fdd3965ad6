"""How a figure is read before it is compared: which "from N" starts a change, "lives"
as a noun or a verb, "several dozen", the slack of "about" on a small whole number, and
what a share-price move is of. Every text is made up."""

from __future__ import annotations

import pytest

from reader.analysis.conflicts import find_conflicts
from reader.analysis.figure_changes import changes
from reader.analysis.figure_uses import figure_uses
from reader.analysis.figures import extract_figures
from reader.analysis.quantities import compatible, interval, vague_figures
from reader.analysis.sentences import sentence_spans
from reader.library.model import Article
from reader.text.tokens import word_count


def _art(id_: str, body: str) -> Article:
    return Article(id=id_, body=body, title=id_, words=word_count(body))


def _changed(text: str) -> list[tuple[str, bool]]:
    figs = extract_figures(text)
    moving = changes(text, figs)
    return [(f.text, n in moving) for n, f in enumerate(figs)]


@pytest.mark.parametrize(("text", "read"), [
    ("The settlement covers claims from about 4,000 residents.", [("about 4,000 residents", False)]),
    ("Letters from 200 victims were read aloud.", [("200 victims", False)]),
    ("The plane descended from an altitude of 30,000 feet to 10,000 feet.",
     [("30,000 feet", True), ("10,000 feet", True)]),
    ("The speed limit drops from 127 km/h to 48 km/h.", [("127 km/h", True), ("48 km/h", True)]),
    ("Unemployment was 4.1%, up from 3.9% a year earlier.", [("4.1%", False), ("3.9%", True)]),
])
def test_from_starts_a_change_only_with_a_change_word_or_a_to(text, read):
    assert _changed(text) == read


def _keys(text: str) -> dict[str, object]:
    uses, keys = figure_uses([_art("a", text)], None)
    return {u.figure.text: k for u, k in zip(uses, keys, strict=True)}


def test_lives_as_a_verb_is_no_death():
    assert _keys("Janet Ruiz, who lives two blocks from the plant, said she was afraid.")["two blocks"] == (
        "block", None)
    assert _keys("The storm claimed 12 lives in the valley.")["12 lives"] == ("person", "died")


def test_several_dozen_is_a_vague_amount_not_a_dozen():
    text = "More than 4,000 people and several dozen public water systems sued the company."
    figs = extract_figures(text)
    assert [f.text for f in figs] == ["More than 4,000 people"]
    (vague,) = vague_figures(text, figs, sentence_spans(text))
    assert (vague.qualifier, vague.value, vague.high, vague.unit) == ("several dozen", 24, 240, "system")


def test_about_a_small_whole_number_allows_half_a_unit():
    about3, exact, far = (extract_figures(t)[0] for t in ("rose about 3%", "rose 3.4%", "rose 3.6%"))
    assert interval(about3)[:2] == (2.5, 3.5)
    assert compatible(about3, exact) and not compatible(about3, far)
    about160 = extract_figures("about 160 women")[0]
    assert interval(about160)[:2] == pytest.approx((155.2, 164.8))


def test_a_share_price_move_is_keyed_by_the_shares():
    # (when it was measured is part of it: :mod:`reader.analysis.amount_kinds`)
    assert _keys("Halvorsen shares rose 3.1% in afternoon trading on Thursday.")["3.1%"] == (
        "percent:share price during trading", None)
    story = [_art("a", "Halvorsen shares rose 3.1% in afternoon trading on Thursday after the settlement."),
             _art("b", "Halvorsen shares rose 4.5% in afternoon trading on Thursday after the settlement.")]
    (conflict,) = find_conflicts(story)
    assert conflict.quantity == "share price during trading"


def test_more_hurt_after_a_toll_is_the_hurt_count():
    keys = _keys("The crash left three people dead and at least 24 more hurt, officials reported.")
    assert keys["at least 24"] == ("person", "hurt") and keys["three people"] == ("person", "died")
    assert _keys("Three people died on Monday and four more died in hospital.").get("four") is None


def test_from_a_range_is_a_change():
    assert _changed("He came back from 40 to 50 percentage points behind her.") == [
        ("40 to 50 percentage points", True)]


def test_a_compound_after_a_sum_is_read_by_its_last_noun():
    assert _keys("The board cited a $4.1 million budget gap on Monday.")["$4.1 million"] == ("money:deficit", None)
    assert _keys("The district faces a $4.3 million shortfall this year.")["$4.3 million"] == ("money:deficit", None)
    assert _keys("The city approved a $12 million budget on Monday.")["$12 million"] == ("money:budget", None)
    assert _keys("Acme agreed to a $6 billion deal with its rival.")["$6 billion"] == ("money:deal", None)


def test_half_a_dozen_is_six():
    assert [(f.text, f.value) for f in extract_figures("The tornado killed half a dozen people.")] == [
        ("half a dozen people", 6)]
    assert [f.value for f in extract_figures("Two dozen people were treated.")] == [24]


def test_homes_damaged_and_homes_destroyed_are_two_counts():
    assert _keys("The storm damaged or destroyed nearly 150 homes.")["nearly 150 homes"] == ("home", "damaged")
    assert _keys("The fire destroyed about 140 homes in the valley.")["about 140 homes"] == ("home", "destroyed")
    damaged = [_art("a", "A tornado hit Greenfield on Tuesday, damaging about 120 homes, officials said."),
               _art("b", "The storm damaged or destroyed nearly 150 homes, according to the county.")]
    (conflict,) = find_conflicts(damaged)
    assert conflict.quantity == "homes damaged"
    mixed = [_art("a", "The fire destroyed 40 homes, officials said on Tuesday."),
             _art("b", "The fire damaged 90 homes, officials said on Tuesday.")]
    assert find_conflicts(mixed) == []


@pytest.mark.parametrize(("text", "figures"), [
    ("One person was killed when the bus overturned.", [("One person", 1)]),
    ("The crash killed one person and hurt two others.", [("one person", 1), ("two others", 2)]),
    ("One passenger died at the scene.", [("One passenger", 1)]),
    ("One person familiar with the talks said no deal was near.", []),
    ("One officer said the road was closed.", []),
    ("One day the bridge will be rebuilt.", []),
])
def test_one_is_a_figure_only_as_a_casualty(text, figures):
    assert [(f.text, f.value) for f in extract_figures(text)] == figures


def test_a_toll_of_one_against_two_is_a_conflict_labelled_once():
    story = [_art("a", "One person was killed when the bus overturned on Route 9, police said."),
             _art("b", "Two people were killed when the bus overturned on Route 9 on Monday.")]
    (conflict,) = find_conflicts(story)
    assert conflict.quantity == "people killed"
    assert [v.display for v in conflict.values] == ["1", "2"]
