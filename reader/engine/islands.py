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
* neither sentence holds a quotation mark: a remark quoted alike by two reports shows a
  common speaker, not a copy (the aligner's passages already carry quotes that come
  with copied text).

Each sentence is in one island at most, the most similar pairs first. Candidates are
the other text's free sentences that share a run of three words with it, not all stop words (found through
an index of those runs), so the work grows with the length of the free sentences, not
with the product of their numbers.

Why written here: this is a step of this aligner's own pipeline, over its word ids and
passages; no library pairs sentences under these rules. The diff of each island is
diff-match-patch's (:func:`reader.engine.wordiff.dmp_ops`).
"""

from __future__ import annotations

import bisect
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

_BREAK = re.compile(r"[.!?…;\n]")
_QUOTE = re.compile("[\"“”„«»]")
_FULL_STOP = re.compile("[.!?…]")
_ACRONYM = re.compile(r"\b[A-Z]{2,6}\b")
_CONNECTORS = frozenset({"of", "and", "for", "the", "on", "&"})

_Sentence = tuple[int, int]  # first and last token


def with_islands(ta: Tokens, tb: Tokens, found: list[Alignment]) -> list[Alignment]:
    """``found`` (the aligner's passages, ordered by position in ``ta``) with the
    islands of the two texts added, in the same order; unchanged when there is no
    passage to begin with."""
    if not found:
        return found
    free_a = _free_sentences(ta, found, "a")
    free_b = _free_sentences(tb, found, "b") if free_a else []
    if not free_b:
        return found
    a, b, stop = word_ids(ta, tb)
    islands = _islands(ta, tb, a, b, stop, free_a, free_b)
    if not islands:
        return found
    return sorted([*found, *islands], key=lambda x: (x.a_first, x.b_first))


def sentences(t: Tokens) -> list[_Sentence]:
    """The text's sentences as token ranges: a sentence ends where the text between two
    words holds a full stop, a question or exclamation mark, an ellipsis, a semicolon or
    a line break. (A clause after a semicolon is a sentence here: editors split such
    sentences in two, and the second half is then the same sentence in both texts.)"""
    if not len(t):
        return []
    ends = t.ends
    out: list[_Sentence] = []
    first = 0
    for m in _BREAK.finditer(t.text):
        k = bisect.bisect_right(ends, m.start())  # the first token ending after the mark
        if first < k < len(t) and t.starts[k] > m.start():  # (not a dot inside "U.S")
            out.append((first, k - 1))
            first = k
    out.append((first, len(t) - 1))
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


def _islands(ta: Tokens, tb: Tokens, a: Sequence[int], b: Sequence[int], stop: bytearray,
             free_a: list[_Sentence], free_b: list[_Sentence]) -> list[Alignment]:
    index: dict[tuple[int, ...], int] = {}
    for n, (first, last) in enumerate(free_b):
        words = b[first : last + 1]
        index.update(dict.fromkeys(zip(words, words[1:], words[2:], strict=False), n))
    scored: list[tuple[float, int, int, Alignment]] = []
    for m, (first, last) in enumerate(free_a):
        words = a[first : last + 1]
        likely = {index[g] for g in zip(words, words[1:], words[2:], strict=False)
                  if g in index and not (stop[g[0]] and stop[g[1]] and stop[g[2]])}
        for n in sorted(likely)[:CANDIDATES]:
            island = _island(ta, tb, a, b, stop, (first, last), free_b[n])
            if island is not None:
                scored.append((-island[0], m, n, island[1]))
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


def _island(ta: Tokens, tb: Tokens, a: Sequence[int], b: Sequence[int], stop: bytearray,
            sa: _Sentence, sb: _Sentence) -> tuple[float, Alignment] | None:
    """The two sentences as an island and their similarity, or None if they are not one.
    Acronyms are read as the words they stand for only when the words as written fall
    short."""
    wa, wb = list(a[sa[0] : sa[1] + 1]), list(b[sb[0] : sb[1] + 1])
    similarity = _similarity(wa, wb, stop)
    if similarity is None:
        acronyms_a, acronyms_b = _acronyms(ta, sa, wa, wb), _acronyms(tb, sb, wb, wa)
        if not acronyms_a and not acronyms_b:
            return None
        similarity = _similarity(_expanded(wa, acronyms_a, tb, sb, wb), _expanded(wb, acronyms_b, ta, sa, wa), stop)
        if similarity is None:
            return None
    return similarity, _trimmed(sa[0], sb[0], dmp_ops(wa, wb))


def _similarity(wa: list[int], wb: list[int], stop: bytearray) -> float | None:
    """The two word lists' similarity if they make an island (enough words matched,
    enough of them content words, similar enough), else None."""
    total = len(wa) + len(wb)
    if 2 * min(len(wa), len(wb)) < ISLAND_SIMILARITY * total or \
            2 * (Counter(wa) & Counter(wb)).total() < ISLAND_SIMILARITY * total:
        return None  # even the words in common, in any order, are too few
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


def _acronyms(t: Tokens, s: _Sentence, words: list[int], other_words: list[int]) -> list[tuple[int, str]]:
    """The acronyms (two to six capital letters) of sentence ``s`` (its ``words``) that
    the other sentence does not have as they are: (offset in the sentence, acronym)."""
    out = []
    others = set(other_words)
    for m in _ACRONYM.finditer(t.text, t.starts[s[0]], t.ends[s[1]]):
        k = bisect.bisect_left(t.starts, m.start(), s[0], s[1] + 1)
        if k <= s[1] and t.starts[k] == m.start() and t.ends[k] == m.end() and words[k - s[0]] not in others:
            out.append((k - s[0], m[0]))
    return out


def _expanded(words: list[int], acronyms: list[tuple[int, str]], other: Tokens, so: _Sentence,
              other_words: list[int]) -> list[int]:
    """``words`` with each of its ``acronyms`` replaced by the run of capitalised words
    in the other sentence whose initials spell it, where there is one."""
    out = list(words)
    for k, acronym in reversed(acronyms):
        run = _spelled_out(acronym, other, so)
        if run is not None:
            out[k : k + 1] = other_words[run[0] : run[1]]
    return out


def _spelled_out(acronym: str, t: Tokens, s: _Sentence) -> tuple[int, int] | None:
    """Where in sentence ``s`` of ``t`` (as offsets into it) capitalised words spell
    ``acronym`` by their initials, connecting words ("of", "and") allowed between them."""
    surfaces = [t.text[t.starts[k] : t.ends[k]] for k in range(s[0], s[1] + 1)]
    for start, word in enumerate(surfaces):
        if not word[:1].isupper() or word[0] != acronym[0]:
            continue
        got, k = 0, start
        while k < len(surfaces) and got < len(acronym):
            w = surfaces[k]
            if w[:1] == acronym[got] and w[:1].isupper() and not w.isupper():
                got += 1
            elif not (got and w.lower() in _CONNECTORS):
                break
            k += 1
        if got == len(acronym):
            return start, k
    return None


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
