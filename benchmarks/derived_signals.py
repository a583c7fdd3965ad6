"""Is there a text signal that two articles are *derived* (one rewrites the other, or both
are versions of one wire story) that independent reports of the same event do not show?

    python -m benchmarks.derived_signals [--data DIR] [--json]

Reads the development stories (``../shared/data/stories-dev``, the folder
:mod:`benchmarks.story_eval` reads; ``--data`` points elsewhere), analyses each story in
this process (:func:`reader.analysis.story.analyse_story`) and measures, on **every** pair
of articles, the candidate signals below. The gold's ``relation.derived`` splits the
pairs into *derived* (reader relates it already: a passage or a provenance link; or
reader *misses* it) and *not derived* (independent reports, two texts of one wire with
nothing in common, pairs with the distractor). Only ids and numbers are printed, never
article text (the texts are copyrighted; nothing of them enters the repository).

The signals (quotations are the spans reader's quote finder marks; "content words" are
:func:`reader.analysis.rewording.content_words`):

``order``
    reader's own reworded-copy signal: the share of the shorter article's content words
    that recur in the other in the same order (longest common subsequence).
``quote_run``
    the longest run of words common to a quotation of each article (the same verbatim
    quotation; two reports of one press conference quote it too).
``quote_grams``
    distinct 5-word runs inside quotations that both articles carry.
``text_run``
    the longest run of words outside quotations common to both (a kept phrase).
``phrases``
    distinct 4-word runs outside quotations, with at least one content word, common to
    both; ``exclusive`` counts those no other article of the story carries.
``sentence``
    the best Dice similarity of the content-word sets of a sentence of each (sentences of
    five or more content words): one sentence told again in other words.
``figures``
    distinct numbers outside quotations in both (years and one-digit numbers left out).
``dateline`` / ``wire``
    1 when both open with the same dateline / credit a common wire
    (:func:`reader.analysis.credits.find_credits`).

For each signal the summary gives the values on the derived pairs reader misses, the
largest value on a not-derived pair, and how many not-derived pairs (that reader does not
relate already) would be related by the threshold that catches every missed pair: the
false relations a rule on that signal alone would add. ``gap`` is the smallest missed
value minus the largest not-derived value: a rule separates them with margin only when it
is positive.
"""

from __future__ import annotations

import argparse
import bisect
import json
import statistics
import sys
from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from itertools import combinations
from pathlib import Path
from typing import Any

from benchmarks.story_eval import ARTICLE_GLOB, DEFAULT_DATA, story_folders

Word = str | None
MIN_SENTENCE_WORDS = 5
PHRASE_N = 4
QUOTE_GRAM_N = 5


@dataclass
class ArticleText:
    """What the signals read of one article: its word normal forms with the quoted ones
    (``unquoted``) or the others (``quoted``) blanked to None, the content-word sets of its
    sentences, its content words in order, dateline and wires credited."""

    id: str
    unquoted: list[Word]
    quoted: list[Word]
    sentences: list[frozenset[str]]
    content: list[str]
    dateline: str | None = None
    wires: tuple[str, ...] = ()


def _is_content(w: str) -> bool:
    from reader.text.tokens import STOPWORDS

    return len(w) > 1 and w not in STOPWORDS and (w.isalpha() or any(c.isdigit() for c in w))


def article_text(art: Any) -> ArticleText:
    """The :class:`ArticleText` of an analysed article (:class:`reader.analysis.article.AnalysedArticle`)."""
    from reader.analysis.credits import find_credits
    from reader.analysis.rewording import content_words

    starts = art.tokens.starts

    def token_range(start: int, end: int) -> range:
        return range(bisect.bisect_left(starts, start), bisect.bisect_left(starts, end))

    inside: set[int] = set()
    for q in art.quotes:
        inside.update(token_range(q.start, q.end))
    norms = art.norms
    unquoted = [None if k in inside else w for k, w in enumerate(norms)]
    quoted = [w if k in inside else None for k, w in enumerate(norms)]
    sentences = []
    for s, e in art.sentences:
        words = frozenset(w for k in token_range(s, e) if (w := unquoted[k]) is not None and _is_content(w))
        if len(words) >= MIN_SENTENCE_WORDS:
            sentences.append(words)
    credits = find_credits(art.article)
    return ArticleText(art.id, unquoted, quoted, sentences, content_words(art), credits.dateline, credits.wires)


def longest_run(a: Sequence[Word], b: Sequence[Word]) -> int:
    """The longest run of items (None never matches) that ``a`` and ``b`` both contain."""
    where: dict[str, list[int]] = {}
    for k, w in enumerate(b):
        if w is not None:
            where.setdefault(w, []).append(k)
    best = 0
    previous: dict[int, int] = {}
    for w in a:
        current: dict[int, int] = {}
        if w is not None:
            for k in where.get(w, ()):
                current[k] = previous.get(k - 1, 0) + 1
                best = max(best, current[k])
        previous = current
    return best


def grams(words: Sequence[Word], n: int, need_content: bool = True) -> set[tuple[str, ...]]:
    """Distinct runs of ``n`` words (no None inside), with a content word when asked."""
    out: set[tuple[str, ...]] = set()
    for k in range(len(words) - n + 1):
        run = words[k:k + n]
        if any(w is None for w in run):
            continue
        gram = tuple(w for w in run if w is not None)
        if not need_content or any(_is_content(w) for w in gram):
            out.add(gram)
    return out


def best_dice(a: Sequence[frozenset[str]], b: Sequence[frozenset[str]]) -> float:
    """The best Dice similarity between a set of ``a`` and a set of ``b`` (0 when either is empty)."""
    return max((2 * len(x & y) / (len(x) + len(y)) for x in a for y in b), default=0.0)


def figures(words: Iterable[Word]) -> set[str]:
    """Numbers among ``words``: tokens with a digit, years (1900-2099) and one-digit numbers left out."""
    out = set()
    for w in words:
        if w is None or not any(c.isdigit() for c in w):
            continue
        if (w.isdigit() and (len(w) == 1 or (len(w) == 4 and 1900 <= int(w) <= 2099))):
            continue
        out.add(w)
    return out


def order_share(a: ArticleText, b: ArticleText) -> float:
    """reader's reworded-copy signal: content words of the shorter in the same order in the other."""
    from reader.analysis.rewording import lcs_length

    shorter = min(len(a.content), len(b.content))
    return lcs_length(a.content, b.content) / shorter if shorter else 0.0


def pair_signals(a: ArticleText, b: ArticleText, phrase_count: Counter | None = None) -> dict[str, float]:
    """Every signal of the module doc for one pair; ``phrase_count`` counts in how many
    articles of the story each phrase occurs (for ``exclusive``; 0 without it)."""
    shared_phrases = grams(a.unquoted, PHRASE_N) & grams(b.unquoted, PHRASE_N)
    exclusive = sum(1 for g in shared_phrases if phrase_count is not None and phrase_count[g] == 2)
    return {
        "order": round(order_share(a, b), 3),
        "quote_run": longest_run(a.quoted, b.quoted),
        "quote_grams": len(grams(a.quoted, QUOTE_GRAM_N, False) & grams(b.quoted, QUOTE_GRAM_N, False)),
        "text_run": longest_run(a.unquoted, b.unquoted),
        "phrases": len(shared_phrases),
        "exclusive": exclusive,
        "sentence": round(best_dice(a.sentences, b.sentences), 3),
        "figures": len(figures(a.unquoted) & figures(b.unquoted)),
        "dateline": int(a.dateline is not None and a.dateline == b.dateline),
        "wire": int(bool(set(a.wires) & set(b.wires))),
    }


SIGNALS = ("order", "quote_run", "quote_grams", "text_run", "phrases", "exclusive", "sentence", "figures",
           "dateline", "wire")


@dataclass
class PairRow:
    story: str
    a: str
    b: str
    kind: str            # the gold relation type
    derived: bool
    related: bool        # reader relates it: a passage or a provenance link
    signals: dict[str, float] = field(default_factory=dict)


def story_rows(story_name: str, texts: Sequence[ArticleText], gold_pairs: dict[tuple[str, str], dict],
               related: set[tuple[str, str]]) -> list[PairRow]:
    """One row per pair of ``texts``, with the gold's relation and reader's."""
    phrase_count: Counter = Counter()
    for t in texts:
        phrase_count.update(grams(t.unquoted, PHRASE_N))
    rows = []
    for a, b in combinations(texts, 2):
        key = (a.id, b.id) if a.id <= b.id else (b.id, a.id)
        gold = gold_pairs[key]["relation"]
        rows.append(PairRow(story_name, key[0], key[1], gold["type"], bool(gold["derived"]), key in related,
                            pair_signals(a, b, phrase_count)))
    return rows


@dataclass
class Summary:
    """How one signal splits the pairs (see the module doc)."""

    signal: str
    missed: list[float]              # derived pairs reader does not relate
    related_median: float | None     # derived pairs reader relates
    not_derived_max: float | None
    by_kind_max: dict[str, float]    # the largest value per gold relation type of the not-derived pairs
    threshold: float | None          # the smallest missed value
    false_at_threshold: int | None   # not-derived pairs, not related already, at or above it (None: the
                                     # signal is absent, 0, in a missed pair)
    gap: float | None

    def to_json(self) -> dict[str, Any]:
        return dict(self.__dict__)


def summarise(rows: Sequence[PairRow], signal: str) -> Summary:
    missed = sorted(r.signals[signal] for r in rows if r.derived and not r.related)
    related = [r.signals[signal] for r in rows if r.derived and r.related]
    others = [r for r in rows if not r.derived]
    by_kind: dict[str, float] = {}
    for r in others:
        by_kind[r.kind] = max(by_kind.get(r.kind, r.signals[signal]), r.signals[signal])
    top = max((r.signals[signal] for r in others), default=None)
    threshold = missed[0] if missed else None
    false = None if not threshold else sum(1 for r in others if not r.related and r.signals[signal] >= threshold)
    gap = None if threshold is None or top is None else round(threshold - top, 3)
    return Summary(signal, missed, statistics.median(related) if related else None, top, by_kind, threshold,
                   false, gap)


def analyse_folder(folder: Path) -> list[PairRow]:
    """The rows of one story folder (its articles analysed in this process)."""
    from reader.analysis.story import analyse_story
    from reader.library.loading import load_library

    gold = json.loads((folder / "gold.json").read_text(encoding="utf-8"))
    files = sorted(folder.glob(ARTICLE_GLOB))
    story = analyse_story(load_library([str(f) for f in files]).articles)
    arts = story.analysed
    ids = [a.id for a in arts]

    def key(x: str, y: str) -> tuple[str, str]:
        return (x, y) if x <= y else (y, x)

    related = {key(ids[i], ids[j]) for (i, j), c in story.comparisons.items() if c.passages}
    related |= {key(lk.copy, lk.source) for lk in story.links}
    gold_pairs = {key(p["a"], p["b"]): p for p in gold["pairs"]}
    return story_rows(folder.name, [article_text(a) for a in arts], gold_pairs, related)


@dataclass(frozen=True)
class Rule:
    """A conjunction of signals at thresholds (``dateline``: 1 means both share it)."""

    at_least: tuple[tuple[str, float], ...]

    def __call__(self, signals: dict[str, float]) -> bool:
        return all(signals[name] >= value for name, value in self.at_least)

    def loosened(self, name: str, step: float) -> Rule:
        return Rule(tuple((n, v - step if n == name else v) for n, v in self.at_least))

    def __str__(self) -> str:
        return " & ".join(f"{n} >= {_fmt(v)}" for n, v in self.at_least)


def rule_counts(rows: Sequence[PairRow], rule: Rule) -> dict[str, Any]:
    """What ``rule`` would add: derived pairs reader misses that it relates (``caught``),
    not-derived pairs not related already that it relates (``false``, with their ids)."""
    hits = [r for r in rows if not r.related and rule(r.signals)]
    false = [r for r in hits if not r.derived]
    return {"rule": str(rule), "caught": sum(r.derived for r in hits), "false": len(false),
            "false_pairs": [f"{r.story}:{r.a}~{r.b} ({r.kind})" for r in false]}


# The one conjunction that relates every pair reader misses on stories-dev with no false
# relation, and its margin: each threshold loosened by one step (see README / issue 11).
CONJUNCTION = Rule((("text_run", 6), ("dateline", 1), ("figures", 1)))


def margin_check(rows: Sequence[PairRow], rule: Rule = CONJUNCTION) -> list[dict[str, Any]]:
    """``rule`` and the rules with one numeric threshold loosened by one step."""
    out = [rule_counts(rows, rule)]
    for name, value in rule.at_least:
        if name not in ("dateline", "wire") and value > 1:
            out.append(rule_counts(rows, rule.loosened(name, 1)))
    return out


def _fmt(x: float | None) -> str:
    if x is None:
        return "-"
    return f"{x:.2f}" if isinstance(x, float) and not x.is_integer() else str(int(x))


def format_summaries(summaries: Sequence[Summary], rows: Sequence[PairRow]) -> str:
    derived = sum(r.derived for r in rows)
    missed = sum(r.derived and not r.related for r in rows)
    kinds = sorted({r.kind for r in rows if not r.derived})
    counts = Counter(r.kind for r in rows if not r.derived)
    head = ["signal", "missed derived", "related med", "not-derived max",
            *(f"{k} ({counts[k]})" for k in kinds), "false at thr", "gap"]
    table = [[s.signal, " ".join(_fmt(v) for v in s.missed) or "-", _fmt(s.related_median), _fmt(s.not_derived_max),
              *(_fmt(s.by_kind_max.get(k)) for k in kinds), _fmt(s.false_at_threshold), _fmt(s.gap)]
             for s in summaries]
    widths = [max(len(h), *(len(r[i]) for r in table)) for i, h in enumerate(head)]
    lines = [f"{len(rows)} pairs: {derived} derived ({missed} not related by reader), "
             f"{len(rows) - derived} not derived",
             "  ".join(h.rjust(w) for h, w in zip(head, widths, strict=True))]
    lines += ["  ".join(c.rjust(w) for c, w in zip(r, widths, strict=True)) for r in table]
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n", 1)[0] if __doc__ else None)
    parser.add_argument("--data", type=Path, default=DEFAULT_DATA, help="the stories-dev folder")
    parser.add_argument("--json", action="store_true", help="print every pair's signals and the summaries as JSON")
    args = parser.parse_args(argv)
    if not args.data.is_dir():
        print(f"derived_signals: no development stories at {args.data} (the data is not part of the repository); "
              "nothing to measure.")
        return 0
    rows: list[PairRow] = []
    for folder in story_folders(args.data):
        rows += analyse_folder(folder)
    summaries = [summarise(rows, s) for s in SIGNALS]
    margins = margin_check(rows)
    if args.json:
        print(json.dumps({"pairs": [r.__dict__ for r in rows], "summaries": [s.to_json() for s in summaries],
                          "margin": margins}, indent=1))
        return 0
    print(format_summaries(summaries, rows))
    print()
    print("a conjunction, and the same with one threshold loosened by one step:")
    for m in margins:
        print(f"  {m['rule']}: catches {m['caught']} missed derived pair(s), adds {m['false']} false relation(s)"
              + (f": {', '.join(m['false_pairs'])}" if m["false_pairs"] else ""))
    return 0


if __name__ == "__main__":
    sys.exit(main())
