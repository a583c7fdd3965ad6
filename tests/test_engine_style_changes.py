"""A copy that differs only in typography (curly against straight quotes and
apostrophes, dash styles, a hyphen against a space, Unicode forms) is word for word the
same: no pane, report or ``--text`` output marks a change there, while the JSON diff
still rebuilds both texts exactly. Case alone is marked as a case change, on both panes.
(Texts made up for these tests.)"""

from __future__ import annotations

import json

from hypothesis import given, settings
from hypothesis import strategies as st

from reader.engine.change_kinds import case_changes, style_changes, style_key, without_style_changes
from reader.engine.compare import compare_texts
from reader.engine.wordiff import DELETE, EQUAL, INSERT
from reader.reports.compare_text import diff_markup
from reader.tui.marks import side_marks

PLAIN = ('The mayor said "we will rebuild the bridge" on Tuesday, and the council\'s vote -- '
         "seven to two -- came a week later. The well-known engineer's report said the 2017-2018 "
         "repairs were done on time and that nobody's safety was at risk during the work.")
CURLY = ("The mayor said “we will rebuild the bridge” on Tuesday, and the council’s vote — "
         "seven to two — came a week later. The well known engineer’s report said the 2017–2018 "
         "repairs were done on time and that nobody’s safety was at risk during the work.")


def _no_marks(a: str, b: str) -> None:
    c = compare_texts(a, b)
    assert c.passages, "the two texts share their words"
    for p in c.passages:
        assert "".join(t for op, t in p.diff if op != INSERT) == p.a_text
        assert "".join(t for op, t in p.diff if op != DELETE) == p.b_text
        markup = diff_markup(p.diff, colour=False)
        assert "[-" not in markup and "{+" not in markup and "{~" not in markup
        for side in ("a", "b", "both"):
            assert all(op == EQUAL for op, _ in without_style_changes(p.diff, side))
    for side in "ab":
        marks = side_marks(c, side)
        assert marks.changed == [] and marks.cased == []


def test_typography_alone_is_not_marked(code_path: str) -> None:
    _no_marks(PLAIN, CURLY)
    _no_marks(CURLY, PLAIN)


def test_the_json_lists_style_changes_and_keeps_the_exact_texts(code_path: str) -> None:
    (p,) = compare_texts(PLAIN, CURLY).passages
    data = json.loads(json.dumps(p.to_json()))
    assert data["style_changes"] and not data["case_changes"]
    for k in data["style_changes"]:
        assert data["diff"][k][0] == DELETE and data["diff"][k + 1][0] == INSERT
        assert style_key(data["diff"][k][1]) == style_key(data["diff"][k + 1][1])


def test_a_real_edit_next_to_a_quote_style_change_stays_marked(code_path: str) -> None:
    edited = CURLY.replace("seven to two", "eight to one")
    c = compare_texts(PLAIN, edited)
    changed_a = [PLAIN[s:e] for s, e in side_marks(c, "a").changed]
    changed_b = [edited[s:e] for s, e in side_marks(c, "b").changed]
    assert changed_a == ["seven to two"] and changed_b == ["eight to one"]


def test_case_alone_is_marked_as_case_on_both_panes(code_path: str) -> None:
    lower = PLAIN.replace("The mayor", "the mayor")
    c = compare_texts(PLAIN, lower)
    a, b = side_marks(c, "a"), side_marks(c, "b")
    assert a.changed == [] == b.changed
    assert [PLAIN[s:e] for s, e in a.cased] == ["The"]
    assert [lower[s:e] for s, e in b.cased] == ["the"]


def test_style_and_case_keys() -> None:
    assert style_key("husband’s") == style_key("husband's")
    assert style_key("MIAMI -- Police") == style_key("MIAMI — Police") == style_key("MIAMI―Police")
    assert style_key("newly-installed") == style_key("newly installed")
    assert style_key("ﬁre") == style_key("fire")  # Unicode compatibility form
    assert style_key("a, b") != style_key("a b")  # punctuation other than quotes and dashes counts
    assert style_key("a — b") != style_key("a b")  # an em dash is a clause break, not a space
    assert style_key("every day") != style_key("everyday")  # two words made one is an edit
    assert style_key("a\n\nb ") == style_key("a b")  # white space alone is not
    diff = [(EQUAL, "x "), (DELETE, "“Yes”"), (INSERT, '"Yes"'), (EQUAL, " y "), (DELETE, "‘The"), (INSERT, "'the"),
            (EQUAL, " z "), (DELETE, "big"), (INSERT, "large")]
    assert style_changes(diff) == [1]
    assert case_changes(diff) == [4]


def _curly(text: str) -> str:
    """``text`` as a typesetter would print it: curly quotes (opening, then closing),
    curly apostrophes, and a space for each hyphen."""
    out, opening = [], True
    for ch in text:
        if ch == '"':
            out.append("“" if opening else "”")
            opening = not opening
        else:
            out.append({"'": "’", "-": " "}.get(ch, ch))
    return "".join(out)


@settings(max_examples=60, deadline=None)
@given(st.lists(st.sampled_from(["river", "town's", "the", "said", '"now"', "well-known", "council", "vote",
                                 "seven", "to", "two", "bridge", "mayor's", "report", "on", "Tuesday"]),
                min_size=12, max_size=40))
def test_any_text_against_its_curly_copy_has_no_marks(words: list[str]) -> None:
    plain = " ".join(words) + "."
    curly = _curly(plain)
    c = compare_texts(plain, curly)
    for p in c.passages:
        markup = diff_markup(p.diff, colour=False)
        assert "[-" not in markup and "{+" not in markup
    for side in "ab":
        assert side_marks(c, side).changed == []
