"""Template copy: two reports that share a sentence frame but are about different subjects.

An agency writes many stories from one frame: each town's election ("Raman took 48.6 per
cent of the vote, according to unofficial results" / "McCabe took 61.3 per cent of the
vote, according to unofficial results"), each fire, each quarter's results. The aligner
finds the frame as an edited passage, which would make the two reports "versions of one
story", their numbers "conflicts" and their own sentences "shared".

Two articles are a *template* pair when they have few names in common (under
``FEW_COMMON`` of the smaller article's names: :func:`reader.analysis.name_clash.names_inside`)
and a passage's edits substitute names on both sides — the text of A it drops (or the
words of its sentence just before it) names something B never names, and the text B puts
in its place names something A never names, each side's names one its article writes
twice or more (what it is about). A write-through that quotes a new official
("said Fire Chief Dave Downey" → "said Police Director Ana Ruiz"), or a blog rewording a
wire story ("Oslo-based" → "Norway-based"), shares most of its names with the other text
and stays a version. Pairs whose passages include a template
are :func:`template_pairs`: the story treats them as two events.

Hand-written: set comparisons over the passages' changed words.
"""

from __future__ import annotations

import re
from collections.abc import Container, Sequence
from dataclasses import dataclass

from reader.analysis.article import ArticleLike
from reader.analysis.name_clash import ArticleNames, names_in, opens_sentence
from reader.engine.compare import Comparison, Passage
from reader.engine.wordiff import DELETE, EQUAL, INSERT

FEW_COMMON = 0.5


@dataclass(frozen=True)
class Template:
    """Two articles told from one frame about two events: ``a`` and ``b`` (ids), and the
    names, as written, that ``a``'s shared sentences give where ``b``'s give others."""

    a: str
    b: str
    a_names: tuple[str, ...]
    b_names: tuple[str, ...]

    @property
    def reason(self) -> str:
        return (f"share a sentence frame, not a story: where {self.a} names {', '.join(self.a_names)}, "
                f"{self.b} names {', '.join(self.b_names)}. Not linked; their figures are not compared")

    def to_json(self) -> dict:
        return {"a": self.a, "b": self.b, "a_names": list(self.a_names), "b_names": list(self.b_names),
                "reason": self.reason}


def template_pairs(articles: Sequence[ArticleLike], comparisons: dict[tuple[int, int], Comparison],
                   names: ArticleNames | None = None) -> dict[tuple[int, int], Template]:
    """The aligned pairs (i, j) of ``articles`` that are two events told from one frame
    (``names``: the articles' names by id, read once, when the caller has them already)."""
    out: dict[tuple[int, int], Template] = {}
    bodies = [a.body for a in articles]
    ids = [a.id for a in articles]
    names = names if names is not None else ArticleNames(dict(zip(ids, bodies, strict=True)))
    for (i, j), comp in comparisons.items():
        if not any(p.kind != "verbatim" for p in comp.passages):
            continue
        lower = names.either(ids[i], ids[j])
        # (names_inside over both texts' words)
        names_a, names_b = names.inside(ids[i]) - lower.b, names.inside(ids[j]) - lower.a
        if len(names_a & names_b) >= FEW_COMMON * min(len(names_a), len(names_b)):
            continue            # (a rewording or a write-through: the same people and places)
        swaps = [s for p in comp.passages for s in _swaps(p, lower, names_a, names_b)
                 + _lead_swap(p, (bodies[i], bodies[j]), lower, (names_a, names_b))
                 if _topical(bodies[i], s[0]) and _topical(bodies[j], s[1])]
        if swaps:
            out[(i, j)] = Template(ids[i], ids[j],
                                   _written(bodies[i], {w for s in swaps for w in s[0]}),
                                   _written(bodies[j], {w for s in swaps for w in s[1]}))
    return out


def _topical(body: str, names: frozenset[str]) -> bool:
    """Whether one of ``names`` is what the article is about: written at least twice
    ("Raman" of the Kitchener report; not the "British" of "a major British study")."""
    return any(len(re.findall(rf"(?<![\w’'-]){re.escape(w)}(?![\w’'-])", body, re.IGNORECASE)) >= 2
               for w in names)


def _written(body: str, names: set[str]) -> tuple[str, ...]:
    """``names`` (lower-cased) as ``body`` first writes them, in its order; those it writes
    only opening a sentence ("Municipal elections were held") are left out when others are not."""
    found: dict[str, tuple[int, bool]] = {}
    for name in names:
        places = list(re.finditer(rf"(?<![\w’'-]){re.escape(name)}(?![\w’'-])", body, re.IGNORECASE))
        if places:
            inside = any(not opens_sentence(body, m.start()) for m in places)
            found[places[0].group(0)] = (places[0].start(), inside)
    kept = [w for w, (_, inside) in found.items() if inside] or list(found)
    return tuple(sorted(kept, key=lambda w: found[w][0]))


def _lead_swap(p: Passage, bodies: tuple[str, str], lower: Container[str],
               names: tuple[frozenset[str], frozenset[str]]) -> list[tuple[frozenset[str], frozenset[str]]]:
    """The words of each side's sentence before the passage starts, when they swap names:
    the frame's subject often opens the sentence just before the shared words ("Raman |
    took 48.6 per cent" / "McCabe | took 61.3 per cent")."""
    a_only = (names_in(_lead(bodies[0], p.a_start), lower) & names[0]) - names[1]
    b_only = (names_in(_lead(bodies[1], p.b_start), lower) & names[1]) - names[0]
    return [(a_only, b_only)] if a_only and b_only else []


def _lead(body: str, start: int) -> str:
    """The text of ``start``'s sentence before it (at most ``LEAD_CHARS``)."""
    lo = max(0, start - LEAD_CHARS)
    cut = max(body.rfind(". ", lo, start), body.rfind("\n", lo, start), body.rfind("— ", lo, start))
    return body[cut + 1 if cut >= 0 else lo:start]


LEAD_CHARS = 80


def _swaps(p: Passage, lower: Container[str], names_a: frozenset[str],
           names_b: frozenset[str]) -> list[tuple[frozenset[str], frozenset[str]]]:
    """Each changed run of ``p`` whose A side names what B never names and whose B side
    names what A never names."""
    out = []
    dropped: list[str] = []
    added: list[str] = []
    for op, text in [*p.diff, (EQUAL, "")]:
        if op == DELETE:
            dropped.append(text)
        elif op == INSERT:
            added.append(text)
        elif dropped or added:
            a_only = (names_in(" ".join(dropped), lower) & names_a) - names_b
            b_only = (names_in(" ".join(added), lower) & names_b) - names_a
            if a_only and b_only:
                out.append((a_only, b_only))
            dropped, added = [], []
    return out
