"""Helpers for the conflict-round tests: an invented article, the conflicts of two texts,
and each figure's quantity key. No tests of its own."""

from __future__ import annotations

from reader.analysis.conflicts import find_conflicts
from reader.analysis.figure_uses import figure_uses
from reader.analysis.figures import extract_figures
from reader.analysis.quantities import quantity_key
from reader.library.model import Article
from reader.text.tokens import word_count


def art(id_: str, body: str) -> Article:
    """An article dated 2026-04-14 (so "last year" has a year)."""
    return Article(id=id_, body=body, title=id_, words=word_count(body), published="2026-04-14")


def conflicts_of(a: str, b: str) -> list[list[float]]:
    """The values of each conflict between two texts, sorted."""
    return [sorted(v.value for v in c.values) for c in find_conflicts([art("a", a), art("b", b)])]


def keys_of(body: str) -> dict[str, tuple | None]:
    """Each figure's text → its quantity key."""
    uses, keys = figure_uses([art("a", body)], None)
    return {u.figure.text: k for u, k in zip(uses, keys, strict=True)}


def dated_found(*bodies: str) -> list[tuple[str, list[str]]]:
    """Each conflict of ``bodies`` as articles dated 2026-04-14 (:func:`art`): its label and its values as shown."""
    return [(c.quantity, [v.display for v in c.values])
            for c in find_conflicts([art(f"d{n}", body) for n, body in enumerate(bodies)])]


def undated(id_: str, body: str) -> Article:
    """An article with no date."""
    return Article(id=id_, body=body, title=id_, words=word_count(body))


def found(*bodies: str) -> list[tuple[str, list[str]]]:
    """Each conflict of undated articles of ``bodies`` as its label and its values as shown."""
    conflicts = find_conflicts([undated(f"s{n}", body) for n, body in enumerate(bodies)])
    return [(c.quantity, [v.display for v in c.values]) for c in conflicts]


def keys_in(*bodies: str) -> dict[str, tuple | None]:
    """Each figure's text → its quantity key, the bodies read as one story of undated articles."""
    uses, keys = figure_uses([undated(f"a{n}", body) for n, body in enumerate(bodies)], None)
    return {u.figure.text: k for u, k in zip(uses, keys, strict=True)}


def conflict_sets(*bodies: str) -> list[set[float]]:
    """The values of each conflict of a story of undated articles, one set a conflict."""
    arts = [undated(f"a{n}", body) for n, body in enumerate(bodies)]
    return [{float(v.value) for v in c.values} for c in find_conflicts(arts)]


def value_sets(conflicts: list) -> list[set[float]]:
    """The values of each of ``conflicts``, one set a conflict."""
    return [{float(v.value) for v in c.values} for c in conflicts]


def undated_keys(*bodies: str) -> list[tuple[str, object]]:
    """Each figure's text and quantity key, over undated articles of ``bodies``."""
    uses, keys = figure_uses([undated(f"a{n}", b) for n, b in enumerate(bodies)], None)
    return [(u.figure.text, k) for u, k in zip(uses, keys, strict=True)]


def sorted_values(conflicts: list) -> list[list[float]]:
    """The values of each of ``conflicts``, sorted, one list a conflict."""
    return [sorted(v.value for v in c.values) for c in conflicts]


def story_values(story: list[Article]) -> list[set[float]]:
    """The values of each conflict of ``story``, one set a conflict."""
    return value_sets(find_conflicts(story))


def quantity_keys(text: str) -> list[tuple[float, tuple[str, str | None] | None]]:
    """Each figure's value and its quantity key as :func:`reader.analysis.quantities.quantity_key`
    reads it alone (no story)."""
    out, before = [], 0
    for f in extract_figures(text):
        out.append((float(f.value), quantity_key(text, f, before)))
        before = f.end
    return out
