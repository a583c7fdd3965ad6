"""A person's age told as the year they were born: "Kaminski, a retired school cafeteria manager who was
born in 1961" against "Kaminski, 67,".

An age is keyed by its owner (:func:`reader.analysis.ages.story_owners`); a birth year was a year of
no figure at all, so a source giving the year and another giving the age were never compared. Here
"born in 1961" (or "born in March 1961", "born March 3, 1961") is read as its owner's age in the
article's year: a range of two years, as a person born in 1961 is 64 or 65 in 2026 (their birthday may
be yet to come), keyed as that person's age. The owner is the last full name written before "born" in
its sentence, or a bare surname opening the sentence ("Kaminski, a retired …", "Pell was born in 1957")
read as the one person of that surname its article names in full (:func:`reader.analysis.ages.article_person`),
or else its story (a profile that names "Okafor" alone, in a story whose other reports name "President Helen
Okafor"); with neither
("She was born in 1961"), or in an article that gives the person's age already, or an undated article,
the year stays unread.

Hand-written: a subtraction, and the owner rules of :mod:`reader.analysis.ages`.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from reader.analysis.ages import AGE_KEY, FULL_NAME, article_person, as_age
from reader.analysis.article import AnalysedArticle, ArticleLike, sentences_of
from reader.analysis.figure_uses import FigureUse, Key, sentence_around
from reader.analysis.figures import Figure
from reader.analysis.other_events import reference_year

_MONTHS = r"(?:January|February|March|April|May|June|July|August|September|October|November|December)"
_BORN = re.compile(rf"\bborn\s+(?:in\s+)?(?:{_MONTHS}\s+(?:\d{{1,2}},\s+)?)?(?P<year>(?:19|20)\d\d)\b")
# a bare surname opening the sentence: "Kaminski, a retired …", "Pell was born in 1957", "Okafor, who was born"
_OPENING_SURNAME = re.compile(r"\s*(?P<surname>[A-Z][a-z'’-]+)(?:,|\s+(?:was|is)\s+born\b)")


def born_ages(articles: Sequence[ArticleLike | AnalysedArticle], uses: list[FigureUse],
              keys: list[Key]) -> tuple[list[FigureUse], list[Key]]:
    """``uses`` and ``keys`` with each birth year of a named person added as that person's age (module
    doc)."""
    aged = {(u.article, k[1]) for u, k in zip(uses, keys, strict=True) if k is not None and k[0] == AGE_KEY}
    out_uses, out_keys = list(uses), list(keys)
    bodies = [a.body for a in articles]
    for a in articles:
        now = reference_year("", a.published)
        if now is None or "born" not in a.body:
            continue
        spans = sentences_of(a)
        for s0, s1 in spans:
            for m in _BORN.finditer(a.body, s0, s1):
                owner = _owner(a.body, s0, m.start(), bodies)
                age = now - int(m["year"])
                if owner is None or (a.id, owner) in aged or not 0 < age <= 120:
                    continue
                f = as_age(Figure(start=m.start("year"), end=m.end("year"), text=m["year"],
                                  number_start=m.start("year"), number_end=m.end("year"), value=age - 1,
                                  qualifier=None, unit="year", counts=None, counts_inferred=False, modifies=None,
                                  sentence_start=s0, sentence_end=s1, high=age))
                out_uses.append(FigureUse(a.id, f, sentence_around(a.body, (s0, s1), (f.start, f.end))))
                out_keys.append((AGE_KEY, owner))
    return out_uses, out_keys


def _owner(body: str, s0: int, born: int, bodies: Sequence[str]) -> str | None:
    """Whose birth a "born" at ``born`` in the sentence starting at ``s0`` tells (module doc), case-folded;
    ``bodies``: the story's, where a surname the article never writes in full is named in full."""
    names = list(FULL_NAME.finditer(body, s0, born))
    if names:
        return f"{names[-1]['given']} {names[-1]['surname']}".casefold()
    opening = _OPENING_SURNAME.match(body, s0, born + len("born"))
    full = (article_person(body, opening["surname"]) or article_person(bodies, opening["surname"])) if opening else None
    return full.casefold() if full else None
