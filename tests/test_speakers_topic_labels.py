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


@pytest.mark.parametrize("topic", ["Tarnmoor Valley fish kill", "Ashby Cross crash", "Harlow Mills pay deal",
                                   "Dorian Kestle fire", "Lake Orrin algae"])
@pytest.mark.parametrize("tail", ["", ", say anglers", ", residents say"])
def test_a_topic_before_the_quote_with_no_colon_names_no_speaker(topic: str, tail: str) -> None:
    """A headline in sentence case: a name, a noun or two and the quote, no verb: the
    name is the topic's (``Tarnmoor Valley fish kill ‘far worse than thought’``)."""
    text = f"{topic} ‘far worse than anyone thought’{tail}\n\nBy Ann Pell\n\n{_BODY}"
    speakers = _speakers(text)
    assert speakers["far worse than anyone thought"] is None
    assert speakers["The carriage just folded in front of me"] == "Rosalind Achterberg"


@pytest.mark.parametrize("clause", ["Dana Whitcombe slams ‘reckless’ plan", "Dana Whitcombe will call it ‘reckless’",
                                    "Dana Whitcombe blasted the plan as ‘reckless’.",
                                    "Dana Whitcombe praised the ‘reckless’ crew.",
                                    "Dana Whitcombe fears ‘reckless’ cuts"])
def test_a_name_with_a_verb_before_the_quote_still_speaks(clause: str) -> None:
    text = f"{clause}\n\nMayor Dana Whitcombe spoke after two trains collided near the junction on Tuesday.\n"
    assert _speakers(text)["reckless"] == "Dana Whitcombe"


@pytest.mark.parametrize("place", ["Lake Orrin", "Mount Kestle", "Fort Aldane", "Cape Worrel"])
def test_a_place_opening_with_a_place_word_is_no_speaker(place: str) -> None:
    """A name opening with a place word is a place, never a speaker (the words after it
    hold a verb here, so only the name decides)."""
    text = f"{place} rockfall closes ‘vital’ road\n\nBy Ann Pell\n\n{_BODY}"
    assert _speakers(text)["vital"] is None
