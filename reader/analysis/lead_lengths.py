"""How long the story's own event lasts, told in the articles' leads with the noun each of
them picks: "began a 72-hour strike" in one report, "beginning a 48-hour stoppage" in
another, "the walkout is due to last 72 hours" further down a third.

:mod:`reader.analysis.duration_subjects` keys a length by a closed list of phrases and by the
noun that "lasted" or "took" it, and leaves a length written as a compound ("a 72-hour
strike") unkeyed: a compound alone may measure anything ("a 20-minute drive", "a 12-hour
shift"), and a story of a two-hour strike in one city and a four-hour one in another tells two
strikes. What makes a compound the length of *the story's* event is where and how it is told,
not its noun: the lead of a news report tells the story's event, so a compound length told
in an article's opening (its first ``LEAD_WORDS`` words) with the event as its object —
its noun a word the articles' openings share (:func:`reader.analysis.incident_clocks.story_words`),
or the object of a verb of beginning or staging ("began", "launched", "staged", "called") —
is the length of the story's event, whatever noun each article calls it by. The nouns so used
name the story's event for the rest of the story too: a length keyed by one of them ("the
strike lasted", "the stoppage is due to last") or written as a compound with one of them is the
same length. All of them are keyed ``("duration:<noun>", None)`` by the noun the most leads
use, so two articles giving the event two lengths conflict
(:mod:`reader.analysis.conflicts`), each article's only value of it: a story whose one article
tells both strikes holds both values, and they are not compared.

Hand-written: the opening's place in a news report is a rule of the genre, and the verbs
that begin or stage an event are few.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Sequence

from reader.analysis.article import AnalysedArticle, ArticleLike
from reader.analysis.duration_subjects import LISTED, in_one_unit
from reader.analysis.figure_uses import FigureUse, with_figures
from reader.analysis.figure_uses import Key as FigKey
from reader.analysis.incident_clocks import STEM, story_words

LEAD_WORDS = 80       # words of an article's opening: its title, its lead and the sentence after
_UNITS = frozenset({"minute", "hour", "day", "week"})
# the event as a verb of beginning or staging's object: "began a", "beginning a", "staged a", "called a"
_BEGUN = re.compile(r"\b(?:beg[ai]n\w*|begun|start\w*|launch\w*|stag(?:ed|es|ing|e)|call(?:ed|s|ing)?|hold\w*|held"
                    r"|announc\w*|open\w*|kick\w*\s+off)\s+(?:a|an|the|its|their)\s+$", re.IGNORECASE)
# words a compound's noun phrase may run on into ("a 10-hour vigil outside the hospital")
_AFTER_NOUN = frozenset({"outside", "inside", "near", "over", "across", "at", "in", "on", "by", "from", "after",
                         "before", "during", "since", "against", "for", "of", "to", "with", "that", "which"})
_NOT_EVENTS = frozenset({"period", "window", "drive", "walk", "ride", "flight", "journey", "trip", "shift", "span",
                         "stretch", "time", "notice", "warning", "deadline", "limit", "cycle", "news", "average"})


def lead_lengths(articles: Sequence[ArticleLike | AnalysedArticle], uses: list[FigureUse],
                 keys: list[FigKey]) -> tuple[list[FigureUse], list[FigKey]]:
    """``uses`` and ``keys`` with the lengths of the story's own event (module doc) keyed as one,
    each restated in the largest unit the story gives it in."""
    bodies = {a.id: a.body for a in articles}
    openings = {a.id: _opening_end(a.body) for a in articles}
    words = story_words(list(bodies.values()))
    lead: dict[int, str] = {}
    for n, u in enumerate(uses):
        f, body = u.figure, bodies.get(u.article, "")
        noun = _compound_noun(u)
        if noun is not None and f.start < openings[u.article] and (
                noun[:STEM] in words or _BEGUN.search(body, f.sentence_start, f.start)):
            lead[n] = noun
    if not lead:
        return uses, keys
    nouns = Counter(lead.values())
    key: FigKey = ("duration:" + nouns.most_common(1)[0][0], None)
    out = list(keys)
    for n, u in enumerate(uses):
        if n in lead or _named_length(u, keys[n], set(nouns)):
            out[n] = key
    figures = in_one_unit([u.figure for u in uses], out)
    uses = with_figures(uses, figures)
    return uses, out


def _opening_end(body: str) -> int:
    """The offset where an article's opening (its first ``LEAD_WORDS`` words) ends."""
    words = list(re.finditer(r"\S+", body[:LEAD_WORDS * 20]))
    return words[LEAD_WORDS - 1].end() if len(words) >= LEAD_WORDS else len(body)


def _compound_noun(u: FigureUse) -> str | None:
    """The event noun of a length written as a compound ("a 48-hour stoppage", "a two-day
    general strike", "a 10-hour vigil outside the hospital": the noun it modifies), or None."""
    f = u.figure
    if f.unit not in _UNITS or not f.modifies or "-" not in f.text[:f.number_end - f.start + 1]:
        return None
    words = f.modifies.lower().split()
    cut = next((n for n, w in enumerate(words) if w in _AFTER_NOUN), len(words))
    if cut == 0:
        return None
    noun = words[cut - 1]
    return None if noun in _NOT_EVENTS or not noun.isalpha() or len(noun) < 4 else noun


def _named_length(u: FigureUse, key: FigKey, nouns: set[str]) -> bool:
    """Whether ``u`` is a length of the story's event told further on: keyed by one of its
    ``nouns`` ("the stoppage lasted"), or a compound of one of them."""
    if key is not None and key[0].startswith("duration:") and key[0] not in LISTED:
        return key[0].removeprefix("duration:") in nouns
    return key is None and _compound_noun(u) in nouns
