"""The probe scorer (benchmarks/probe_eval.py) on hand-made reader output: a conflict is
found only where both truth figures sit in different values, others are spurious or traps."""

from __future__ import annotations

from typing import Any

from benchmarks.probe_eval import score_story


def _figure(article: str, sentence: str, text: str) -> dict[str, Any]:
    at = sentence.index(text)
    return {"article": article, "sentence": sentence, "sentence_start": 100, "start": 100 + at,
            "end": 100 + at + len(text), "text": text}


A = "About 300 workers were told to leave the plant."
B = "Officials said 420 employees were evacuated."
C = "The plant has 900 workers on two shifts."
D = "It employs 1,100 people, the company said."


def _story(*conflicts: list[dict[str, Any]]) -> dict[str, Any]:
    return {"conflicts": [{"quantity": "workers", "values": [
        {"stated": str(i), "articles": [f["article"]], "figures": [f]} for i, f in enumerate(values)]}
        for values in conflicts],
        "provenance": {"links": [{"copy": "blog", "source": "courier", "directed": True},
                                 {"copy": "tv", "source": "wire", "directed": True}]},
        "quotes": [{"text": "We got everyone out of the building in minutes", "speaker": "Maria Lopez",
                    "occurrences": [{"article": "courier"}]},
                   {"text": "Nobody was hurt and that is what matters", "speaker": None,
                    "occurrences": [{"article": "tv"}]}]}


TRUTH = {"conflicts": [{"what": "evacuated", "a": "courier", "a_figure": "About 300",
                        "a_snippet": "About 300 workers were told", "b": "tv", "b_figure": "420",
                        "b_snippet": "420 employees were evacuated"}],
         "traps": [{"what": "staff", "a": "courier", "a_snippet": "has 900 workers", "b": "tv",
                    "b_snippet": "employs 1,100 people"}],
         "copies": [{"copy": "blog", "source": "courier"}],
         "speakers": [{"article": "courier", "quote_snippet": "got everyone out of the building",
                       "speaker": "Maria Lopez"},
                      {"article": "tv", "quote_snippet": "nobody was hurt and that", "speaker": "Tom Reyes"}]}


def test_found_conflict_trap_copies_and_speakers() -> None:
    story = _story([_figure("courier", A, "About 300"), _figure("tv", B, "420")],
                   [_figure("courier", C, "900"), _figure("tv", D, "1,100")])
    counts, details = score_story(story, TRUTH)
    assert counts["conflicts"] == 1
    assert (counts["spurious"], counts["traps"]) == (1, 1)
    assert (counts["copies"], counts["false copies"]) == (1, 1)
    assert (counts["speakers right"], counts["wrong"], counts["none"]) == (1, 0, 1)
    assert any("false copy claim: tv draws on wire" in line for line in details)


def test_a_figure_elsewhere_in_the_sentence_is_not_the_truth_figure() -> None:
    sentence = "About 300 workers were told to leave, and 12 stayed."
    story = _story([_figure("courier", sentence, "12"), _figure("tv", B, "420")])
    truth = {**TRUTH, "conflicts": [{**TRUTH["conflicts"][0], "a_snippet": "About 300 workers were told to leave"}]}
    counts, _ = score_story(story, truth)
    assert (counts["conflicts"], counts["spurious"]) == (0, 1)
