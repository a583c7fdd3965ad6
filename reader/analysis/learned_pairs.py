"""Figures the hand-written rules left apart that a learned model reads as one quantity told
twice with two values.

The rules of :mod:`reader.analysis.conflicts` link figures by what they count and by the
words of their sentences, one failure class at a time. Figures a rule does not key ("The
plane was in the air for about three minutes" against "was airborne for less than 90
seconds"; "About 60 per cent of the forest burned" against "more than 80% of Gowan Ridge
State Forest") were found only when their values were within 5% of each other. The model
scores each candidate pair (:mod:`reader.analysis.pair_features`: the words the sentences
and the figures' neighbourhoods share, the keys, the units, the ratio, how many rivals each
figure has) and a pair is linked when its score is at least the model's threshold and
each figure is the other's best-scored candidate in that article.

The model is a small gradient-boosted tree ensemble (scikit-learn's
``HistGradientBoostingClassifier``) trained by ``tools/train_pair_model.py`` on the
project's own invented probes (``benchmarks/probes``: each story written with its true
conflicts and traps before reader ran on it), and shipped as plain numbers in
``data/pair_model.json``; reader evaluates it with numpy, so scikit-learn is needed to train
it, never to run it. The threshold was chosen on probes the model had not seen (five folds
by probe): about nine in ten of the pairs it links there are a true conflict. A pair the
rules would keep apart is never linked (two keys naming two things, figures of two times,
an article stating both values, two events).

The model reads a story like those it learned from (five or six articles of 280 to 420 words each):
figures of articles of at least ``MIN_WORDS`` words, when a story has ``MIN_ARTICLES`` such articles
at least. Its features count words across the story (a word rare in the story, the rivals a figure
has in the other article), which say nothing in a story of two one-sentence texts: there, on the
project's tests of false claims ("About 40 people gathered outside the Orvel town hall" against
"Nearly 55 people gathered at the Orvel church"), it linked 27 pairs the rules rightly keep apart.

A model file that cannot be read leaves the rules alone: the step links nothing.
"""

from __future__ import annotations

import functools
import json
from collections.abc import Callable, Container, Sequence
from importlib import resources
from typing import Any

import numpy as np

from reader.analysis.article import AnalysedArticle, ArticleLike
from reader.analysis.figure_uses import FigureUse, Key
from reader.analysis.pair_features import FEATURES, PairFeatures
from reader.text.tokens import word_count

MODEL_FILE = "pair_model.json"
MODEL_VERSION = 1
MIN_ARTICLES = 4    # articles of at least MIN_WORDS a story needs for the model to read it (module doc)
MIN_WORDS = 150


class PairModel:
    """A tree ensemble read from its JSON form: trees of node arrays (feature, threshold,
    left, right, leaf flag, value); a pair's score is the logistic of the baseline plus the
    value of the leaf each tree sends it to."""

    def __init__(self, data: dict[str, Any]) -> None:
        if data.get("version") != MODEL_VERSION or tuple(data["features"]) != FEATURES:
            raise ValueError("pair model: another version or other features")
        self.threshold = float(data["threshold"])
        self.baseline = float(data["baseline"])
        self.trees = [{k: np.asarray(t[k]) for k in ("feature", "threshold", "left", "right", "leaf", "value")}
                      for t in data["trees"]]
        self.depth = int(data["depth"])

    def scores(self, rows: np.ndarray) -> np.ndarray:
        """The model's probability for each row of ``rows`` (one pair per row, ``FEATURES`` order)."""
        raw = np.full(len(rows), self.baseline)
        everyone = np.arange(len(rows))
        for t in self.trees:
            node = np.zeros(len(rows), dtype=np.int64)
            for _ in range(self.depth):
                leaf = t["leaf"][node]
                if leaf.all():
                    break
                left = rows[everyone, t["feature"][node]] <= t["threshold"][node]
                node = np.where(leaf, node, np.where(left, t["left"][node], t["right"][node]))
            raw += t["value"][node]
        return 1.0 / (1.0 + np.exp(-raw))


@functools.cache
def pair_model() -> PairModel | None:
    """The shipped model, read once; None when its file is missing or unreadable (module doc)."""
    try:
        text = resources.files("reader.analysis.data").joinpath(MODEL_FILE).read_text(encoding="utf-8")
        return PairModel(json.loads(text))
    except (OSError, ValueError, KeyError, TypeError):
        return None


def scored_pairs(uses: Sequence[FigureUse], keys: Sequence[Key], several: set[tuple[str, str | None]],
                 same: Callable[[int, int], bool],
                 long: Container[str]) -> tuple[list[tuple[int, int]], PairFeatures, np.ndarray]:
    """The candidate pairs (:class:`reader.analysis.pair_features.PairFeatures`) of figures of the articles
    of ``long`` (module doc: the model's domain), their feature rows and the model's scores (empty when
    there is no model)."""
    table = PairFeatures(uses, keys, several)
    pairs = [(i, j) for i, j in table.candidates(same) if uses[i].article in long and uses[j].article in long]
    model = pair_model()
    if not pairs or model is None:
        return pairs, table, np.zeros(len(pairs))
    rows = np.asarray([table.row(i, j) for i, j in pairs], dtype=np.float64)
    return pairs, table, model.scores(rows)


def long_articles(articles: Sequence[ArticleLike | AnalysedArticle]) -> set[str]:
    """The ids of the articles of at least ``MIN_WORDS`` words, when there are ``MIN_ARTICLES`` of them; else
    none (module doc)."""
    long = {a.id for a in articles if word_count(a.body) >= MIN_WORDS}
    return long if len(long) >= MIN_ARTICLES else set()


def learned_pairs(uses: Sequence[FigureUse], keys: Sequence[Key], several: set[tuple[str, str | None]],
                  same: Callable[[int, int], bool], long: Container[str]) -> list[tuple[int, int]]:
    """The pairs to link (module doc): of figures of the articles of ``long`` (:func:`long_articles`),
    scored at least the threshold, each figure the other's best candidate in the other's article."""
    model = pair_model()
    if model is None or not long:
        return []
    pairs, _, scores = scored_pairs(uses, keys, several, same, long)
    best: dict[tuple[int, str], float] = {}
    for (i, j), s in zip(pairs, scores, strict=True):
        for x, y in ((i, j), (j, i)):
            at = (x, uses[y].article)
            best[at] = max(best.get(at, 0.0), float(s))
    return [(i, j) for (i, j), s in zip(pairs, scores, strict=True) if s >= model.threshold
            and s >= best[(i, uses[j].article)] and s >= best[(j, uses[i].article)]]
