"""The candidate pairs of a story's figures that the learned pair model
(:mod:`reader.analysis.learned_pairs`) scores, and the numbers it reads of each pair.

A candidate is two figures of two articles (neither a place's population, a remainder, "the
other 18", a part or a whole, "five of the eight", a number in a name, "KBRF 9 News", nor a
vague amount), of one unit family (or one dimension: "90 minutes" and "two hours", "5 km" and
"3 miles"), whose values cannot both hold and lie within ``MAX_RATIO`` of each other (and,
when either is hedged, more than ``HEDGED_SPREAD`` apart: "about 45 minutes" may be 47), that
the hand-written rules of :mod:`reader.analysis.conflicts` did not link, whose sentences share
a content word at least (none of the probes' pairs that share none scored near the model's
threshold) and are prose, not lines of a list of results, and whose quantity keys do not name
two different things (a key the rules gave stays their decision; the model reads pairs where
one figure, at least, was left unkeyed, or both have one key the rules would not link by).
Each figure is paired with the ``NEAREST`` candidates above its value at most, so the work
grows with the number of figures, not with its square.

The features are word counts and flags a reader could check by hand: the content words the
two sentences share (all, and those rare in the story), the words next to each figure, the
names, the keys, the units, the ratio of the values, how many figures of that family each
article tells, where in its article each sentence stands. They are computed here and nowhere
else, so the model is trained (``tools/train_pair_model.py``) on exactly what it reads at run time.
"""

from __future__ import annotations

import bisect
import dataclasses
import math
import re
from collections import Counter
from collections.abc import Callable, Sequence
from dataclasses import dataclass

from reader.analysis.ages import is_age
from reader.analysis.figure_context import WORD, content_words, names, unit_family
from reader.analysis.figure_uses import READ_APART, FigureUse, Key
from reader.analysis.populations import population
from reader.analysis.quantities import compatible
from reader.analysis.unit_dimensions import compatible_in_base, in_base
from reader.analysis.vague_amounts import is_vague
from reader.text.tokens import STOPWORDS

MAX_RATIO = 4.0
NEAREST = 40        # candidates looked at above each figure's value, at most
RARE = 3            # sentences of the story holding a word, at most, for it to be rare
NEAR_WORDS = 7      # words either side of a figure read as its neighbours
CLOSE_WORDS = 4
AFTER_WORDS = 3
_PER = re.compile(r"^\W*(?:a|an|per|each|every|apiece)\s+(?:day|week|month|year|hour|person|head|piece)?|"
                  r"^\W*(?:each|apiece)\b|\b(?:each|per|every)\s+$", re.IGNORECASE)
_TIMES = re.compile(r"^\s*times\b", re.IGNORECASE)
_OTHER_BEFORE = re.compile(r"\b(?:other|another|remaining|further|additional)\s+$", re.IGNORECASE)
_OTHERS_AFTER = re.compile(r"\s+(?:others|more)\b", re.IGNORECASE)
_NUMBER = r"(?:\d[\d,.]*|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|a\s+dozen|dozens|hundreds)"
_PART_OF = re.compile(rf"\s+of\s+(?:the\s+|its\s+|their\s+|our\s+|his\s+|her\s+|all\s+)?{_NUMBER}\b", re.IGNORECASE)
_PART_OF_ITS = re.compile(r"\s+of\s+(?:its|their|our|his|her)\s", re.IGNORECASE)    # ("148 of its shops")
_WHOLE_OF = re.compile(rf"\b{_NUMBER}\s+of\s+(?:the\s+|its\s+|their\s+|our\s+|his\s+|her\s+|all\s+)?$", re.IGNORECASE)
_NAME_BEFORE = re.compile(r"(?:^|\s)[A-Z][A-Za-z]*\s+$")
_NAME_AFTER = re.compile(r"\s+[A-Z][a-z]")
PROSE_WORDS = 2     # lower-case words a sentence needs, besides numbers and units, to be prose (:func:`_listed`)
_LIST_WORDS = frozenset({"mins", "min", "secs", "sec", "hrs", "pts", "points", "seconds", "minutes", "hours", "hour",
                         "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven",
                         "twelve", "and", "the", "for", "not", "out", "won", "lost", "drew"})
HEDGED_SPREAD = 0.1     # an approximation and a value this close (of the larger) may both hold: no candidate

FEATURES = ("jac", "nsh", "nrare", "loc", "locrare", "samekey", "nnone", "samenoun", "sameunit", "lratio", "several",
            "densmin", "densmax", "lede", "famcount", "famtime", "fampct", "fammoney", "fammeas", "candmin",
            "candmax", "loc4", "names", "qual", "cnt", "evt", "nounin", "after3", "posmin", "posmax", "mag", "per",
            "age")


@dataclass
class _Figure:
    """What the features read of one figure, computed once."""
    family: str
    base: float
    near: frozenset[str]
    close: frozenset[str]
    after: frozenset[str]
    position: int
    per: bool
    listed: bool        # its sentence is a line of a list of results (:func:`_listed`)


def _stems(words: Sequence[str]) -> list[str]:
    return [w.lower().replace("’", "'")[:6] for w in words if len(w) > 2 and w.lower() not in STOPWORDS]


def _read(u: FigureUse, position: int) -> _Figure | None:
    """A figure as the features read it; None for one no candidate holds (a time of day, a date, the end of a
    change, a value of nought)."""
    f = u.figure
    if f.unit in READ_APART or u.change or not f.value or is_vague(f) or _population(u) or _part_of(u):
        return None
    base = in_base(f)
    family, value = (("dim:" + base[0], base[1]) if base else (unit_family(f), float(f.value)))
    if value <= 0:
        return None
    at, end = f.start - f.sentence_start, f.end - f.sentence_start
    before, after = WORD.findall(u.sentence[:max(at, 0)]), WORD.findall(u.sentence[end:])
    own = _stems(WORD.findall(f.text))
    near = frozenset(_stems(before)[-NEAR_WORDS:] + _stems(after)[:NEAR_WORDS] + own)
    close = frozenset(_stems(before)[-CLOSE_WORDS:] + _stems(after)[:CLOSE_WORDS] + own)
    follow = frozenset(w.lower()[:6] for w in after[:AFTER_WORDS] if len(w) > 2)
    per = bool(_PER.search(u.sentence[end:end + 24]) or _PER.search(u.sentence[max(0, at - 8):at])
               or _TIMES.search(u.sentence[end:end + 8]))
    return _Figure(family, value, near, close, follow, position, per, _listed(u))


def _population(u: FigureUse) -> bool:
    """Whether ``u`` is a place's population ("the city of about 161,000"): never a count of the story's own
    people ("roughly 120,000 residents" told to boil their water), so never a candidate."""
    f = u.figure
    return population(u.sentence, dataclasses.replace(f, start=f.start - f.sentence_start, sentence_start=0))


def _part_of(u: FigureUse) -> bool:
    """Whether ``u`` is a remainder ("the other 18 closing branches", "18 others": the 19 less one), a part
    or a whole of a partitive ("five of the eight charges", "148 of its shops": which of another article's
    figures is the same part, the rules of :mod:`reader.analysis.conflicts` read) or a number in a name ("KBRF 9 News",
    "Channel 4 Weather"): none is a candidate."""
    f = u.figure
    at, end = f.number_start - f.sentence_start, f.number_end - f.sentence_start
    before, after = u.sentence[:max(at, 0)], u.sentence[end:]
    return bool(_OTHER_BEFORE.search(before) or _OTHERS_AFTER.match(after) or _PART_OF.match(after)
                or _WHOLE_OF.search(before)) or (unit_family(f) == "count" and bool(_PART_OF_ITS.match(after))) or (
        f.unit is None and bool(_NAME_BEFORE.search(before)) and bool(_NAME_AFTER.match(after)))


def _listed(u: FigureUse) -> bool:
    """Whether ``u``'s sentence is a line of a list of results, not prose: besides its figures' words, fewer
    than ``PROSE_WORDS`` words in lower case ("Federico Colonna (Italy) Mapei three hours 43 mins five secs"
    against "Olaf Ludwig (Germany) Telekom 4 hours 48 mins 2 seconds": two riders' times, no conflict)."""
    words = [w for w in WORD.findall(u.sentence) if w[0].islower() and len(w) > 2 and w.lower() not in _LIST_WORDS]
    return len(words) < PROSE_WORDS


def _positions(uses: Sequence[FigureUse]) -> list[int]:
    """Each figure's sentence's place in its article, among the sentences holding figures (0: the first)."""
    starts: dict[str, list[int]] = {}
    for u in uses:
        starts.setdefault(u.article, []).append(u.figure.sentence_start)
    order = {a: {s: n for n, s in enumerate(sorted(set(v)))} for a, v in starts.items()}
    return [order[u.article][u.figure.sentence_start] for u in uses]


def _word_in(key_word: str, sentence: str) -> bool:
    return len(key_word) > 2 and key_word.lower()[:5] in sentence.lower()


class PairFeatures:
    """The candidates of one story's figures and their features (module doc)."""

    def __init__(self, uses: Sequence[FigureUse], keys: Sequence[Key], several: set[tuple[str, str | None]]) -> None:
        self.uses, self.keys, self.several = uses, keys, several
        self.names: dict[str, set[str]] = {}
        self.held: dict[tuple, bool] = {}       # two statements -> whether both can hold
        positions = _positions(uses)
        self.read = [_read(u, p) for u, p in zip(uses, positions, strict=True)]
        self.df: Counter[str] = Counter()
        for sentence in {(u.article, u.figure.sentence_start): u.sentence for u in uses}.values():
            self.df.update(content_words(sentence))
        self.family_count: Counter[tuple[str, str]] = Counter(
            (u.article, r.family) for u, r in zip(uses, self.read, strict=True) if r)
        self.by_family: dict[str, list[int]] = {}
        for n, r in enumerate(self.read):
            if r:
                self.by_family.setdefault(r.family, []).append(n)
        self.values: dict[tuple[str, str], list[float]] = {}     # (article, family) -> its values, sorted
        for members in self.by_family.values():
            members.sort(key=lambda n: self.read[n].base)  # type: ignore[union-attr]
            for n in members:
                self.values.setdefault((uses[n].article, self.read[n].family), []).append(self.read[n].base)  # type: ignore

    def candidates(self, same: Callable[[int, int], bool]) -> list[tuple[int, int]]:
        """Pairs (module doc) not already linked (``same``), lower value first."""
        out = []
        for members in self.by_family.values():
            for n, i in enumerate(members):
                for j in members[n + 1:n + 1 + NEAREST]:
                    if self._candidate(i, j) and not same(i, j):
                        out.append((i, j))
        return out

    def _candidate(self, i: int, j: int) -> bool:
        u, v, ri, rj = self.uses[i], self.uses[j], self.read[i], self.read[j]
        assert ri is not None and rj is not None
        if u.article == v.article or ri.base == rj.base or rj.base > MAX_RATIO * ri.base:
            return False
        ki, kj = self.keys[i], self.keys[j]
        if ki is not None and kj is not None and ki != kj:
            return False
        if not content_words(u.sentence) & content_words(v.sentence):
            return False        # (no word in common: no such pair of the probes scored near the threshold)
        if ri.listed or rj.listed:
            return False
        f, g = u.figure, v.figure
        if (f.qualifier or g.qualifier) and rj.base - ri.base <= HEDGED_SPREAD * rj.base:
            return False        # ("about 45 minutes" and "47 minutes")
        statements = (f.text, f.value, f.high, f.qualifier, f.unit, g.text, g.value, g.high, g.qualifier, g.unit)
        if statements not in self.held:         # (a wire's copies state the same figures over and over)
            self.held[statements] = (f.unit == g.unit and compatible(f, g)) or compatible_in_base(f, g)
        return not self.held[statements]

    def competitors(self, i: int, article: str) -> int:
        """Figures of ``article`` of ``i``'s family within ``MAX_RATIO`` of its value."""
        ri = self.read[i]
        assert ri is not None
        values = self.values.get((article, ri.family), [])
        return bisect.bisect_right(values, ri.base * MAX_RATIO) - bisect.bisect_left(values, ri.base / MAX_RATIO)

    def row(self, i: int, j: int) -> list[float]:
        """The features of the pair ``i``, ``j``, in the order of ``FEATURES``."""
        u, v, ri, rj = self.uses[i], self.uses[j], self.read[i], self.read[j]
        assert ri is not None and rj is not None
        ki, kj = self.keys[i], self.keys[j]
        ca, cb = content_words(u.sentence), content_words(v.sentence)
        shared, near = ca & cb, ri.near & rj.near
        dens = sorted((self.family_count[(u.article, ri.family)], self.family_count[(v.article, rj.family)]))
        cands = sorted((self.competitors(i, v.article), self.competitors(j, u.article)))
        f, g = u.figure, v.figure
        fam = ri.family
        return [len(shared) / max(1, len(ca | cb)), len(shared), sum(1 for w in shared if self.df[w] <= RARE),
                len(near), sum(1 for w in near if self.df[w] <= RARE), float(ki is not None and ki == kj),
                float((ki is None) + (kj is None)), float(ki is not None and kj is not None and ki[0] == kj[0]),
                float(f.unit == g.unit), math.log(max(ri.base, rj.base) / min(ri.base, rj.base)),
                float((ki in self.several) + (kj in self.several)), dens[0], dens[1],
                float(min(f.sentence_start, g.sentence_start) < 400), float(fam == "count"),
                float(fam.startswith("dim:time")), float(fam == "percent"), float(fam.startswith("currency")),
                float(fam.startswith("dim:") and not fam.startswith("dim:time")), cands[0], cands[1],
                len(ri.close & rj.close), len(self._names(u.sentence) & self._names(v.sentence)),
                float(bool(f.qualifier)) + float(bool(g.qualifier)), self._counts_shared(f.counts, g.counts),
                float(_event_in(ki, v.sentence)) + float(_event_in(kj, u.sentence)),
                float(_noun_in(ki, v.sentence)) + float(_noun_in(kj, u.sentence)), len(ri.after & rj.after),
                min(ri.position, rj.position), max(ri.position, rj.position),
                round(math.log10(max(min(ri.base, rj.base), 1.0)), 2), float(ri.per) + float(rj.per),
                float(is_age(f)) + float(is_age(g))]

    def _names(self, sentence: str) -> set[str]:
        if sentence not in self.names:
            self.names[sentence] = names(sentence)
        return self.names[sentence]

    @staticmethod
    def _counts_shared(a: str | None, b: str | None) -> float:
        return float(bool(a and b and set(a.lower().split()) & set(b.lower().split())))


def _event_in(key: Key, sentence: str) -> bool:
    """Whether the event word of ``key`` ("killed" of people killed) is in ``sentence``."""
    return bool(key and key[1] and _word_in(key[1].split()[0], sentence))


def _noun_in(key: Key, sentence: str) -> bool:
    """Whether the counted noun of ``key`` (its last word: "ton" of "measure:ton") is in ``sentence``."""
    return bool(key and _word_in(key[0].split(":")[-1].split()[-1] if key[0].split(":")[-1] else "", sentence))
