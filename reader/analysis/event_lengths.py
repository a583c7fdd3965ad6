"""How long one thing of a story went on, told by two sources with two verbs: "fishing has
been suspended on the lake for 28 days" and "fishing on the lake has been banned for six
weeks"; "the plane circled over the sea for about 40 minutes" and "watched the plane loop over
the water for more than an hour"; "flaring ended …, after about seven hours" and "flames roared
from the stacks for nearly 10 hours after the flaring began".

:mod:`reader.analysis.duration_subjects`, :mod:`reader.analysis.clause_durations` and
:mod:`reader.analysis.lead_lengths` key a length by the words its clause is told with (a
closed list of phrases, a noun that "lasted", a strike or an outage); a length told with any
other verb stays unkeyed, and two sources' lengths of one thing never met. This module reads
them by structure, not by verb:

- a *told length* is a length of minutes, hours, days, weeks or months that a clause's event
  went on for, whatever the verb: after "for", "over", "lasted", "lasting", "took (us)", "spent", or
  "after" closing its clause ("the lockdown was lifted after 3 hours and 10 minutes."), or, read only
  when its article tells no other length of its scale, a time something was done in: "within"
  closing its clause ("The fire was out within 90 minutes"), "needed" or "required" ("Crews needed
  more than 7 hours to isolate the break"; "in three days" is no such time: "running out of milk
  in three days", "the second walkout in 14 months"); not a
  time from another moment ("20 minutes later", "two days into", "every 40 minutes", "within
  an hour of", "35 minutes longer", "three days of rain"), nor one of an earlier event (a year,
  "last", "previous" before it), nor a compound ("a 40-minute drive"), nor a length keyed by
  what it measures unless no other article gives its key (:func:`_lonely`: "the tugs idled
  for" meets nothing);
- one article's told lengths are read only when it tells one value of a scale (minutes to
  weeks; months): an article telling two lengths of a scale unkeyed tells two things, and which
  of them another source's length is would be a guess;
- two articles' told lengths of a scale are one quantity when their sentences share a word
  that is no name (in lower case, four letters or more, not a stop word nor a word of time):
  at least ``MIN_SHARED`` words, or one word of the story's openings
  (:func:`reader.analysis.incident_clocks.story_words`): the thing that went on, named by the
  story ("the plane", "fishing", "the flaring").

A told length whose sentence shares that evidence with the sentences of other articles' lengths
already keyed by what they measure (``"duration:…"``, one key only, one its article does not
give; a sentence that tells two lengths keyed apart is no evidence for either) takes their
key: "the pier was shut to anglers for 40 minutes" beside another's "the pier's closure lasted
two hours". Other told lengths linked (with others by the same evidence)
are keyed ``("duration:<word>", "length")`` by their most shared word and restated in one unit
(:func:`reader.analysis.duration_subjects.in_one_unit`), so their values are compared as one
length's.

Hand-written: the frames of a length are a short closed list of English prepositions and
verbs of duration; the rest is word overlap, no list of event verbs.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Container, Sequence

from reader.analysis.article import AnalysedArticle, ArticleLike
from reader.analysis.duration_subjects import in_one_unit
from reader.analysis.figure_uses import FigureUse, with_figures
from reader.analysis.figure_uses import Key as FigKey
from reader.analysis.figures import number_word_value
from reader.analysis.incident_clocks import STEM, story_words
from reader.analysis.measured_durations import SINCE
from reader.text.tokens import STOPWORDS

EVENT = "length"        # the key's event: one thing's, by this module's evidence (no context asked again)
MIN_SHARED = 2          # words two sentences share, at least, unless one is a word of the story's openings
SCALES = ({"minute": 1, "hour": 60, "day": 1440, "week": 10080}, {"month": 1})
# the frame a length is told in: "for", "lasted", "took us", "spent", "after" (closing its clause)
_BEFORE = re.compile(r"\b(?:for|over|lasted|lasting|last|lasts|took(?:\s+\w+)?|takes?(?:\s+\w+)?|spent|spend(?:s|ing)?"
                     r"|(?P<P>after)|(?P<W>needed|needs?|required|(?P<IN>within)))\s+$", re.IGNORECASE)
STRONG, WEAK = 2, 1     # a length's frame: what it went on for; a time to do something, read when no other is
_CLAUSE_END = re.compile(r"\s*(?:[.;,!?)\"”]|$)")
# a time from another moment, or a repeat: "20 minutes later", "two days into", "every 40 minutes"
# ("35 minutes longer than", "three days of rain": a difference, an amount of a thing)
_AFTER_NOT = re.compile(r"\s*(?:later|earlier|ago|into|from\s+now|of|longer|shorter|more|less|extra|early|late"
                        r"|behind|ahead|each|every|a\s+(?:day|week|month|year)|per)\b", re.IGNORECASE)
# an earlier event of the kind, told before the length: "the drivers last struck in 2009, for nine days"
_EARLIER = re.compile(r"\b(?:(?:19|20)\d\d|last(?!\s+of\b)|previous|prior|ago|former|once)\b", re.IGNORECASE)
_BEFORE_NOT = re.compile(r"\b(?:every|each|within|in|another|first|last|next|past|previous)\s+$", re.IGNORECASE)
_WORD = re.compile(r"(?<![\w’'-])[a-z][a-z’'-]{3,}")
_TIME_WORDS = frozenset({"minute", "minutes", "hour", "hours", "day", "days", "week", "weeks", "month", "months",
                         "year", "years", "time", "nearly", "almost", "about", "around", "more", "less", "than",
                         "least", "roughly", "some", "half", "full", "whole", "later", "after", "before", "until",
                         "said", "says", "told", "according", "during", "while", "since", "last", "lasted",
                         "took", "spent", "within", "needed", "need", "needs", "required", "morning", "afternoon",
                         "evening", "night", "today", "yesterday",
                         "hundred", "hundreds", "thousand", "thousands", "million", "millions", "billion",
                         "dozen", "dozens", "percent", "cent"})


def event_lengths(articles: Sequence[ArticleLike | AnalysedArticle], uses: list[FigureUse],
                  keys: list[FigKey], off: Container[str] = frozenset()) -> tuple[list[FigureUse], list[FigKey]]:
    """``uses`` and ``keys`` with the told lengths of one thing in two articles keyed as one
    (module doc), each restated in the largest unit its key is told in; ``off``: articles of
    another story (:mod:`reader.analysis.same_event`), whose lengths are not read."""
    bodies = {a.id: a.body for a in articles if a.id not in off}
    told = _told(uses, keys, bodies)
    if not told:
        return uses, keys
    story = story_words([a.body for a in articles])
    out = _joined(uses, keys, told, story)
    out = _grouped(uses, out, [n for n in told if out[n] == keys[n]], story)
    if out == keys:
        return uses, keys
    figures = in_one_unit([u.figure for u in uses], out)
    uses = with_figures(uses, figures)
    return uses, out


def _shared(one: set[str], other: set[str], story: Container[str]) -> set[str]:
    """The stems two sentences' words (:func:`_words`) share, when they are evidence enough
    (module doc); else none."""
    common = {w[:STEM] for w in one} & {w[:STEM] for w in other}
    return common if len(common) >= MIN_SHARED or any(w in story for w in common) else set()


def _joined(uses: list[FigureUse], keys: list[FigKey], told: list[int], story: Container[str]) -> list[FigKey]:
    """``keys`` with each told length given the key of other articles' keyed lengths of one
    thing (``"duration:…"``) whose sentences share its evidence (module doc), when one key only
    does and its article has no figure of that key."""
    keyed: dict[FigKey, list[int]] = {}
    two = _two_lengths(uses, keys)
    for n, (u, key) in enumerate(zip(uses, keys, strict=True)):
        if (_length_key(key) and n not in told and _scale(u) is not None
                and (u.article, u.figure.sentence_start) not in two):
            keyed.setdefault(key, []).append(n)
    out = list(keys)
    for n in told:
        u, words = uses[n], _words(uses[n].sentence)
        found = {key for key, members in keyed.items()
                 if all(uses[m].article != u.article for m in members)
                 and any(_scale(uses[m]) is _scale(u) and _shared(words, _words(uses[m].sentence), story)
                         for m in members)}
        if len(found) == 1:
            out[n] = next(iter(found))
    return out


def _two_lengths(uses: list[FigureUse], keys: list[FigKey]) -> set[tuple[str, int]]:
    """The sentences (article, start) that tell two lengths keyed apart ("clinics closed for 48
    hours, and ambulances were diverted … for more than three days"): their words are no evidence
    of which of the two a third length shares."""
    seen: dict[tuple[str, int], set[FigKey]] = {}
    for u, key in zip(uses, keys, strict=True):
        if _scale(u) is not None:
            seen.setdefault((u.article, u.figure.sentence_start), set()).add(key)
    return {where for where, told in seen.items() if len(told) > 1}


def _grouped(uses: list[FigureUse], keys: list[FigKey], told: list[int], story: Container[str]) -> list[FigKey]:
    """``keys`` with the ``told`` lengths of two articles or more whose sentences share the
    evidence (module doc) keyed as one, by the word they share."""
    words = {n: _words(uses[n].sentence) for n in told}
    parent = {n: n for n in told}
    shared: dict[int, Counter[str]] = {n: Counter() for n in told}
    for x in told:
        for y in told:
            if x >= y or uses[x].article == uses[y].article or _scale(uses[x]) is not _scale(uses[y]):
                continue
            common = _shared(words[x], words[y], story)
            if common:
                parent[_root(parent, y)] = _root(parent, x)
                for n in (x, y):
                    shared[n].update(w for w in words[n] if w[:STEM] in common)
    groups: dict[int, list[int]] = {}
    for n in told:
        groups.setdefault(_root(parent, n), []).append(n)
    out = list(keys)
    for members in groups.values():
        if len({uses[n].article for n in members}) < 2:
            continue
        counts: Counter[str] = sum((shared[n] for n in members), Counter())
        # (named by the word the most of them share, a word of the story's openings first)
        word = max(counts, key=lambda w: (w[:STEM] in story, counts[w]))
        for n in members:
            out[n] = ("duration:" + word, EVENT)
    return out


def _root(parent: dict[int, int], n: int) -> int:
    while parent[n] != n:
        n = parent[n]
    return n


def _scale(u: FigureUse) -> dict[str, int] | None:
    return next((s for s in SCALES if u.figure.unit in s), None)


def _told(uses: list[FigureUse], keys: list[FigKey], bodies: dict[str, str]) -> list[int]:
    """The told lengths (module doc) of articles that tell one value of their scale."""
    lonely = _lonely(uses, keys)
    frames = {n: _frame(u, bodies[u.article]) for n, u in enumerate(uses)
              if (keys[n] is None or keys[n] in lonely) and u.article in bodies and _scale(u) is not None}
    strong = {(uses[n].article, id(_scale(uses[n]))) for n, frame in frames.items() if frame == STRONG}
    found = [n for n, frame in frames.items()
             if frame == STRONG or (frame == WEAK and (uses[n].article, id(_scale(uses[n]))) not in strong)]
    values: dict[tuple[str, int], set[float]] = {}
    for n in found:
        u = uses[n]
        scale = _scale(u)
        assert scale is not None
        values.setdefault((u.article, id(scale)), set()).add(u.figure.value * scale[str(u.figure.unit)])
    return [n for n in found if len(values[(uses[n].article, id(_scale(uses[n])))]) == 1]


def _lonely(uses: list[FigureUse], keys: list[FigKey]) -> set[FigKey]:
    """The keys of lengths (``"duration:…"``, not a time between two moments) that one article
    alone gives: keyed by its own words ("the tugs idled for"), such a length meets no other
    source's, and is read as a told length."""
    tellers: dict[FigKey, set[str]] = {}
    for u, key in zip(uses, keys, strict=True):
        if _length_key(key):
            tellers.setdefault(key, set()).add(u.article)
    return {key for key, who in tellers.items() if len(who) == 1}


def _length_key(key: FigKey) -> bool:
    """Whether ``key`` keys a length by what it measures (not a time between two moments:
    :mod:`reader.analysis.measured_durations`)."""
    return key is not None and key[0].startswith("duration:") and not key[0].startswith("duration:" + SINCE)


def _frame(u: FigureUse, body: str) -> int:
    """Whether ``u`` is a length a clause's event went on for (module doc): ``STRONG``, ``WEAK``
    (told in a time to do something, "within 90 minutes", "needed 40 minutes to"), or 0."""
    f = u.figure
    if f.modifies or f.high is not None or body[f.start:f.end] != f.text:
        return 0
    head, tail = body[max(f.sentence_start, f.start - 40):f.start], body[f.end:f.sentence_end]
    frame = _BEFORE.search(head)
    weak = frame is not None and bool(frame.group("W"))
    if frame is None or _BEFORE_NOT.search(head, 0, frame.start("W") if weak else len(head)) \
            or _AFTER_NOT.match(tail) or _EARLIER.search(body, f.sentence_start, f.start):
        return 0
    if (frame.group("P") or frame.group("IN")) and not _CLAUSE_END.match(tail):
        return 0
    return WEAK if weak else STRONG


def _words(sentence: str) -> set[str]:
    """A sentence's words that may name the thing that went on: in lower case, four letters or
    more, no stop word nor word of time."""
    said = sentence.replace("’", "'").lstrip("\"“'‘ ")
    said = said[:1].lower() + said[1:]      # (its first word is no name: "Fishing on the lake …")
    return {w for w in _WORD.findall(said) if w not in STOPWORDS and w not in _TIME_WORDS
            and number_word_value(w) is None}
