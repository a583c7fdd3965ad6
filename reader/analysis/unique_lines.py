"""Lines only one source has: the sentences of an article that no other source of the
story carries verbatim, edited or reworded.

A sentence is *carried* by another source when ``LINE_COVERED`` of it is text a passage
shared with it keeps (the word diff's unchanged words, moved words and repeats: a sentence
the copy adds inside copied text is not carried; reworded passages count only between
linked articles), when it is as
close as ``LINE_SIMILAR`` to a sentence of another article (Dice over content words: a
re-cut copy; a sentence of fewer than three content words only when another article
prints it word for word), when it holds a quotation other sources carry too, or when the two
articles are a reworded copy of one text (:func:`reader.analysis.provenance.reworded_pairs`:
the whole text told again in other words, in the same order) and ``REWORD_CONTAINED`` of
its content words, cut to their first five letters, recur in one sentence of the other.
That last test is loose on purpose and used only inside such a pair: the pair itself is
already shown to be one text reworded, so a sentence that keeps a third of its words is
that text's sentence reworded, not news of its own. A short sentence another source prints
inside one of its own, and that source's sentence when all it adds is an attribution, are
carried (:mod:`reader.analysis.contained_sentences`). A sentence is carried too when it
tells two neighbouring sentences of another source again as one and shares a figure with
them (:class:`_FigureWindows`). Titles, bylines, datelines, credit lines (a wire's, or a
staff writer's: "… contributed to this report.", "Write to … at …"), copyright and
republishing notices, a web page's furniture (captions, photo credits, tags, sharing,
sign-up and tip prompts, "This is a developing story."), a news release's boilerplate
("About …:", "Media contact:", forward-looking statements), a site's notes about itself
and rows of a table are not lines (:mod:`reader.analysis.page_furniture`). A correction
or editor's note is a line: it is news about that article the others do not carry.
"""

from __future__ import annotations

import bisect
import re
from array import array
from collections.abc import Sequence

import numpy as np

from reader.analysis.article import AnalysedArticle
from reader.analysis.casualty_parts import casualty_event
from reader.analysis.contained_sentences import ContainedSentences
from reader.analysis.credits import dateline_length
from reader.analysis.offsets import union
from reader.analysis.page_furniture import not_a_line
from reader.engine.change_kinds import case_changes, style_changes
from reader.engine.compare import Comparison, Passage
from reader.engine.wordiff import DELETE, EQUAL, INSERT
from reader.text.tokens import STOPWORDS

MIN_LINE_WORDS = 4         # shorter sentences are not listed as lines only one source has
LINE_COVERED = 0.2         # a sentence this much inside shared passages is not "only here"
EDGE_WORDS = 3             # ... not counting a passage's words up to a sentence break at either end, this few
LINE_SIMILAR = 0.5         # nor one this close to another source's sentence (Dice over content words)
REWORD_CONTAINED = 0.3     # inside a reworded pair: this share of a sentence's stems in one sentence of the other
REWORD_MIN_SHARED = 3      # ... and at least this many
STEM = 5                   # letters a word is cut to for that test (injured / injuries, explode / exploded)
FUSED_CONTAINED = 0.5      # a sentence fused from two of another source: this share of its stems in the two
FUSED_MIN_SHARED = 4       # ... and at least this many
FUSED_MAX_LOOKS = 64       # sentences looked at per figure (a figure 1,000 copies carry needs no more)
SEEN_SENTENCES = 4096      # distinct sentence texts whose content words are kept for their copies
_POSSESSIVE_RE = re.compile(r"['\u2019]s$")
_YEAR_RE = re.compile(r"^(?:1[89]|20)\d\d$")


Words = tuple[str, ...]
"""A sentence's distinct content words, sorted: equal for equal sets of words, and a
fifth of a frozenset's memory (55,000 sentences of a 5 MB article held 38 MB as sets)."""


def _content(art: AnalysedArticle, start: int, end: int, seen: dict[str, Words] | None = None) -> Words:
    """The sentence's words that carry content (stop words and one-letter tokens left out);
    looked up in ``seen`` by the sentence's text when given, and kept there while it
    holds fewer than ``SEEN_SENTENCES`` (the texts of every sentence of a 5 MB article
    kept took 14 MB; the 1,000 copies of a wire story have 3,900 distinct sentences)."""
    if seen is None:
        return _content_words(art.norms_of(start, end))
    text = art.body[start:end]
    found = seen.get(text)
    if found is None:
        found = _content_words(art.norms_of(start, end))
        if len(seen) < SEEN_SENTENCES:
            seen[text] = found
    return found


def _content_words(norms: list[str]) -> Words:
    """The distinct content words of ``norms``, sorted; a rate's base ("per 100,000", "per
    1,000 births") is a unit, not a figure or a word of the sentence's own: two sentences
    giving rates per 100,000 of two places share it and nothing else of theirs."""
    base = {k for k in range(1, len(norms)) if norms[k - 1] == "per" and norms[k][:1].isdigit()}
    return tuple(sorted({w for k, w in enumerate(norms)
                         if len(w) > 1 and w not in STOPWORDS and w != "per" and k not in base}))


def _covered_spans(articles: list[AnalysedArticle], comparisons: dict[tuple[int, int], Comparison],
                   linked: set[tuple[str, str]] | None) -> dict[int, list[list[int]]]:
    """Per article, the text of its passages shared with others that the other side
    carries too (reworded passages only between ``linked`` articles, or all when
    ``linked`` is None), as sorted, disjoint spans. What a passage's diff only adds or
    only removes is not carried: a caption, a local sentence or "Several people have
    been killed." inside copied text is the article's own (:func:`_kept`)."""
    covered: dict[int, list[tuple[int, int]]] = {i: [] for i in range(len(articles))}
    starts: dict[int, list[int]] = {}
    for (i, j), comp in comparisons.items():
        for k in (i, j):
            if k not in starts:
                starts[k] = [s for s, _ in articles[k].sentences]
        pair_linked = linked is None or (articles[i].id, articles[j].id) in linked
        for p in comp.passages:
            if p.kind != "rewritten" or pair_linked:
                kept_a, kept_b = _kept(p)
                covered[i] += _without(kept_a, _edges(articles[i], starts[i], p.a_start, p.a_end))
                covered[j] += _without(kept_b, _edges(articles[j], starts[j], p.b_start, p.b_end))
    return {i: union(spans) for i, spans in covered.items()}


def _edges(art: AnalysedArticle, starts: list[int], start: int, end: int) -> list[tuple[int, int]]:
    """The stretches of a passage ``[start, end)`` of ``art`` that a sentence break cuts off
    from the rest of it: the last ``EDGE_WORDS`` words or fewer of a sentence the passage
    starts inside, or the first of one it ends inside, under half of the sentence. An alignment runs on through a few
    words both texts happen to have next to the copied text ("… at Foundry Lane." ending
    two different sentences before the paragraph both copy); they are no sign that the
    sentence they end or start is carried. ``starts``: the article's sentence starts."""
    out = []
    for k in {bisect.bisect_right(starts, start) - 1, bisect.bisect_left(starts, end) - 1}:
        if k < 0:
            continue
        s, e = art.sentences[k]
        if s < start < e < end and _edge(art.words_in(start, e), art.words_in(s, e)):
            out.append((start, e))
        if start < s < end < e and _edge(art.words_in(s, end), art.words_in(s, e)):
            out.append((s, end))
    return out


def _edge(inside: int, sentence: int) -> bool:
    """``inside`` words of a ``sentence`` words long are few enough to be no sign it is
    carried: ``EDGE_WORDS`` at most, and under half of it."""
    return inside <= EDGE_WORDS and 2 * inside < sentence


def _without(spans: list[tuple[int, int]], cut: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """``spans`` less the ``cut`` stretches."""
    for cs, ce in cut:
        spans = [piece for s, e in spans for piece in ((s, min(e, cs)), (max(s, ce), e)) if piece[0] < piece[1]]
    return spans


def _kept(p: Passage) -> tuple[list[tuple[int, int]], list[tuple[int, int]]]:
    """The spans of A and of B that a passage keeps: its diff's unchanged text, changes of
    typography or letter case alone, the words it moved, and the other places that
    repeat it (``also_at``)."""
    soft = set(style_changes(p.diff)) | set(case_changes(p.diff))
    a: list[tuple[int, int]] = []
    b: list[tuple[int, int]] = []
    pos_a, pos_b = p.a_start, p.b_start
    for k, (op, text) in enumerate(p.diff):
        n = len(text)
        if op != INSERT:
            if op == EQUAL or k in soft:
                a.append((pos_a, pos_a + n))
            pos_a += n
        if op != DELETE:
            if op == EQUAL or k - 1 in soft:
                b.append((pos_b, pos_b + n))
            pos_b += n
    for a_start, a_end, b_start, b_end in p.moved:
        a.append((a_start, a_end))
        b.append((b_start, b_end))
    for side, start, end in p.also_at:
        (b if side == "b" else a).append((start, end))
    return a, b


def _inside(start: int, end: int, spans: list[list[int]]) -> int:
    """Characters of ``[start, end)`` inside the sorted, disjoint ``spans`` (an :func:`union`)."""
    k = max(bisect.bisect_right(spans, [start]) - 1, 0)
    inside = 0
    while k < len(spans) and spans[k][0] < end:
        inside += max(0, min(end, spans[k][1]) - max(start, spans[k][0]))
        k += 1
    return inside


def _quoted_spans(articles: list[AnalysedArticle], quote_groups: list) -> dict[str, list[tuple[int, int]]]:
    """Per article id, the spans of its quotations that other sources carry too."""
    quoted: dict[str, list[tuple[int, int]]] = {a.id: [] for a in articles}
    for g in quote_groups:
        if len(g.carried_by) > 1:
            for o in g.occurrences:
                quoted.setdefault(o.article, []).append((o.quote.start, o.quote.end))
    return quoted


class _SentenceWords:
    """The content words of every sentence, indexed for :meth:`similar`. Sentences with the
    same content words (the copies of one sentence in a family of 200) are indexed once,
    with the article that has them (-1: several). Each word's postings are sorted by that
    article, so that :meth:`similar` skips the asking article's own sentences with two
    bisections (they can never count, and in a 5 MB article they were nearly all of them)."""

    def __init__(self, articles: list[AnalysedArticle]) -> None:
        seen: dict[str, Words] = {}  # a sentence's words by its text: the copies of a wire's sentence split once
        self.words = [[_content(art, s, e, seen) for s, e in art.sentences] for art in articles]
        self.ids: dict[Words, int] = {}
        sole = array("q")                  # the one article a distinct sentence is in, or -1
        for i, sents in enumerate(self.words):
            for ws in sents:
                k = self.ids.setdefault(ws, len(self.ids))
                if k == len(sole):
                    sole.append(i)
                elif sole[k] != i:
                    sole[k] = -1
        self.sizes = np.fromiter((len(ws) for ws in self.ids), dtype=np.int64, count=len(self.ids))
        self.sole = np.frombuffer(sole, dtype=np.int64) if sole else np.empty(0, dtype=np.int64)
        # Every word's distinct sentences in one array, ordered by word and then by the
        # sentence's article: word w's sentences of the article in slot a (a - 1: -1 is
        # several) are ``postings[at[w * m + a]:at[w * m + a + 1]]``, m the number of slots
        # (two arrays per word took 10 MB on a 5 MB article, this a third of it).
        self.word_ids: dict[str, int] = {}
        words_of = array("i")              # (32 bits: these are the step's largest arrays)
        sentences_of = array("i")
        for k, ws in enumerate(self.ids):
            for w in ws:
                words_of.append(self.word_ids.setdefault(w, len(self.word_ids)))
                sentences_of.append(k)
        self.slots = len(articles) + 1
        ks = np.frombuffer(sentences_of, dtype=np.int32) if sentences_of else np.empty(0, dtype=np.int32)
        keys = np.frombuffer(words_of, dtype=np.int32) * self.slots if words_of else np.empty(0, dtype=np.int32)
        del words_of                       # (each of these arrays is 2 MB on a 5 MB article)
        keys += self.sole[ks]
        keys += 1
        order = np.argsort(keys, kind="stable")
        self.postings = ks[order]
        del ks, sentences_of
        keys = keys[order]
        del order
        self.at = np.searchsorted(keys, np.arange(len(self.word_ids) * self.slots + 1))

    def similar(self, i: int, ws: Words) -> bool:
        """A sentence of another article is ``LINE_SIMILAR`` close to the words ``ws`` (of
        article ``i``): at least 3 content words in common and that Dice coefficient."""
        if not ws:
            return False
        own = self.ids.get(ws)
        if len(ws) >= 3 and own is not None and self.sole[own] != i:
            return True
        postings: list[np.ndarray] = []
        at, m = self.at, self.slots
        for w in ws:
            word = self.word_ids.get(w)
            if word is not None:
                first = word * m
                postings += (self.postings[at[first]:at[first + i + 1]], self.postings[at[first + i + 2]:at[first + m]])
        if not postings:
            return False
        ks, hits = np.unique(np.concatenate(postings), return_counts=True)
        close = ks[hits >= 3]
        n = hits[hits >= 3]
        close = close[2 * n >= LINE_SIMILAR * (len(ws) + self.sizes[close])]
        return bool(len(close))


def unique_lines(articles: list[AnalysedArticle], comparisons: dict[tuple[int, int], Comparison],
                 quote_groups: list, linked: set[tuple[str, str]] | None = None,
                 reworded: Sequence[tuple[int, int, float]] = ()) -> dict[str, list[tuple[int, int]]]:
    """Per article id, the sentences no other source carries (see the module's docstring).
    ``linked``: the article id pairs provenance links (None: all); ``reworded``: the pairs
    (i, j, share) found to be one text reworded."""
    covered = _covered_spans(articles, comparisons, linked)
    quoted = _quoted_spans(articles, quote_groups)
    words = _SentenceWords(articles)
    reworded_stems = _reworded_partners(articles, reworded)
    fused = _FigureWindows(words.words)
    short = _ShortSentences(articles, words.words)
    contained = ContainedSentences(articles, words.words)
    out: dict[str, list[tuple[int, int]]] = {}
    for i, art in enumerate(articles):
        out[art.id] = [_past_dateline(art, s, e) for k, (s, e) in enumerate(art.sentences)
                       if _only_here(art, s, e, covered[i], quoted.get(art.id, ()))
                       and not words.similar(i, words.words[i][k])
                       and not short.elsewhere(i, k)
                       and not contained.carried(i, k)
                       and not _reworded_here(_stems(words.words[i][k]), reworded_stems.get(i, ()))
                       and not fused.carried(i, words.words[i][k])]
    return out


class _ShortSentences:
    """Sentences of fewer than three content words ("He was the founder."), by their words
    in order: :meth:`_SentenceWords.similar` needs three content words in common, so a
    short sentence two sources both print (a quoted remark) is matched here, whole, word
    for word (typography and case aside), not by its one or two content words; a casualty
    word stands for its event ("No one was hurt." / "No one was injured.": one line)."""

    def __init__(self, articles: list[AnalysedArticle], words: list[list[Words]]) -> None:
        self.keys: dict[tuple[int, int], tuple[str, ...]] = {}
        self.sole: dict[tuple[str, ...], int] = {}       # the one article a sentence is in, or -1
        for i, art in enumerate(articles):
            for k, (s, e) in enumerate(art.sentences):
                if len(words[i][k]) < 3:
                    key = tuple(casualty_event(w) or w for w in art.norms_of(s, e))
                    self.keys[(i, k)] = key
                    self.sole[key] = i if self.sole.get(key, i) == i else -1

    def elsewhere(self, i: int, k: int) -> bool:
        """Whether sentence ``k`` of article ``i`` is short and another article prints it too."""
        key = self.keys.get((i, k))
        return key is not None and self.sole[key] != i


def _figure_words(ws: Words) -> list[str]:
    """The figures among a sentence's content words that can anchor a match: numbers with
    at least two digits that are not years (``950``, ``1,200``; not ``7`` or ``2018``)."""
    return [w for w in ws if w[0].isdigit() and sum(c.isdigit() for c in w) >= 2 and not _YEAR_RE.match(w)]


class _FigureWindows:
    """Two neighbouring sentences of another source told again as one: a sentence is
    carried when it shares a figure (see :func:`_figure_words`) with a sentence of another
    article and ``FUSED_CONTAINED`` of its stems, at least ``FUSED_MIN_SHARED``, recur in
    that sentence together with the one before or after it. A rewrite often merges two
    facts of its source ("the 300-ton span had been put together by the river and lifted
    into place on Sunday" from "the 300-ton section was lifted into place on Sunday" and
    "the span was put together beside the river"); the shared figure keeps sentences that only share
    the story's topic words apart, and a year the sentence names must be in the other's
    ("In 2022, the river reached 8.1 metres" is another flood than "peaked at 8.1 metres")."""

    def __init__(self, words: list[list[Words]]) -> None:
        self.words = words
        self.by_figure: dict[str, dict[int, list[int]]] = {}   # figure → article → its sentences
        for i, sents in enumerate(words):
            for k, ws in enumerate(sents):
                for f in _figure_words(ws):
                    self.by_figure.setdefault(f, {}).setdefault(i, []).append(k)
        self._stems: dict[tuple[int, int], frozenset[str]] = {}

    def carried(self, i: int, ws: Words) -> bool:
        """Whether the sentence with content words ``ws`` of article ``i`` is carried (see
        the class); at most ``FUSED_MAX_LOOKS`` sentences of other articles per figure."""
        figures = _figure_words(ws)
        stems = _stems(ws) if figures else frozenset()
        if len(stems) < FUSED_MIN_SHARED:
            return False
        years = {w for w in ws if _YEAR_RE.match(w)}
        for f in figures:
            looks = 0
            for j, ks in self.by_figure.get(f, {}).items():
                if j == i:
                    continue
                for k in ks:
                    if self._told_in(stems, j, k) and years <= self._stems_of(j, k):
                        return True
                    looks += 1
                    if looks >= FUSED_MAX_LOOKS:
                        break
                if looks >= FUSED_MAX_LOOKS:
                    break
        return False

    def _told_in(self, stems: frozenset[str], j: int, k: int) -> bool:
        """``stems`` recur enough in sentence ``k`` of article ``j`` with its neighbour before
        or after it."""
        here = self._stems_of(j, k)
        for n in (k - 1, k + 1):
            if 0 <= n < len(self.words[j]):
                shared = len(stems & (here | self._stems_of(j, n)))
                if shared >= FUSED_MIN_SHARED and shared >= FUSED_CONTAINED * len(stems):
                    return True
        return False

    def _stems_of(self, j: int, k: int) -> frozenset[str]:
        found = self._stems.get((j, k))
        if found is None:
            found = self._stems[(j, k)] = _stems(self.words[j][k])
        return found


def _stems(words: Words) -> frozenset[str]:
    """Content words without a possessive, cut to ``STEM`` letters (a crude stemmer, enough
    to match the inflections a rewording changes)."""
    return frozenset(_POSSESSIVE_RE.sub("", w)[:STEM] for w in words)


def _reworded_partners(articles: list[AnalysedArticle],
                       reworded: Sequence[tuple[int, int, float]]) -> dict[int, list[frozenset[str]]]:
    """Per article of a reworded pair, the stems of every sentence of its partners."""
    sentence_stems: dict[int, list[frozenset[str]]] = {}

    def of(i: int) -> list[frozenset[str]]:
        if i not in sentence_stems:
            art = articles[i]
            sentence_stems[i] = [_stems(_content(art, s, e)) for s, e in art.sentences]
        return sentence_stems[i]

    partners: dict[int, list[frozenset[str]]] = {}
    for i, j, _ in reworded:
        partners.setdefault(i, []).extend(of(j))
        partners.setdefault(j, []).extend(of(i))
    return partners


def _reworded_here(stems: frozenset[str], partner_sentences: Sequence[frozenset[str]]) -> bool:
    """A sentence of a reworded pair whose stems recur, ``REWORD_CONTAINED`` of them and at
    least ``REWORD_MIN_SHARED``, in one sentence of the partner."""
    if len(stems) < REWORD_MIN_SHARED:
        return False
    for other in partner_sentences:
        shared = len(stems & other)
        if shared >= REWORD_MIN_SHARED and shared >= REWORD_CONTAINED * len(stems):
            return True
    return False


def _past_dateline(art: AnalysedArticle, start: int, end: int) -> tuple[int, int]:
    """A line from its first word: a report's opening sentence without the dateline and credit
    tag it starts with ("ACCRA, Ghana (AFP) - Dozens of miners …" from "Dozens"), which are
    no line (:func:`reader.analysis.credits.dateline_length`)."""
    line = art.body.rfind("\n", 0, start) + 1      # (the splitter may cut "CORROW, Ore." off as a sentence)
    first = line + dateline_length(art.body[line:end])
    return (first, end) if first > start and art.words_in(first, end) >= MIN_LINE_WORDS else (start, end)


def _only_here(art: AnalysedArticle, start: int, end: int, shared: list[list[int]],
               quoted: Sequence[tuple[int, int]]) -> bool:
    """A line long enough, not a title or credit, not inside ``shared`` passages and
    holding no ``quoted`` quotation other sources carry."""
    if _inside(start, end, shared) >= LINE_COVERED * (end - start):
        return False  # (tested first: in a family of copies most sentences are shared)
    if art.words_in(start, end) < MIN_LINE_WORDS or not_a_line(art, start, end):
        return False
    return not any(qs < end and start < qe for qs, qe in quoted)


