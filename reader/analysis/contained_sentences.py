"""Short sentences another source prints inside a sentence of its own.

"The cause is under investigation." has two content words: the Dice test of
:mod:`reader.analysis.unique_lines` needs three in common, and its test for short sentences
needs the whole sentence printed word for word. Another source that writes "Coldharbour
Energy says the cause is under investigation." carries that sentence all the same, and its
own sentence is that sentence with an attribution put before or after it. So:

- a short sentence (fewer than three content words, at least ``MIN_RUN`` words) is carried
  when its words, in order and unbroken, are a run of a sentence of another article;
- a sentence holding such a run of another article's short sentence is carried when what
  it adds around the run is an attribution: at most ``ATTRIBUTION_WORDS`` words, one of
  them a verb of speech ("X says …", "…, police said"). Anything else it adds is news of its
  own, and it stays a line.

Hand-written: it is a lookup of word runs by their content words, over the few short
sentences of a story; no library matches runs of words inside sentences of other
documents with that condition on what surrounds them.
"""

from __future__ import annotations

from reader.analysis.article import AnalysedArticle
from reader.analysis.gazetteer import SPEECH_VERBS

MIN_RUN = 4            # a short sentence of fewer words is no line, and too common a run
ATTRIBUTION_WORDS = 4  # words around the run that can be an attribution ("Coldharbour Energy says")
_SAYING = (SPEECH_VERBS - {"who"}) | {"according"}

Norms = tuple[str, ...]


class ContainedSentences:
    """Which sentences are carried by a short sentence's run inside another (see the
    module). ``words``: per article, per sentence, its distinct content words, sorted (a
    sentence is short with fewer than three). A sentence's words are read only when its
    content words hold all of some short sentence's: on a 5 MB article, nearly none."""

    def __init__(self, articles: list[AnalysedArticle], words: list[list[tuple[str, ...]]]) -> None:
        self.articles = articles
        self.runs: dict[str, list[tuple[Norms, frozenset[str], int, int]]] = {}  # a content word → runs
        for i, art in enumerate(articles):
            for k, ws in enumerate(words[i]):
                if 0 < len(ws) < 3 and art.words_in(*art.sentences[k]) >= MIN_RUN:
                    run = self._norms(i, k)
                    self.runs.setdefault(ws[0], []).append((run, frozenset(ws), i, k))
        self.carried_at: set[tuple[int, int]] = set()
        if self.runs:
            self._find(words)

    def carried(self, i: int, k: int) -> bool:
        """Whether sentence ``k`` of article ``i`` is carried this way."""
        return (i, k) in self.carried_at

    def _norms(self, i: int, k: int) -> Norms:
        return tuple(self.articles[i].norms_of(*self.articles[i].sentences[k]))

    def _find(self, words: list[list[tuple[str, ...]]]) -> None:
        for j, sents in enumerate(words):
            for k, ws in enumerate(sents):
                have = set(ws)
                runs = [r for w in ws for r in self.runs.get(w, ()) if r[2] != j and r[1] <= have]
                if runs:
                    self._match(j, k, runs)

    def _match(self, j: int, k: int, runs: list[tuple[Norms, frozenset[str], int, int]]) -> None:
        """Mark the runs found in sentence ``k`` of article ``j``, and that sentence when it
        adds only an attribution around one of them."""
        words = self._norms(j, k)
        for run, _, i, at in runs:
            start = _find_run(words, run)
            if start < 0 or run == words:
                continue
            self.carried_at.add((i, at))
            if _attribution(words[:start] + words[start + len(run):]):
                self.carried_at.add((j, k))


def _find_run(words: Norms, run: Norms) -> int:
    """Where ``run`` starts in ``words``, or -1."""
    for start in range(len(words) - len(run) + 1):
        if words[start:start + len(run)] == run:
            return start
    return -1


def _attribution(rest: Norms) -> bool:
    """``rest``, the words a sentence adds around another's, are only an attribution."""
    return 0 < len(rest) <= ATTRIBUTION_WORDS and any(w in _SAYING for w in rest)
