"""What a pane marks: a sentence the other article has elsewhere is marked moved, not
removed or added (texts made up for these tests)."""

from __future__ import annotations

from test_tui_support import make_app, settle

from reader.engine.compare import compare_texts
from reader.library.model import Article
from reader.text.tokens import word_count
from reader.tui.marks import side_marks

SENTENCES = [
    "The county board met on Monday evening to weigh a new budget for the public library system.",
    "Members argued for two hours over the cost of keeping branches open on Sundays during the summer.",
    "A retired teacher told the board that the library was the only quiet place her grandchildren could study.",
    "The board voted five to two to keep Sunday hours and to raise late fees by a quarter.",
    "Officials said the change would take effect at the start of next month across all branches.",
]
A = " ".join(SENTENCES)
B = " ".join([SENTENCES[0], SENTENCES[2], SENTENCES[1] + " Three people spoke.",
              SENTENCES[3].replace("five", "six"), SENTENCES[4]])


def _texts(body: str, spans: list[tuple[int, int]]) -> list[str]:
    return [body[s:e] for s, e in spans]


def test_a_moved_sentence_is_marked_moved_on_both_sides_and_edits_stay_changed():
    c = compare_texts(A, B)
    a, b = side_marks(c, "a"), side_marks(c, "b")
    moved_a, moved_b = _texts(A, a.moved), _texts(B, b.moved)
    assert len(moved_a) == len(moved_b) == 1 and moved_a == moved_b
    assert moved_a[0] in (SENTENCES[1], SENTENCES[2])
    assert _texts(B, b.changed) == ["Three people spoke.", "six"]
    assert _texts(A, a.changed) == ["five"]
    # no changed span reaches into a moved one
    for mine in (a, b):
        assert not any(s < me and ms < e for s, e in mine.changed for ms, me in mine.moved)


async def test_the_panes_draw_moved_words_in_their_own_style():
    arts = [Article(id=i, body=body, title=i, words=word_count(body)) for i, body in (("first", A), ("second", B))]
    app = make_app(arts)
    async with app.run_test(size=(160, 45)) as pilot:
        await settle(pilot)
        screen = app.main_screen
        for side in "ab":
            view = screen.view(side)
            assert view.marks is not None and view.marks.moved
            drawn = [style for row in range(len(view.rows)) for _s, _e, style in view._row_marks(row)]
            assert "moved" in drawn
            assert view._style("moved") != view._style("removed" if side == "a" else "added")
