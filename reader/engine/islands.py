"""Whole sentences two related texts share that are too short to be passages alone.

The aligner (:mod:`reader.engine.align`) reports a passage only past ``MIN_WORDS``
matched words weighing ``MIN_WEIGHT``, so that a common phrase is never a passage. That
also loses a short sentence copied whole when it stands alone: moved away from the
passage it followed, set between a caption and a local paragraph, or with a name spelled
out ("The FAA sent a team" / "The Federal Aviation Administration sent a team").
Once two texts are known to share text (the aligner found at least one passage), such a
sentence is part of the same copy: leaving it out understates what was taken and lists
it as a line only one source has.

An *island* pairs one sentence of each text, neither touching a passage, where

* at least ``ISLAND_WORDS`` words match, ``ISLAND_CONTENT`` of them content words, and
  the similarity (2 × matched / words of both) is at least ``ISLAND_SIMILARITY``, an
  acronym on one side being read as the capitalised words on the other whose initials
  spell it (the diff still shows the acronym as changed: only the decision reads it so);
* both end in a full stop, a question or exclamation mark or an ellipsis (a headline,
  caption or label line is not a sentence), and neither holds a quotation mark: a
  remark quoted alike by two reports shows a common speaker, not a copy (the aligner's
  passages already carry quotes that come with copied text).

Each sentence is in one island at most, the most similar pairs first. Candidates are
sentences of the two texts that share an exact run of five words (two of the aligner's
four-word seeds in a row), found with sets and dictionaries of the free text's four-word
runs, so the work grows with the length of the free text, not with the product of the
numbers of its sentences. On the PAN-style synthetic pairs, whose host text is generated
and shares short phrases by chance, the threshold of 0.85 adds no passage (0.75 added
three).

Texts over ``ISLAND_MAX_WORDS`` words are left as the aligner found them: islands are
for articles, where one sentence is a good part of what was taken, and this step runs
in Python; on book-length texts it would cost more than the whole comparison in C.

Why written here: this is a step of this aligner's own pipeline, over its word ids and
passages; no library pairs sentences under these rules. The diff of each island is
diff-match-patch's (:func:`reader.engine.wordiff.dmp_ops`).
"""

from __future__ import annotations

import bisect
import itertools
import re
from collections import Counter
from collections.abc import Sequence

from reader.engine.align import word_ids
from reader.engine.alignment import Alignment
from reader.engine.seeds import MAX_OCCURRENCES, K  # ... not repeated more often than the aligner's seeds
from reader.engine.wordiff import DELETE, EQUAL, INSERT, dmp_ops
from reader.text.tokens import Tokens

ISLAND_WORDS = 6
ISLAND_CONTENT = 4
ISLAND_SIMILARITY = 0.85
MAX_SENTENCE = 60        # longer free sentences are not islands: the aligner's business
RUN = K                  # candidates share runs of the aligner's seed length ...
ISLAND_MAX_WORDS = 20_000  # past this (a book, not an article), the passages alone are reported

# a full stop, question or exclamation mark, ellipsis or semicolon (and their ideographic
# forms), or a blank line; a single line break inside a paragraph (wrapped text) is not one
_BREAK = re.compile(r"[.!?…;\u3002\uff01\uff1f\uff1b]|\n\s*\n")
_QUOTE = re.compile("[\"“”„«»\u300c\u300d\u300e\u300f]")  # and 「」『』
_FULL_STOP = re.compile("[.!?…\u3002\uff01\uff1f]")
_ACRONYM = re.compile(r"\b[A-Z]{2,6}\b")

_Sentence = tuple[int, int]  # first and last token


def with_islands(ta: Tokens, tb: Tokens, found: list[Alignment]) -> list[Alignment]:
    """``found`` (the aligner's passages, ordered by position in ``ta``) with the
    islands of the two texts added, in the same order; unchanged when there is no
    passage to begin with."""
    if not found or len(ta) > ISLAND_MAX_WORDS or len(tb) > ISLAND_MAX_WORDS:
        return found
    a, b, stop = word_ids(ta, tb)
    side_a = _Side(ta, a, [(x.a_first, x.a_last) for x in found])
    side_b = _Side(tb, b, [(x.b_first, x.b_last) for x in found])
    islands = _islands(side_a, side_b, stop)
    if not islands:
        return found
    return sorted([*found, *islands], key=lambda x: (x.a_first, x.b_first))


class _Side:
    """One text of the pair: its tokens and word ids, the stretches no passage holds,
    and its free sentences, found around a word when asked (see :meth:`sentence_at`)."""

    def __init__(self, t: Tokens, ids: Sequence[int], held: list[tuple[int, int]]) -> None:
        self.tokens, self.ids = t, ids
        held = sorted(held)
        self._held_firsts = [first for first, _ in held]
        self._held = held
        bounds = [-1, *(k for first, last in held for k in (first, last)), len(ids)]
        self.free = [(bounds[k] + 1, bounds[k + 1]) for k in range(0, len(bounds), 2)
                     if bounds[k + 1] - bounds[k] - 1 >= ISLAND_WORDS]  # (start, end exclusive)
        self._memo: dict[int, _Free | None] = {}
        self._runs: list[tuple[int, list[tuple[int, ...]]]] | None = None

    def grams(self) -> set[tuple[int, ...]]:
        """The runs of ``RUN`` words inside the free stretches."""
        out = set[tuple[int, ...]]()
        for _, grams in self._grams():
            out.update(grams)
        return out

    def where(self, common: set[tuple[int, ...]]) -> dict[tuple[int, ...], list[int]]:
        """Where each of the ``common`` runs starts in the free stretches (the per-word
        work done by the dictionaries and sets, in C)."""
        out = dict[tuple[int, ...], list[int]]()
        for lo, grams in self._grams():
            last = dict(zip(grams, range(lo, lo + len(grams)), strict=True))
            first = dict(zip(reversed(grams), range(lo + len(grams) - 1, lo - 1, -1), strict=True))
            for g in common.intersection(last):
                if first[g] == last[g]:
                    out.setdefault(g, []).append(last[g])
                else:  # repeated within the stretch: rare
                    out.setdefault(g, []).extend(lo + k for k, h in enumerate(grams) if h == g)
        return out

    def _grams(self) -> list[tuple[int, list[tuple[int, ...]]]]:
        if self._runs is None:
            ids = self.ids
            self._runs = [(lo, list(zip(*(ids[lo + d : hi] for d in range(RUN)), strict=False)))
                          for lo, hi in self.free]
        return self._runs

    def sentence_at(self, k: int) -> _Free | None:
        """The free sentence word ``k`` is in (see :func:`_free_sentence`), or None."""
        if k not in self._memo:
            found = _free_sentence(self.tokens, self.ids, k, self._held_firsts, self._held)
            if found is None:
                self._memo[k] = None
            else:
                for j in range(found.first, found.last + 1):
                    self._memo[j] = found
        return self._memo[k]


class _Free:
    """A free sentence (see :func:`_free_sentences`): where it is and its word ids; the
    counts of its words and its acronyms ((offset in the sentence, acronym), spelled out
    with the other text's tokens) are worked out only for sentences that are candidates."""

    __slots__ = ("_acronyms", "_bag", "first", "last", "tokens", "words")

    def __init__(self, t: Tokens, ids: Sequence[int], first: int, last: int) -> None:
        self.first, self.last, self.tokens = first, last, t
        self.words = ids[first : last + 1]
        self._bag: Counter[int] | None = None
        self._acronyms: list[tuple[int, str]] | None = None

    @property
    def bag(self) -> Counter[int]:
        if self._bag is None:
            self._bag = Counter(self.words)
        return self._bag

    @property
    def text(self) -> str:
        """The sentence's text from its first word to its last, after a space."""
        t = self.tokens
        return " " + t.text[t.starts[self.first] : t.ends[self.last]]

    @property
    def acronyms(self) -> list[tuple[int, str]]:
        if self._acronyms is None:
            self._acronyms = _acronyms(self.tokens, (self.first, self.last))
        return self._acronyms


def sentence_bounds(t: Tokens, k: int, most: int = MAX_SENTENCE) -> _Sentence | None:
    """The sentence word ``k`` is in, as its first and last word, or None when it has
    more than ``most`` words. A sentence ends where the text between two words holds a
    full stop, a question or exclamation mark, an ellipsis, a semicolon or a blank line
    (not a dot inside a word, "U.S", nor a line break inside a paragraph). A clause after
    a semicolon is a sentence here: editors split such sentences in two, and the second
    half is then the same sentence in both texts."""
    text, starts, ends, n = t.text, t.starts, t.ends, len(t)
    first = k
    while first > 0 and _BREAK.search(text, ends[first - 1], starts[first]) is None:
        first -= 1
        if k - first >= most:
            return None
    last = k
    while last + 1 < n and _BREAK.search(text, ends[last], starts[last + 1]) is None:
        last += 1
        if last - first >= most:
            return None
    return first, last


def _free_sentence(t: Tokens, ids: Sequence[int], k: int, held_firsts: list[int],
                   held: list[tuple[int, int]]) -> _Free | None:
    """The sentence word ``k`` is in if it can be an island: no word of it in a passage,
    ``ISLAND_WORDS`` to ``MAX_SENTENCE`` words, ending in a full stop, a question or
    exclamation mark or an ellipsis (a headline, caption or label line is not a
    sentence), with no quotation mark."""
    bounds = sentence_bounds(t, k)
    if bounds is None or bounds[1] - bounds[0] + 1 < ISLAND_WORDS:
        return None
    first, last = bounds
    j = bisect.bisect_right(held_firsts, last) - 1  # the last passage starting before its end
    if j >= 0 and held[j][1] >= first:
        return None  # (passages do not overlap: no earlier one can reach in if this one does not)
    lo, hi = _sentence_chars(t, first, last)
    if _QUOTE.search(t.text, lo, hi) is not None or _FULL_STOP.search(t.text, t.ends[last], hi) is None:
        return None
    return _Free(t, ids, first, last)


def _sentence_chars(t: Tokens, first: int, last: int) -> tuple[int, int]:
    """The characters of a sentence: its words, and the punctuation written against its
    first and last word (an opening quotation mark, a closing one after the full stop)."""
    text = t.text
    lo = t.starts[first]
    floor = t.ends[first - 1] if first else 0
    while lo > floor and not text[lo - 1].isspace():
        lo -= 1
    hi = t.ends[last]
    ceiling = t.starts[last + 1] if last + 1 < len(t) else len(text)
    while hi < ceiling and not text[hi].isspace():
        hi += 1
    return lo, hi


def _islands(side_a: _Side, side_b: _Side, stop: bytearray) -> list[Alignment]:
    """The islands, most similar first, each sentence in one at most. Candidates are
    the free sentences of the two texts that share a run of ``RUN`` + 1 words (two runs
    of ``RUN`` words in a row), not all stop words, that neither text repeats more than
    ``MAX_OCCURRENCES`` times."""
    common = side_a.grams() & side_b.grams()
    common = {g for g in common if not all(stop[w] for w in g)}
    if not common:
        return []
    where_a, where_b = side_a.where(common), side_b.where(common)
    # a run repeated more than MAX_OCCURRENCES times is left out before its places are
    # paired (tested for each pair, "buffalo" 20,000 times over made 400 million pairs)
    hits = sorted((j - i, i, j) for g, is_ in where_a.items()
                  if len(is_) <= MAX_OCCURRENCES and len(where_b[g]) <= MAX_OCCURRENCES
                  for i in is_ for j in where_b[g])
    scored: list[tuple[float, int, int, Alignment]] = []
    tried: set[tuple[int, int]] = set()
    for (diagonal, i, j), (next_diagonal, next_i, _) in itertools.pairwise(hits):
        if next_diagonal != diagonal or next_i != i + 1:
            continue  # a run of RUN words alone: chance, or too little to say a sentence was copied
        x, y = side_a.sentence_at(i), side_b.sentence_at(j)
        if x is None or y is None or (x.first, y.first) in tried:
            continue
        tried.add((x.first, y.first))
        similarity = _island_similarity(x, y, stop)
        if similarity is not None:
            ops = dmp_ops(list(x.words), list(y.words))
            scored.append((-similarity, x.first, y.first, _trimmed(x.first, y.first, ops)))
    scored.sort(key=lambda s: s[:3])
    used_a: set[int] = set()
    used_b: set[int] = set()
    out = []
    for _, m, n, al in scored:
        if m not in used_a and n not in used_b:
            used_a.add(m)
            used_b.add(n)
            out.append(al)
    return out


def _island_similarity(x: _Free, y: _Free, stop: bytearray) -> float | None:
    """The similarity of two free sentences if they are an island, else None. Acronyms
    are read as the words they stand for only when the words as written fall short, and
    only when that could reach the threshold."""
    total = len(x.words) + len(y.words)
    other = y.bag
    shared = sum(min(n, other[w]) for w, n in x.bag.items() if w in other)
    if 2 * min(len(x.words), len(y.words)) >= ISLAND_SIMILARITY * total and 2 * shared >= ISLAND_SIMILARITY * total:
        similarity = _similarity(list(x.words), list(y.words), stop)
        if similarity is not None:
            return similarity
    own_x = _spelled_in(x, y)
    own_y = _spelled_in(y, x)
    if not own_x and not own_y:
        return None
    gain = sum(len(acr) for _, acr in own_x + own_y)  # at best each letter's word matches
    if 2 * (shared + gain) < ISLAND_SIMILARITY * (total + gain - len(own_x) - len(own_y)):
        return None
    return _similarity(_expanded(x, own_x, y), _expanded(y, own_y, x), stop)


def _spelled_in(x: _Free, y: _Free) -> list[tuple[int, str]]:
    """``x``'s acronyms that ``y`` does not have as they are but spells out (a quick
    test first: each letter begins a word of ``y``)."""
    if not x.acronyms:
        return []
    text, span = y.text, (y.first, y.last)
    return [(k, acr) for k, acr in x.acronyms
            if x.words[k] not in y.bag and all(" " + letter in text for letter in acr)
            and _spelled_out(acr, y.tokens, span) is not None]


def _similarity(wa: list[int], wb: list[int], stop: bytearray) -> float | None:
    """The two word lists' similarity if they make an island (enough words matched,
    enough of them content words, similar enough), else None."""
    total = len(wa) + len(wb)
    if 2 * min(len(wa), len(wb)) < ISLAND_SIMILARITY * total:
        return None
    matched = content = 0
    ia = 0
    for op, n in dmp_ops(wa, wb):
        if op == EQUAL:
            matched += n
            content += sum(1 for w in wa[ia : ia + n] if not stop[w])
        if op != INSERT:
            ia += n
    similarity = 2 * matched / total
    if matched < ISLAND_WORDS or content < ISLAND_CONTENT or similarity < ISLAND_SIMILARITY:
        return None
    return similarity


def _acronyms(t: Tokens, s: _Sentence) -> list[tuple[int, str]]:
    """The acronyms (two to six capital letters) of sentence ``s``: (offset in the
    sentence, acronym)."""
    out = []
    for m in _ACRONYM.finditer(t.text, t.starts[s[0]], t.ends[s[1]]):
        k = bisect.bisect_left(t.starts, m.start(), s[0], s[1] + 1)
        if k <= s[1] and t.starts[k] == m.start() and t.ends[k] == m.end():
            out.append((k - s[0], m[0]))
    return out


def _expanded(x: _Free, acronyms: list[tuple[int, str]], other: _Free) -> list[int]:
    """``x``'s words with each of ``acronyms`` replaced by the run of capitalised words
    in the other sentence whose initials spell it, where there is one."""
    out = list(x.words)
    span = (other.first, other.last)
    for k, acronym in reversed(acronyms):
        run = _spelled_out(acronym, other.tokens, span)
        if run is not None:
            out[k : k + 1] = list(other.words[run[0] : run[1]])
    return out


def _spelled_out(acronym: str, t: Tokens, s: _Sentence) -> tuple[int, int] | None:
    """Where in sentence ``s`` of ``t`` (as offsets into it) capitalised words spell
    ``acronym`` by their initials, connecting words ("of", "and") allowed between them."""
    words = [t.text[t.starts[k] : t.ends[k]] for k in range(s[0], s[1] + 1)]
    for start, word in enumerate(words):
        if word[0] != acronym[0] or word.isupper():
            continue
        got, k = 0, start
        while k < len(words) and got < len(acronym):
            w = words[k]
            if w[0] == acronym[got] and not w.isupper():
                got += 1
            elif not (got and w in _CONNECTORS):
                break
            k += 1
        if got == len(acronym):
            return start, k
    return None


_CONNECTORS = frozenset({"of", "and", "for", "the", "on"})


def _trimmed(a_first: int, b_first: int, ops: list[tuple[int, int]]) -> Alignment:
    """An alignment from sentence starts and their diff, without changed words at its
    ends (a passage begins and ends on a match)."""
    while ops and ops[0][0] != EQUAL:
        op, n = ops.pop(0)
        a_first += n if op == DELETE else 0
        b_first += n if op == INSERT else 0
    while ops and ops[-1][0] != EQUAL:
        ops.pop()
    a_len = sum(n for op, n in ops if op != INSERT)
    b_len = sum(n for op, n in ops if op != DELETE)
    return Alignment(a_first, a_first + a_len - 1, b_first, b_first + b_len - 1, ops)
