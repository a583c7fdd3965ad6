"""The comparison screen's state (reader.tui.state): plain Python, no Textual."""

from __future__ import annotations

from reader.engine.compare import compare_texts
from reader.tui.state import PairState, other

TEXT = ("The court ruled on Friday that the agency had acted unlawfully when it agreed to share the "
        "records of thousands of taxpayers with another department of the government.")


def test_other_side():
    assert other("a") == "b" and other("b") == "a"


def test_a_new_pair_forgets_what_was_known_of_the_last():
    state = PairState(a=0, b=1)
    state.compared(compare_texts(TEXT, TEXT))
    state.passage = 0
    state.new_pair()
    assert (state.comparison, state.failed, state.passage) == (None, "", -1)
    assert (state.a, state.b) == (0, 1)  # which articles is the screen's to change


def test_status_line_text():
    state = PairState(a=0, b=1)
    assert state.summary() == "" and state.status() == "sync on"
    state.failed = "ValueError: boom"
    assert state.summary() == "Could not compare A and B."
    comparison = compare_texts(TEXT, TEXT + " More words follow here.")
    state.compared(comparison)
    assert state.failed == "" and state.summary() == comparison.summary("A", "B")
    n = len(comparison.passages)
    assert n >= 1
    assert state.status() == f"] walks {n} passage{'s' if n != 1 else ''} · sync on"
    state.passage, state.sync = 0, False
    assert state.status(loading=1200) == f"passage 1/{n} · sync off · loading… 1,200 articles"


def test_index_of_a_side():
    state = PairState(a=3, b=None)
    assert state.index("a") == 3 and state.index("b") is None


def test_status_says_when_the_passage_reached_is_a_quotation_both_carry():
    from reader.analysis.quoted_passages import compare_bodies

    said = ("“The bridge will reopen before the harvest, whatever the inspectors find next week,” "
            "Commissioner Ruth Adebayo said.")
    state = PairState(a=0, b=1)
    state.compared(compare_bodies(f"Traffic backed up for miles. {said}", f"Farmers are worried. {said}"))
    state.passage = 0
    assert state.status().startswith("passage 1/1 (a quotation) · ")
    state.compared(compare_texts(TEXT, TEXT))
    state.passage = 0
    assert "(a quotation)" not in state.status()
