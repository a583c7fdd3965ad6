"""Lines only one source has: a sentence that tells two neighbouring sentences of another
source again as one (a rewrite's usual merge) is carried, not unique, when the two share a
figure; a sentence with the same topic words and figure but little else stays a line."""

from __future__ import annotations

from reader.analysis.story import analyse_story
from reader.library.model import Article

SOURCE = ("Flood waters closed the main road into Calder on Monday night. "
          "The 640-metre levee along the east bank had been raised by volunteers on Sunday. "
          "Sandbags were stacked by the side of the school while pumps ran at either end of town. "
          "Emergency crews evacuated two care homes before midnight.")

FUSED = ("The mayor thanked the volunteers at a meeting in the town hall on Tuesday. "
         "Crews had lifted the 640-metre levee on Sunday and piled sandbags beside the school. "
         "Shops along the high street stayed shut as the water rose.")

TOPIC_ONLY = ("The mayor thanked the volunteers at a meeting in the town hall on Tuesday. "
              "A 640-metre fence will be painted blue by pupils of the music academy next summer. "
              "Shops along the high street stayed shut as the water rose.")


def _lines(second: str, tmp_path, monkeypatch) -> list[str]:
    monkeypatch.setenv("READER_CACHE_DIR", str(tmp_path))
    story = analyse_story([Article(id="source", body=SOURCE + "\n", title="Flood"),
                           Article(id="second", body=second + "\n", title="Calder")])
    body = second + "\n"
    return [body[s:e] for s, e in story.unique_lines["second"]]


def test_a_sentence_fused_from_two_of_another_source_is_not_unique(tmp_path, monkeypatch):
    lines = _lines(FUSED, tmp_path, monkeypatch)
    assert not any("640-metre" in line for line in lines)
    assert any(line.startswith("The mayor thanked") for line in lines)
    assert any(line.startswith("Shops along") for line in lines)


def test_a_shared_figure_alone_does_not_make_a_line_carried(tmp_path, monkeypatch):
    lines = _lines(TOPIC_ONLY, tmp_path, monkeypatch)
    assert any("640-metre fence" in line for line in lines)


def test_a_fused_sentence_of_another_year_stays_a_line(tmp_path, monkeypatch):
    told = ("The mayor thanked the volunteers at a meeting in the town hall on Tuesday. "
            "{}the 640-metre levee by the school gave way after the pumps failed at either end of town. "
            "Shops along the high street stayed shut as the water rose.")
    past = _lines(told.format("In 2019, "), tmp_path / "past", monkeypatch)
    assert any(line.startswith("In 2019") for line in past)
    now = _lines(told.format("On Sunday "), tmp_path / "now", monkeypatch)
    assert not any("640-metre" in line for line in now)
