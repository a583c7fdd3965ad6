"""Which words of each article lie in the passages it shares with each partner.

For an aligned pair, the *containment* of article X in Y is the share of X's words that
lie in passages X shares with Y, words inside quotation marks left out (two reports
quoting the same speaker are not copies; but a passage one side quotes from the other's
own text, not quoted there, counts: "Here is the paragraph from her memo:" and the memo),
and so are a passage's stretches of one side
only (:attr:`reader.engine.compare.Passage.inserts`). A pair is *linked* (it shares
enough text for a provenance link) when either containment in ``verbatim`` and
``edited`` passages reaches ``MIN_CONTAINMENT``, or either containment counting
``rewritten`` passages too reaches ``MIN_REWORDED``, or one verbatim or edited passage
keeps ``MIN_LIFTED`` words unchanged outside quotation marks: a whole sentence lifted
into an otherwise separate text (a patchwork of other sites' sentences) is reuse however
long the rest is; on the dev stories no pair of separate reports shares more than 7 such
words in one passage. So is one ``rewritten`` passage of ``MIN_REWORDED_RUN`` words or more
outside quotation marks on each side: a paragraph run reworded sentence by sentence (a
station's story an aggregator rewrote, its quotes lifted whole, which leaves the rewording
under ``MIN_REWORDED`` of the text); separate reports of one event share at most 28 such words
in one passage on the dev stories, 23 on the invented probes 25 to 27, where the reworded
copies share 24 to 238. (Two reports of one news conference share the quotes and the words
an edit changed around them, which the aligner joins into one passage: those are not
kept words.) The words X shares with Y and with no other article of a group are its
*exclusive* words: the evidence that X took them from Y.
"""

from __future__ import annotations

from collections.abc import Sequence

from reader.analysis.article import AnalysedArticle
from reader.analysis.quoted_passages import QUOTED_SHARE, QuotedWords
from reader.analysis.word_ranges import words_between
from reader.engine.compare import Comparison, Passage, shared_tokens
from reader.engine.moves import kept_spans

MIN_CONTAINMENT = 0.2
MIN_REWORDED = 0.5
MIN_LIFTED = 12
MIN_REWORDED_RUN = 60


def _shared(p: Passage, starts: Sequence[int], side: str) -> list[int]:
    """The token indexes of one side of a passage that are shared text (its one-sided
    stretches left out: :func:`reader.engine.compare.shared_tokens`)."""
    return [t for first, end in shared_tokens(p, starts, side) for t in range(first, end)]


def _kept(p: Passage, starts: Sequence[int], side: str) -> set[int]:
    """The token indexes of one side of a passage that its diff keeps unchanged (the
    words of a lifted sentence; the words an edit changed are not)."""
    return {t for s, e in kept_spans([p], side) for t in words_between(starts, s, e)}


def _quotes_other(mine: list[int], theirs: list[int], my_quoted: set[int], their_quoted: set[int]) -> bool:
    """Whether one side of a passage quotes the other's own words: at least
    ``QUOTED_SHARE`` of its words are inside quotation marks (or a blockquote a colon
    introduces) and under ``1 - QUOTED_SHARE`` of the other's are ("Here is the paragraph
    from her memo:" and the memo itself). Those words are the quoting side's evidence of
    drawing on the other, not a quotation both took from a speaker."""
    if not mine or not theirs:
        return False
    mine_share = len(my_quoted.intersection(mine)) / len(mine)
    their_share = len(their_quoted.intersection(theirs)) / len(theirs)
    return mine_share >= QUOTED_SHARE and their_share < 1 - QUOTED_SHARE


class SharedWords:
    """Token indexes of each article in passages with each partner, quotations left out: the
    words starting inside a quotation of the article's :class:`reader.analysis.quoted_passages.QuotedWords`
    (:meth:`~reader.analysis.quoted_passages.QuotedWords.indexes`)."""

    def __init__(self, articles: Sequence[AnalysedArticle], comparisons: dict[tuple[int, int], Comparison]) -> None:
        self.articles = articles
        quoted = [QuotedWords.of(a).indexes() for a in articles]
        self.sets: dict[tuple[int, int], set[int]] = {}
        self.reused: dict[tuple[int, int], set[int]] = {}    # verbatim and edited passages only
        self.lifted: dict[tuple[int, int], int] = {}         # most unquoted words in one such passage
        self.reworded_run: dict[tuple[int, int], int] = {}   # most unquoted words in one rewritten passage
        for (i, j), comp in comparisons.items():
            si: set[int] = set()
            sj: set[int] = set()
            ri: set[int] = set()
            rj: set[int] = set()
            lift = run = 0
            for p in comp.passages:
                ti = _shared(p, articles[i].tokens.starts, "a")
                tj = _shared(p, articles[j].tokens.starts, "b")
                qi, qj = (set() if _quotes_other(ti, tj, quoted[i], quoted[j]) else quoted[i],
                          set() if _quotes_other(tj, ti, quoted[j], quoted[i]) else quoted[j])
                si.update(set(ti) - qi)
                sj.update(set(tj) - qj)
                if p.kind == "rewritten":
                    run = max(run, min(len(set(ti) - qi), len(set(tj) - qj)))
                else:
                    ri.update(set(ti) - qi)
                    rj.update(set(tj) - qj)
                    lift = max(lift, min(len(_kept(p, articles[i].tokens.starts, "a") - qi),
                                         len(_kept(p, articles[j].tokens.starts, "b") - qj)))
            self.sets[(i, j)], self.sets[(j, i)] = si, sj
            self.reused[(i, j)], self.reused[(j, i)] = ri, rj
            self.lifted[(i, j)] = self.lifted[(j, i)] = lift
            self.reworded_run[(i, j)] = self.reworded_run[(j, i)] = run

    def of(self, i: int, j: int) -> set[int]:
        return self.sets.get((i, j), set())

    def contained(self, i: int, j: int, reused_only: bool = False) -> float:
        n = self.articles[i].word_count
        words = self.reused.get((i, j), set()) if reused_only else self.of(i, j)
        return len(words) / n if n else 0.0

    def linked(self, i: int, j: int) -> bool:
        """Enough reused text for a link: ``MIN_CONTAINMENT`` in verbatim or edited passages,
        or ``MIN_REWORDED`` counting reworded ones (a reworded copy rewords most of a text;
        two reports of one event share a few reworded phrases), or a lifted sentence
        (``MIN_LIFTED`` unquoted words in one verbatim or edited passage), or a reworded
        paragraph run (``MIN_REWORDED_RUN`` unquoted words on each side of one rewritten passage)."""
        return (self._by_share(i, j) or self.lifted.get((i, j), 0) >= MIN_LIFTED
                or self.reworded_run.get((i, j), 0) >= MIN_REWORDED_RUN)

    def _by_share(self, i: int, j: int) -> bool:
        return (max(self.contained(i, j, True), self.contained(j, i, True)) >= MIN_CONTAINMENT
                or max(self.contained(i, j), self.contained(j, i)) >= MIN_REWORDED)

    def lifted_only(self, i: int, j: int) -> bool:
        """Linked by a lifted sentence alone: neither containment reaches its mark."""
        return self.lifted.get((i, j), 0) >= MIN_LIFTED and not self._by_share(i, j)

    def exclusive(self, i: int, j: int, others: Sequence[int]) -> int:
        """Words of article i shared with j and with no other article of ``others``."""
        return len(self.exclusive_words(i, j, others))

    def exclusive_words(self, i: int, j: int, others: Sequence[int]) -> set[int]:
        """Token indexes of article i shared with j and with no other article of ``others``."""
        rest = set(self.of(i, j))
        for k in others:
            if k not in (i, j):
                rest -= self.of(i, k)
        return rest

    def fullest(self, members: list[int]) -> int:
        """The member with the most words in passages with the others (through the pairs
        that were aligned: a dense family's members are aligned with one representative,
        so going through every other member would be all pairs)."""
        inside = set(members)
        partners: dict[int, list[int]] = {k: [] for k in members}
        for (i, j) in self.sets:
            if i in partners and j in inside and i != j:
                partners[i].append(j)
        return max(members, key=lambda k: (len(set().union(*(self.sets[(k, m)] for m in partners[k]))), -k))
