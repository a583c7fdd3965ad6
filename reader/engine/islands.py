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
the other text's free sentences that share two runs of three words with it, not all
stop words (one run when an acronym is involved), found through an index of those runs,
so the work grows with the length of the free sentences, not with the product of their
numbers. On the PAN-style synthetic pairs, whose host text is generated and shares
short phrases by chance, the threshold of 0.85 adds no passage (0.75 added three).

Why written here: this is a step of this aligner's own pipeline, over its word ids and
passages; no library pairs sentences under these rules. The diff of each island is
diff-match-patch's (:func:`reader.engine.wordiff.dmp_ops`).
"""

from __future__ import annotations

import bisect
import functools
import re
from collections import Counter
from collections.abc import Sequence

from reader.engine.align import Alignment, word_ids
from reader.engine.wordiff import DELETE, EQUAL, INSERT, dmp_ops
from reader.text.tokens import Tokens

ISLAND_WORDS = 6
ISLAND_CONTENT = 4
ISLAND_SIMILARITY = 0.85
MAX_SENTENCE = 60        # longer free sentences are not islands: the aligner's business
CANDIDATES = 6           # sentences of the other text tried for each sentence

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
    if not found:
        return found
    spans_a = _free_sentences(ta, found, "a")
    spans_b = _free_sentences(tb, found, "b") if spans_a else []
    if not spans_b:
        return found
    a, b, stop = word_ids(ta, tb)
    islands = _islands(_Free.of(ta, a, spans_a), _Free.of(tb, b, spans_b), stop)
    if not islands:
        return found
    return sorted([*found, *islands], key=lambda x: (x.a_first, x.b_first))


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

    @staticmethod
    def of(t: Tokens, ids: Sequence[int], spans: list[_Sentence]) -> list[_Free]:
        return [_Free(t, ids, first, last) for first, last in spans]

    @property
    def bag(self) -> Counter[int]:
        if self._bag is None:
            self._bag = Counter(self.words)
        return self._bag

    @property
    def acronyms(self) -> list[tuple[int, str]]:
        if self._acronyms is None:
            self._acronyms = _acronyms(self.tokens, (self.first, self.last))
        return self._acronyms


def sentences(t: Tokens) -> list[_Sentence]:
    """The text's sentences as token ranges: a sentence ends where the text between two
    words holds a full stop, a question or exclamation mark, an ellipsis, a semicolon or
    a blank line. (A clause after a semicolon is a sentence here: editors split such
    sentences in two, and the second half is then the same sentence in both texts.)"""
    n = len(t)
    if not n:
        return []
    starts, ends = t.starts, t.ends
    out: list[_Sentence] = []
    first = 0
    for m in _BREAK.finditer(t.text):
        pos = m.start()
        k = bisect.bisect_right(ends, pos, first)  # the first token ending after the mark
        if first < k < n and starts[k] > pos:  # (not a dot inside "U.S")
            out.append((first, k - 1))
            first = k
    out.append((first, n - 1))
    return out


def _free_sentences(t: Tokens, found: list[Alignment], side: str) -> list[_Sentence]:
    """Sentences of ``t`` with no word in a passage, of ``ISLAND_WORDS`` to
    ``MAX_SENTENCE`` words, ending in a full stop, a question or exclamation mark or an
    ellipsis (a headline, caption or label line is not a sentence), with no quotation
    mark."""
    spans = sorted((x.a_first, x.a_last) if side == "a" else (x.b_first, x.b_last) for x in found)
    firsts = [s for s, _ in spans]
    out = []
    for first, last in sentences(t):
        if not ISLAND_WORDS <= last - first + 1 <= MAX_SENTENCE:
            continue
        k = bisect.bisect_right(firsts, last) - 1  # the last passage starting before its end
        if k >= 0 and spans[k][1] >= first:
            continue  # (passages do not overlap: no earlier one can reach in if this one does not)
        lo, hi = _sentence_chars(t, first, last)
        if _QUOTE.search(t.text, lo, hi) is None and _FULL_STOP.search(t.text, t.ends[last], hi) is not None:
            out.append((first, last))
    return out


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


def _islands(free_a: list[_Free], free_b: list[_Free], stop: bytearray) -> list[Alignment]:
    """The islands, most similar first, each sentence in one at most."""
    index: dict[tuple[int, ...], int] = {}
    for n, y in enumerate(free_b):
        w = y.words
        index.update(dict.fromkeys(zip(w, w[1:], w[2:], strict=False), n))
    scored: list[tuple[float, int, int, Alignment]] = []
    for m, x in enumerate(free_a):
        w = x.words
        hits = [g for g in zip(w, w[1:], w[2:], strict=False) if g in index]
        if not hits:
            continue
        likely = Counter(index[g] for g in hits if not (stop[g[0]] and stop[g[1]] and stop[g[2]]))
        for n, runs in likely.most_common(CANDIDATES):
            if runs < 2 and not x.acronyms and not free_b[n].acronyms:
                continue  # one run of three words in common: an island shares more, unless spelled out
            similarity = _island_similarity(x, free_b[n], stop)
            if similarity is not None:
                y = free_b[n]
                scored.append((-similarity, m, n, _trimmed(x.first, y.first, dmp_ops(list(x.words), list(y.words)))))
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
    """``x``'s acronyms that ``y`` does not have as they are but spells out."""
    if not x.acronyms:
        return []
    span = (y.first, y.last)
    return [(k, acr) for k, acr in x.acronyms
            if x.words[k] not in y.bag and _spelling(acr).search(y.tokens.text, y.tokens.starts[span[0]],
                                                                  y.tokens.ends[span[1]])]


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
    m = _spelling(acronym).search(t.text, t.starts[s[0]], t.ends[s[1]])
    if m is None:
        return None
    first = bisect.bisect_left(t.starts, m.start(), s[0], s[1] + 1)
    last = bisect.bisect_left(t.ends, m.end(), s[0], s[1] + 1)
    return first - s[0], last - s[0] + 1


@functools.lru_cache(maxsize=256)
def _spelling(acronym: str) -> re.Pattern[str]:
    """A pattern for capitalised words (not all capitals) whose initials spell
    ``acronym``, with connecting words ("of", "and") allowed between them."""
    connector = r"(?:(?:of|and|for|the|on|&)\s+)?"
    words = [rf"{letter}(?:[a-z][\w'’]*|\.)" for letter in acronym]
    return re.compile(r"\b" + (r"[\s-]+" + connector).join(words) + r"\b")


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
