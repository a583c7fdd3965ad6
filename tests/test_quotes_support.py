"""Quote extraction for the quote tests, with the checks every quote must pass: each is an
exact slice of the body, and a quote has a speaker or a reason (among
``NO_SPEAKER_REASONS``) why it has none. No tests of its own."""

from __future__ import annotations

from types import SimpleNamespace

from reader.analysis.quotes import NO_SPEAKER_REASONS, Quote, extract_quotes


def quotes(body: str) -> list[Quote]:
    found = extract_quotes(SimpleNamespace(body=body))
    for q in found:
        assert body[q.start:q.end] == q.text
        assert (q.speaker is None) == (q.no_speaker is not None)
        assert q.no_speaker is None or q.no_speaker in NO_SPEAKER_REASONS
    return found


def said(body: str) -> list[tuple[str, str | None]]:
    """Each quote's text and speaker."""
    return [(q.text, q.speaker) for q in quotes(body)]
