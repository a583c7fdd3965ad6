"""Changes of case alone are marked as such: ``case_changes`` in a passage's JSON and
``{~The→the~}`` in ``reader compare --text``. The diff's ops stay as they were (a
removal and an addition), so every consumer of ``diff`` reads it as before."""

from __future__ import annotations

import json

from reader.engine.change_kinds import case_changes
from reader.engine.compare import compare_texts
from reader.engine.wordiff import DELETE, EQUAL, INSERT
from reader.reports.compare_text import diff_markup

A = "The quick brown fox jumps over the lazy dog and then the Cat runs away from it fast."
B = "The quick brown fox jumps over the lazy dog and then the cat runs away from it really fast."



def test_a_case_change_is_marked(code_path: str) -> None:
    (p,) = compare_texts(A, B).passages
    data = json.loads(json.dumps(p.to_json()))
    (k,) = data["case_changes"]
    assert data["diff"][k] == [DELETE, "Cat"] and data["diff"][k + 1] == [INSERT, "cat"]
    assert "{~Cat→cat~}" in diff_markup(p.diff, colour=False)
    assert "{+really+}" in diff_markup(p.diff, colour=False)


def test_mirrored_marks_the_same_change(code_path: str) -> None:
    (p,) = compare_texts(B, A).passages
    (k,) = p.to_json()["case_changes"]
    assert p.diff[k] == (DELETE, "cat") and p.diff[k + 1] == (INSERT, "Cat")
    assert "{~cat→Cat~}" in diff_markup(p.diff, colour=False)


def test_only_changes_of_case_alone() -> None:
    diff = [(EQUAL, "a "), (DELETE, "The big"), (INSERT, "the large"), (EQUAL, " b "), (DELETE, "X"), (INSERT, "x"),
            (EQUAL, " c "), (DELETE, "“Y”"), (INSERT, "\"y\""), (INSERT, "Z")]
    assert case_changes(diff) == [4, 7]  # a change of quote style as well as case is still one of case
    assert case_changes([]) == [] == case_changes([(DELETE, "A")])
