"""Which words attribute a shared passage to a document, and how far from it they may be."""

from __future__ import annotations

import pytest

from reader.analysis.document_sources import document_attribution

PASSAGE = "The driver of the pickup was taken to Valley General Hospital."


@pytest.mark.parametrize(("before", "after", "found"), [
    ("According to a statement from the Harlow Police Department, ", "", "According to a statement"),
    ("", " police said in a news release.", "said in a news release"),
    ("The complaint alleges that ", "", "complaint alleges"),
    ("Court documents show that ", "", "Court documents show"),
    ("", " the sheriff wrote in a Facebook post.", "wrote in a Facebook post"),
    ("", " she said.", None),
    ("He told reporters that ", "", None),
])
def test_attributions_beside_a_passage(before: str, after: str, found: str | None) -> None:
    body = f"{before}{PASSAGE}{after}"
    start = len(before)
    assert document_attribution(body, start, start + len(PASSAGE)) == found


def test_a_document_named_in_another_paragraph_does_not_count() -> None:
    body = f"The city said in a statement it would review the road.\n\n{PASSAGE}\n\nNeighbors want a light."
    start = body.index(PASSAGE)
    assert document_attribution(body, start, start + len(PASSAGE)) is None


def test_an_attribution_inside_the_shared_text_does_not_count() -> None:
    # copied with the text it is part of, it says nothing of where the copy came from
    body = f"Intro.\n\nThe company said in a statement that {PASSAGE}\n\nMore."
    start = body.index("The company")
    end = body.index(PASSAGE) + len(PASSAGE)
    assert document_attribution(body, start, end) is None
