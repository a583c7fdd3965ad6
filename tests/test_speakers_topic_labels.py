"""A headline that opens with a topic, a name and a noun before a colon (``Ashby Cross
crash: ‘…’``, ``Harlow Mills closure: ‘…’``), gives the quote no speaker: the name is the
topic's, not a speaker's. A name and a verb before the colon (``Lee warns: ‘…’``) still
speaks. All texts invented."""

from __future__ import annotations

import pytest

from reader.analysis.quotes import extract_quotes


def _speakers(text: str) -> dict[str, str | None]:
    return {q.text.strip(" ,."): q.speaker for q in extract_quotes(text)}


_BODY = ("Two trains collided near the Ashby Cross junction on Tuesday, and Harlow Mills closed its doors.\n\n"
         "“The carriage just folded in front of me,” said Rosalind Achterberg, 29, a nurse.\n")


@pytest.mark.parametrize("topic", ["Ashby Cross crash", "Harlow Mills closure", "Ashby Cross derailment",
                                   "Harlow Mills fire"])
def test_a_topic_label_names_no_speaker(topic: str) -> None:
    text = f"{topic}: ‘the carriage just folded’\n\nBy Ann Pell\n\n{_BODY}"
    speakers = _speakers(text)
    assert speakers["the carriage just folded"] is None
    assert speakers["The carriage just folded in front of me"] == "Rosalind Achterberg"


@pytest.mark.parametrize("verb", ["warns", "responds", "answered", "says"])
def test_a_name_and_a_verb_before_the_colon_speaks(verb: str) -> None:
    text = (f"Mayor Dana Whitcombe {verb}: ‘the junction is not safe’\n\n"
            "Mayor Dana Whitcombe spoke after two trains collided near the junction on Tuesday.\n")
    assert _speakers(text)["the junction is not safe"] == "Dana Whitcombe"
