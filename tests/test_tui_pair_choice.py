"""PairChoice (the comparison screen's part that chooses the pair), without a terminal:
what each key does to the state's pair, what it asks to be shown, and its warnings."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from reader.library.model import Article
from reader.tui.screens.pair_choice import PairChoice
from reader.tui.state import PairState


def _choice(n: int, a: int | None = 0, b: int | None = 1) -> tuple[PairChoice, PairState, list[dict]]:
    articles = [Article(id=f"art-{i}", body=f"Body {i}.", title=f"Title {i}") for i in range(n)]
    state = PairState(a=a, b=b)
    shown: list[dict] = []
    return PairChoice(state, articles, lambda **changed: shown.append(changed)), state, shown


def test_opening_in_a_pane_changes_that_pane_only():
    choice, state, shown = _choice(4)
    assert choice.open(2, "b") is None
    assert (state.a, state.b) == (0, 2) and shown == [{"a_changed": False}]
    assert choice.open(3, "a") is None
    assert (state.a, state.b) == (3, 2) and shown[-1] == {"b_changed": False, "new_a": True}


def test_opening_what_a_pane_shows_changes_nothing_and_past_the_library_nothing_either():
    choice, state, shown = _choice(3)
    assert choice.open(0, "a") is None and choice.open(7, "b") is None
    assert (state.a, state.b) == (0, 1) and shown == []


def test_opening_the_other_panes_article_swaps_them():
    choice, state, shown = _choice(3)
    assert choice.open(1, "a") is None
    assert (state.a, state.b) == (1, 0) and shown == [{"new_a": True}]


def test_swapping_needs_an_article_in_each_pane():
    choice, state, shown = _choice(3, b=None)
    assert choice.swap() == "Swapping needs an article in each pane."
    assert choice.open(0, "b") == "Swapping needs an article in each pane."  # (A's article: a swap)
    assert (state.a, state.b) == (0, None) and shown == []


def test_stepping_the_source_needs_another_article():
    choice, state, shown = _choice(1, b=None)
    assert choice.step_source(1) == "There is no other article to compare with."
    assert shown == [] and state.b is None


@given(st.integers(2, 9), st.data())
def test_stepping_the_source_visits_every_other_article_and_never_a(n: int, data: st.DataObject) -> None:
    a = data.draw(st.integers(0, n - 1))
    b = data.draw(st.one_of(st.none(), st.integers(0, n - 1).filter(lambda i: i != a)))
    step = data.draw(st.sampled_from([1, -1]))
    choice, state, shown = _choice(n, a, b)
    seen = []
    for _ in range(n - 1):
        assert choice.step_source(step) is None
        seen.append(state.b)
    assert state.a == a and a not in seen
    assert sorted(seen) == sorted(set(range(n)) - {a})
    assert shown == [{"a_changed": False}] * (n - 1)


def test_the_partner_the_survey_found_goes_in_pane_b():
    choice, state, shown = _choice(3, b=None)
    choice.partner_found(2)
    assert (state.a, state.b) == (0, 2) and shown == [{"a_changed": False}]
