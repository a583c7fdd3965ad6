"""A sentence the copy moved is marked as moved, not deleted and written again (like
git's ``--color-moved``). Every text here is made up for these tests; every test that
compares runs with ``reader._native`` (where built) and on the Python path."""

from __future__ import annotations

import json

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from reader.engine.compare import Comparison, compare_texts
from reader.engine.moves import MIN_MOVED_WORDS
from reader.engine.wordiff import DELETE, EQUAL, INSERT
from reader.library.model import Article
from reader.reports.compare_text import diff_markup, write_comparison

SENTENCES = [
    "The county board met on Monday evening to weigh a new budget for the public library system.",
    "Members argued for two hours over the cost of keeping branches open on Sundays during the summer.",
    "A retired teacher told the board that the library was the only quiet place her grandchildren could study.",
    "The board voted five to two to keep Sunday hours and to raise late fees by a quarter.",
    "Officials said the change would take effect at the start of next month across all branches.",
    "A spokesperson for the library union welcomed the vote but warned that staffing was still thin.",
    "Next year's budget talks are expected to begin in the spring, after an audit of the system.",
]


def _changed_words(c: Comparison, text: str, side: str) -> set[str]:
    """Words one side's diff marks as removed (a) or added (b), moved stretches left out."""
    out: set[str] = set()
    for p in c.passages:
        moved = [(m[0], m[1]) if side == "a" else (m[2], m[3]) for m in p.moved]
        pos = p.a_start if side == "a" else p.b_start
        mine = DELETE if side == "a" else INSERT
        for op, piece in p.diff:
            if op == mine:
                for k, ch in enumerate(piece):
                    if not ch.isspace() and not any(s <= pos + k < e for s, e in moved):
                        out.add(text[pos + k])
            if op in (EQUAL, mine):
                pos += len(piece)
    return out


def _moved_texts(c: Comparison, a: str, b: str) -> list[tuple[str, str]]:
    return [(a[m[0]:m[1]], b[m[2]:m[3]]) for p in c.passages for m in p.moved]


def test_a_moved_sentence_is_marked_moved_on_both_sides(code_path: str) -> None:
    a = " ".join(SENTENCES)
    b = " ".join([SENTENCES[0], SENTENCES[2], SENTENCES[1], *SENTENCES[3:]])
    c = compare_texts(a, b)
    moved = _moved_texts(c, a, b)
    assert len(moved) == 1
    assert moved[0][0] == moved[0][1]
    assert moved[0][0] in (SENTENCES[1], SENTENCES[2])
    assert _changed_words(c, a, "a") == set() and _changed_words(c, b, "b") == set()
    # the other way round: the same move, mirrored
    back = compare_texts(b, a)
    assert [(y, x) for x, y in _moved_texts(back, b, a)] == moved or _moved_texts(back, b, a) == moved


def test_a_move_and_an_edit_are_told_apart(code_path: str) -> None:
    a = " ".join(SENTENCES)
    b = " ".join([SENTENCES[0], SENTENCES[2], SENTENCES[1] + " Three people spoke.",
                  SENTENCES[3].replace("five", "six"), *SENTENCES[4:]])
    c = compare_texts(a, b)
    assert len(_moved_texts(c, a, b)) == 1
    assert {"s", "i", "x"} <= _changed_words(c, b, "b")            # "six" and "Three people spoke." stay added
    out = "".join(diff_markup(p.diff, False, _spans(p)) for p in c.passages)
    assert "[-five-]{+six+}" in out
    assert "{+Three people spoke.+}" in out
    assert out.count("{>") == 1 and out.count("[<") == 1


def _spans(p):  # the report's own helper, reached the way write_comparison reaches it
    from reader.reports.compare_text import _moved_spans

    return _moved_spans(p)


def test_json_and_text_report_name_the_move(code_path: str) -> None:
    a = " ".join(SENTENCES)
    b = " ".join([*SENTENCES[:2], SENTENCES[5], *SENTENCES[2:5], SENTENCES[6]])
    c = compare_texts(a, b)
    moves = [m for p in c.to_json()["passages"] for m in p["moved"]]
    assert len(moves) == 1 and set(moves[0]) == {"a_start", "a_end", "b_start", "b_end"}
    moved = a[moves[0]["a_start"]:moves[0]["a_end"]]
    assert moved == b[moves[0]["b_start"]:moves[0]["b_end"]]
    # the whole sentence, or all of it but a first word the diff kept in place ("A")
    assert SENTENCES[5].endswith(moved) and len(moved.split()) >= len(SENTENCES[5].split()) - 1
    json.dumps(c.to_json())

    class Out:
        text = ""

        def write(self, s: str) -> None:
            Out.text += s

    art = Article(id="a", body=a, title="A", words=len(a.split()))
    write_comparison(art, Article(id="b", body=b, title="B", words=len(b.split())), c, Out(), False)
    assert "Moved: A " in Out.text and "→ B " in Out.text


def test_short_repeats_are_not_moves(code_path: str) -> None:
    # four words recur by chance; a move needs MIN_MOVED_WORDS
    assert MIN_MOVED_WORDS == 5
    a = " ".join(SENTENCES[:4]) + " It was a long night for everyone in the hall."
    b = "It was a long day. " + " ".join(SENTENCES[:4])
    c = compare_texts(a, b)
    assert _moved_texts(c, a, b) == []


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture],
          derandomize=True)
@given(which=st.integers(0, len(SENTENCES) - 1), where=st.integers(0, len(SENTENCES) - 1))
def test_a_moved_sentence_marks_no_word_as_changed(code_path: str, which: int, where: int) -> None:
    """Property: B is A with one sentence moved elsewhere. Every word of B is kept or
    moved, never shown as added; every word of A in a passage is kept or moved."""
    order = [k for k in range(len(SENTENCES)) if k != which]
    order.insert(where, which)
    a = " ".join(SENTENCES)
    b = " ".join(SENTENCES[k] for k in order)
    c = compare_texts(a, b)
    assert _changed_words(c, b, "b") == set()
    assert _changed_words(c, a, "a") == set()
    assert len(_moved_texts(c, a, b)) <= 1


TRAIN_A = ("RIVERTON - A freight train running on a newly opened line left the rails near the old mill on Friday "
           "and spilled grain cars onto the county road below, injuring at least four people and blocking traffic "
           "for hours, officials said.\n\n"
           "Forty-two workers and three engineers were on board when the train derailed and pulled nine cars off "
           "the tracks. Two people were taken to the county hospital with broken bones, officials said.\n\n"
           "A tracking website that logs train positions showed the train was moving at 61 mph about half a mile "
           "from the point where it derailed, where the limit is much lower.")
TRAIN_B = ("RIVERTON - A freight train running on a newly opened line left the rails near the old mill on Friday "
           "and spilled grain cars onto the county road below, injuring at least four people and blocking traffic "
           "for hours, officials said.\n\n"
           "Questions quickly turned to the speed of the train. A tracking website that logs train positions "
           "showed the train was going 61 mph about half a mile from the point where it derailed, where the limit "
           "is much lower.\n\n"
           "There were 40 workers and two engineers when the train derailed and pulled nine cars off the tracks.")


def test_a_moved_clause_is_not_also_reported_as_a_repeat(code_path: str) -> None:
    """The copy moved a clause past the next paragraph: the passage marks it moved, and
    the stretch where B has it is not listed again as B "repeating" the passage (B has
    it once)."""
    for a, b in ((TRAIN_A, TRAIN_B), (TRAIN_B, TRAIN_A)):
        c = compare_texts(a, b)
        moved = [m for p in c.passages for m in p.moved]
        assert any(a[m[0]:m[1]].startswith("when the train derailed") for m in moved)
        for p in c.passages:
            for side, s, e in p.also_at:
                spans = [(m[2], m[3]) if side == "b" else (m[0], m[1]) for m in p.moved]
                assert not any(max(s, ms) < min(e, me) for ms, me in spans)
