"""Lines only one source has, decided with the alignment's word diff: a sentence a copy
adds inside the copied text is its own, a sentence it keeps, edits lightly, moves or
repeats is carried (reader.analysis.unique_lines)."""

from __future__ import annotations

from reader.analysis.story import analyse_story
from reader.library.model import Article

P1 = ("A grain silo collapsed at the Harwick co-operative on Thursday afternoon, trapping two workers "
      "under a mound of wheat for more than three hours.")
P2 = ("Firefighters from four towns dug through the night with shovels and a borrowed vacuum truck "
      "while relatives waited behind a line of tractors.")
P3 = ("The co-operative said the silo had been inspected in March and that it would pay for the "
      "workers' treatment at the regional hospital in Tollby.")
LOCAL = "Both men are from the village of Marsh End."


def _lines(a: str, b: str, tmp_path, monkeypatch) -> list[str]:
    monkeypatch.setenv("READER_CACHE_DIR", str(tmp_path))
    story = analyse_story([Article(id="wire", body=a, title="Silo"), Article(id="local", body=b, title="Silo")])
    return [b[s:e] for s, e in story.unique_lines["local"]]


def test_a_sentence_added_inside_copied_text_is_a_line_of_its_own(tmp_path, monkeypatch):
    wire = f"{P1} {P2}\n\n{P3}\n"
    local = f"{P1} {LOCAL} {P2}\n\n{P3}\n"
    assert _lines(wire, local, tmp_path, monkeypatch) == [LOCAL]


def test_kept_edited_and_moved_sentences_are_carried(tmp_path, monkeypatch):
    wire = f"{P1}\n\n{P2}\n\n{P3}\n"
    edited = P1.replace("Thursday afternoon", "Thursday").replace("two workers", "two farm workers")
    moved = f"{edited}\n\n{P3}\n\n{P2}\n"
    assert _lines(wire, moved, tmp_path, monkeypatch) == []
