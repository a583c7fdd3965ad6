"""Entity extraction for the entity tests: each surface form a text names, with its type.
No tests of its own."""

from __future__ import annotations

from reader.analysis.entities import extract_entities


def types(text: str) -> dict[str, str]:
    """Surface form → type, for people, organisations and places."""
    out = {}
    for e in extract_entities(text):
        if e.type in ("person", "organization", "place"):
            for alias in e.aliases:
                out[alias] = e.type
    return out
