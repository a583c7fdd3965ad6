"""Reworded copies: a text told again in other words.

Two questions, both about rewording rather than kept text:

* **Is a pair with no passage one text told in other words?** (:func:`reworded_pairs`)
  At least ``MIN_REWORD_ORDER`` of the shorter article's content words outside its
  quotations (:func:`own_content`) recur in the other's *in the same order*
  (:func:`lcs_length`), the shorter having at least ``MIN_REWORD_CONTENT`` of them, and
  as many of those that are not capitalised (the prose, names left out): an overnight
  rewrite, a spun copy. Two reports of one event share names and places, not the order
  of a whole text (two 150-word reports of one merger, with their names and figures,
  kept 38% of their words in order, 16% without the names); two that print one long statement share its words, not a
  retelling (counted with the quotations, two wires quoting a city's statement of 95 words
  looked reworded). On stories-dev, pairs the labels call derived score 0.29 and up this
  way, the others 0.28 at most.
* **Which side of a reworded passage is the copy?** (:func:`rewording_score`) Where one
  word run replaced another, the copy is the side whose swapped-in words are the unusual
  ones in the rest of the story, or the side that dropped the other's own names.
"""

from __future__ import annotations

import math
from collections import Counter
from collections.abc import Mapping, Sequence

from reader.analysis.article import AnalysedArticle
from reader.analysis.credits import GENERIC_WIRE, Credits
from reader.analysis.quoted_passages import QuotedWords
from reader.engine.compare import Comparison
from reader.text.tokens import STOPWORDS, tokenize

MIN_REWORD_ORDER = 0.35     # share of the shorter text's own content words in the same order in the other's
MIN_REWORD_CONTENT = 40     # content words the shorter text needs for that


def content_words(art: AnalysedArticle) -> list[str]:
    """The article's words that carry content, in order (stop words, numbers and one-letter
    tokens left out)."""
    return [w for w in art.norms if _is_content(w)]


def _is_content(w: str) -> bool:
    return len(w) > 1 and w.isalpha() and w not in STOPWORDS


def own_content(art: AnalysedArticle, names: bool = True) -> list[str]:
    """The :func:`content_words` that lie outside the article's quotations, in order: the
    text it tells in its own words (a speaker's words, or a statement, two reports both
    print are no sign that one retold the other, as provenance leaves quoted words out of
    shared text). Without ``names``, capitalised words are left out too: the names every
    report of the event gives, in the order events happen."""
    if art.quotes:
        quoted = QuotedWords.of(art).indexes()
        keep = [k for k, w in enumerate(art.norms) if k not in quoted and _is_content(w)]
    else:
        keep = [k for k, w in enumerate(art.norms) if _is_content(w)]
    if not names:
        body, starts = art.body, art.tokens.starts
        keep = [k for k in keep if not body[starts[k]].isupper()]
    return [art.norms[k] for k in keep]


def lcs_length(a: Sequence[str], b: Sequence[str]) -> int:
    """Length of the longest common subsequence of ``a`` and ``b`` (bit-parallel, one
    big-integer step per item of ``a``)."""
    masks: dict[str, int] = {}
    for k, w in enumerate(b):
        masks[w] = masks.get(w, 0) | (1 << k)
    full = (1 << len(b)) - 1
    v = full
    for w in a:
        u = v & masks.get(w, 0)
        v = ((v + u) | (v - u)) & full
    return len(b) - bin(v).count("1")


def reworded_pairs(articles: Sequence[AnalysedArticle],
                   candidates: Sequence[tuple[int, int]]) -> list[tuple[int, int, float]]:
    """The ``candidates`` (pairs with no passage) told in other words from one text: each
    has ``MIN_REWORD_CONTENT`` content words outside its quotations (:func:`own_content`),
    and ``MIN_REWORD_ORDER`` of the shorter's such words recur in the other's *in the same
    order* (two reports of one event share names and places, not the order of a whole
    text; two that print one statement share its words, not a retelling). (i, j, that
    share) for each."""
    words: dict[int, list[str]] = {}
    prose: dict[int, list[str]] = {}
    out = []
    for i, j in candidates:
        a = words.setdefault(i, own_content(articles[i]))
        b = words.setdefault(j, own_content(articles[j]))
        shorter = min(len(a), len(b))
        if shorter < MIN_REWORD_CONTENT:
            continue                    # (two short reports printing one long quotation)
        share = lcs_length(a, b) / shorter
        if share >= MIN_REWORD_ORDER and _in_order(prose.setdefault(i, own_content(articles[i], names=False)),
                                                   prose.setdefault(j, own_content(articles[j], names=False))):
            out.append((i, j, share))
    return out


TWIN_SHARE = 0.85   # both texts' share of words in passages they share: one text, carried twice


def without_twin_only(reworded: Sequence[tuple[int, int, float]],
                      comparisons: dict[tuple[int, int], Comparison]) -> list[tuple[int, int, float]]:
    """``reworded`` less the pairs whose evidence one side owes to a *twin*: when C carries S's
    text nearly whole (both :data:`TWIN_SHARE` shared) and R rewords C but not S, the order
    R and C share is S's text, and what tipped C over a threshold S missed (a sentence C
    added, the floor of content words) is no evidence of R → C. Both or neither: a release
    reworded by a wire is found for the wire and its verbatim carrier alike, or for neither."""
    pairs = {(i, j) for i, j, _ in reworded}
    twins: dict[int, set[int]] = {}
    for (i, j), comp in comparisons.items():
        if comp.a_shared >= TWIN_SHARE and comp.b_shared >= TWIN_SHARE:
            twins.setdefault(i, set()).add(j)
            twins.setdefault(j, set()).add(i)

    def owed(r: int, c: int) -> bool:
        return any(t != r and (min(r, t), max(r, t)) not in pairs for t in twins.get(c, ()))

    return [(i, j, share) for i, j, share in reworded if not owed(i, j) and not owed(j, i)]


def without_wires_apart(reworded: Sequence[tuple[int, int, float]],
                        credits: Mapping[int, Credits]) -> list[tuple[int, int, float]]:
    """``reworded`` less the pairs whose sides credit different wires and no wire in common
    (AFP's own story and Reuters' own story, or a carrier of each): two agencies' reports
    of one event are written apart, and share the order of events, names and places, not
    one text (two wires' stories of one museum raid kept 39% of their words in order). A
    wire told in other words by another is possible, but nothing in the text tells it from
    two reports: reader says less. A credit to an unnamed newswire tells no wire apart.
    ``credits`` holds the credits of every article of a pair, by index."""
    def wires(k: int) -> set[str]:
        return {w for w in credits[k].wires if w != GENERIC_WIRE}

    return [(i, j, share) for i, j, share in reworded
            if not (wires(i) and wires(j) and not wires(i) & wires(j))]


def _in_order(a: list[str], b: list[str]) -> bool:
    """Whether ``MIN_REWORD_ORDER`` of the shorter's words recur in the other in order."""
    shorter = min(len(a), len(b))
    return shorter > 0 and lcs_length(a, b) / shorter >= MIN_REWORD_ORDER


def _swaps(diff: list[tuple[int, str]]) -> list[tuple[list[str], list[str]]]:
    """(words only in a, words only in b) for each place where one replaced the other."""
    out, dele, ins = [], [], []
    for op, text in [*diff, (0, "")]:
        if op == -1:
            dele += tokenize(text).norms
        elif op == 1:
            ins += tokenize(text).norms
        else:
            if dele and ins:
                out.append((dele, ins))
            dele, ins = [], []
    return out


def rewording_score(comparison: Comparison, a: AnalysedArticle, b: AnalysedArticle, background: Counter) -> float:
    """Positive when ``b`` looks like the reworded copy of ``a``, negative for the reverse.
    ``background`` counts words (normal forms) in the story's other articles."""
    score = 0.0
    a_names, b_names = a.own_names, b.own_names

    def common(words: list[str]) -> float:
        return sum(math.log1p(background[w]) + (0.5 if w in STOPWORDS else 0.0) for w in words) / len(words)

    for p in comparison.passages:
        for only_a, only_b in _swaps(p.diff):
            score += max(-1.0, min(1.0, common(only_a) - common(only_b)))
            if a_names & set(only_a) and not a_names & set(only_b):
                score += 3.0
            if b_names & set(only_b) and not b_names & set(only_a):
                score -= 3.0
    meta_a = bool(a.article.outlet) + bool(a.article.authors)
    meta_b = bool(b.article.outlet) + bool(b.article.authors)
    return score + 0.5 * (meta_a - meta_b)
