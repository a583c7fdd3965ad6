"""The label lexicon's terms found in a text (:class:`Matchers`): every listed term, its
plurals too, by one pattern, and the lexicon's verdict on a label (the entry listing it, or
a listed phrase inside it).

Hand-written: the terms are the lexicon's (:mod:`reader.analysis.label_lexicon`), the scan
one regular expression over the lower-cased text, a stretch at a time so that a long
article is never lower-cased whole (memory).
"""

from __future__ import annotations

import re

from reader.analysis.label_lexicon import Lexicon, Mark, term_key


class Matchers:
    """The lexicon's terms as patterns (plurals too), and its verdict on a label."""

    def __init__(self, lexicon: Lexicon) -> None:
        self.terms = lexicon.terms()
        longest_first = sorted(self.terms.values(), key=lambda m: -len(m.term))
        alternatives = "|".join(r"\s+".join(re.escape(w.lower()) for w in m.term.split()) for m in longest_first)
        self.any_term = re.compile(r"(?<![\w-])(?:" + (alternatives or "(?!)") + r")(?:s|es)?(?![\w-])")

    def found(self, text: str, inner: bool = False) -> list[tuple[int, int, Mark]]:
        """Every listed term in ``text``: one scan of the lower-cased text (a case-blind
        pattern was ten times slower), or of the text itself, case-blind, when lower
        case changes its length. A long text is lower-cased and scanned a stretch at a
        time (:meth:`_stretches`), never whole: ``str.lower`` of a 5 MB article took
        60 MB for a moment, and its result 10 MB more."""
        spans = self._spans(text)
        out = []
        for start, end in spans:
            surface = text[start:end]
            mark = self.terms.get(term_key(surface)) or (None if inner else self.mark(surface))
            if mark is not None:
                out.append((start, end, mark))
        return out

    def _spans(self, text: str) -> list[tuple[int, int]]:
        spans: list[tuple[int, int]] = []
        for a, b in self._stretches(text):
            lower = text[a:b].lower()
            if len(lower) != b - a:  # (lower case changes a length: the whole text, case-blind)
                return [m.span() for m in re.compile(self.any_term.pattern, re.I).finditer(text)]
            spans += ((m.start() + a, m.end() + a) for m in self.any_term.finditer(lower))
        return spans

    def _stretches(self, text: str) -> list[tuple[int, int]]:
        """``text`` cut, about every ``_STRETCH`` characters, before a comma: no term
        holds one (else the text is not cut), so no match runs across it, and what
        either side needs around a match is the same as in the whole text (a comma is no
        word character, no hyphen, and ends the one context lower case reads, a final
        sigma's, being neither a letter nor a character that lower case looks through)."""
        if len(text) <= _STRETCH or "," in self.any_term.pattern:
            return [(0, len(text))]
        out = []
        start = 0
        while start < len(text):
            cut = text.find(",", start + _STRETCH)
            cut = len(text) if cut < 0 else cut
            out.append((start, cut))
            start = cut
        return out

    def mark(self, text: str) -> Mark | None:
        """The lexicon entry listing the label (itself, or a listed phrase inside it)."""
        found = self.terms.get(term_key(text))
        if found is not None:
            return found
        hits = [m for _, _, m in self.found(text, inner=True)]
        return max(hits, key=lambda m: len(m.term)) if hits else None


_STRETCH = 1 << 16
