"""A running count told as of two different times ("by Tuesday evening" / "By early
Wednesday") is two stages of one progress, not a conflict; told as of the same time, or of
none, it is compared as before. Every text here is made up for the tests."""

from __future__ import annotations

import pytest
from test_conflicts_support import conflict_sets as _conflicts

from reader.analysis.as_of_times import as_of


@pytest.mark.parametrize(("sentence", "when"), [
    ("Crews had cleared about 25 feet of the fall by Tuesday evening.", "tuesday evening"),
    ("By early Wednesday, crews had cleared about 45 feet.", "early wednesday"),
    ("As of noon Friday, 312 people had registered.", "noon friday"),
    ("By Oct. 3, 40 cases had been confirmed.", "oct. 3"),
    ("Crews had cleared about 25 feet of the fall.", None),
    ("By Monday 12 had been found, and by Tuesday 20.", None),
])
def test_the_time_a_count_is_told_as_of(sentence: str, when: str | None) -> None:
    assert as_of(sentence) == when


def test_a_clock_time_is_not_told_as_of_itself() -> None:
    sentence = "The fire was under control by 3 p.m., the chief said."
    start = sentence.index("3 p.m.")
    assert as_of(sentence, (start, start + len("3 p.m."))) is None


def test_two_stages_of_one_progress_are_no_conflict() -> None:
    assert _conflicts("Rescuers had cleared about 25 feet of the fall by Tuesday evening, officials said.",
                      "By early Wednesday, crews had cleared about 45 feet of the fall, officials said.") == []
    assert _conflicts("As of noon Friday, 312 people had registered for aid.",
                      "By Friday afternoon, 350 people had registered for aid.") == []


def test_one_stage_told_two_ways_still_conflicts() -> None:
    assert {25, 45} in _conflicts("Rescuers had cleared about 25 feet of the fall by Tuesday evening, officials said.",
                                  "Crews had cleared about 45 feet of the fall by Tuesday evening, officials said.")


def test_an_update_of_one_wire_sentence_is_still_shown() -> None:
    """Two versions of one sentence, the number and its time updated ("As of 3 p.m., 23" →
    "By 9 p.m., 41"), are an update the sources' shared text shows (aligned text), not two
    stages told in their own words."""
    from reader.analysis.story import analyse_story
    from reader.library.model import Article
    from reader.text.tokens import word_count
    lead = ("Nurses at Corvale General Hospital walked off the job on Monday after talks over staffing broke down, "
            "and the hospital diverted ambulances to other sites in the county. ")
    tail = (" The union said its members would stay out as long as it takes to win limits on patients per nurse. "
            "Hospital officials said they had hired replacement nurses, paid for by the hospital's reserves.")
    bodies = {"early": lead + "As of 3 p.m., 23 patients had been moved to other hospitals in the "
                              "region, a hospital spokeswoman said." + tail,
              "later": lead + "By 9 p.m., 41 patients had been moved to other hospitals in the "
                              "region, a hospital spokeswoman said." + tail}
    story = analyse_story([Article(id=k, body=b, title=k, words=word_count(b)) for k, b in bodies.items()])
    assert [{v.value for v in c.values} for c in story.conflicts] == [{23, 41}]
