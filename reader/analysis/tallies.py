"""Vote tallies and match scores: "passed the bill 52-48", "beat Rose City 2-1",
"outshot United 19-8", "by a 218-214 vote".

A tally is two numbers read as one result, so the figure reader would make of each number
alone ("52", "48") would mean nothing; and the numbers of two different tallies (two
games) say nothing about each other. So a tally is one figure of its own unit,
:data:`UNIT`, compared with another where the word diff of aligned text replaced one
by the other (an edited copy that turned "voting 52-48" into "voting 53-47"), and
otherwise only by a vote's key (below): never by its value alone (the conflicts module
treats :data:`UNIT` as it treats times).

A tally needs a word that makes one of it: a verb of voting or of a game's result before
it (within four words: "voted 52-48", "beat Rose City United 2-1"), or "vote", "victory",
"win", "loss" or "decision" right after it ("a 218-214 vote", "a 2-1 victory"). Scores
in a league table are rows, compared with nothing (:func:`reader.analysis.sentences.table_row`).

A vote's tally does have a key of its own (:func:`vote_key`): the votes cast, "vote:7" for
"voted 5-2" and for "a 4-3 vote". A council, board or jury of one size that one story
says voted once is one vote, so two tallies of one total in two articles of the story
are one vote told two ways (a conflict, when their sentences share words besides the
vote and no article states both); a game's score has no such key, since two games'
scores say nothing of each other.

Hand-written: the form is a pair of numbers joined by a hyphen or a dash, which one
regular expression reads; the words around it are a short, closed list.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from reader.analysis.figures import Figure

UNIT = "tally"
_PAIR_RE = re.compile(r"(?<![\w.,/-])(\d{1,3})\s?[-\u2013](\s?)(\d{1,3})(?![\w/%-]|[.,]\d)")
_BEFORE_RE = re.compile(
    r"\b(?:vot(?:e|ed|ing)|passed|approved|rejected|confirmed|defeated|beat|beating|won|winning|lost|losing|"
    r"edged|topped|downed|routed|outshot|outscored|tied|drew|margin|tally|score|scored|by)"
    r"(?:\s+[\w.'’-]+){0,4}\s+$", re.IGNORECASE)
_AFTER_RE = re.compile(r"\s+(?:vote|votes|victory|win|loss|defeat|decision|tally|margin|draw|tie)\b",
                       re.IGNORECASE)


def tallies(text: str, sentences: Sequence[tuple[int, int]]) -> list[Figure]:
    """Each tally of ``text`` (module doc) as a :class:`Figure` of unit :data:`UNIT`,
    its value the two numbers as one (``display`` gives them back as written)."""
    out = []
    k = 0
    for m in _PAIR_RE.finditer(text):
        first, second = int(m.group(1)), int(m.group(3))
        before = text[max(0, m.start() - 60):m.start()]
        if not (_BEFORE_RE.search(before) or _AFTER_RE.match(text, m.end())):
            continue
        while k < len(sentences) and sentences[k][1] <= m.start():
            k += 1
        s0, s1 = sentences[k] if k < len(sentences) else (m.start(), m.end())
        out.append(Figure(start=m.start(), end=m.end(), text=m.group(), number_start=m.start(), number_end=m.end(),
                          value=first + second / 1000, qualifier=None, unit=UNIT, counts=None,
                          counts_inferred=False, modifies=None, sentence_start=s0, sentence_end=s1))
    return out


# a tally is a vote's when a verb of voting (or "a majority of") is before it or "vote(s)" right after it
_VOTED_BEFORE_RE = re.compile(r"\b(?:vot(?:e|ed|ing)|passed|approved|rejected|adopted|ratified|majority)"
                              r"(?:\s+[\w.'’-]+){0,4}\s+$", re.IGNORECASE)
_VOTE_AFTER_RE = re.compile(r"\s+votes?\b", re.IGNORECASE)


def vote_key(text: str, f: Figure) -> tuple[str, None] | None:
    """The key of a vote's tally: ("vote:" and the votes cast, None), or None for a tally
    that is not a vote (a game's score) (module doc)."""
    if f.unit != UNIT:
        return None
    before = text[max(f.sentence_start, f.start - 60):f.start]
    if not (_VOTED_BEFORE_RE.search(before) or _VOTE_AFTER_RE.match(text, f.end)):
        return None
    first = int(f.value)
    return f"vote:{first + round((f.value - first) * 1000)}", None


def reversed_pair(f: Figure, g: Figure) -> bool:
    """Whether two tallies are each other's numbers the other way round ("adopted the package 7-4" and
    "the amendment failed on a 4-7 vote"): one split told from its other side, or two votes of one
    body, never two accounts of one vote that disagree."""
    return display(f).split("-")[::-1] == display(g).split("-") and f.value != g.value


def display(f: Figure) -> str:
    """A tally as "52-48"."""
    first = int(f.value)
    return f"{first}-{round((f.value - first) * 1000)}"


_VOTE_RE = re.compile(r"\b(?:vot(?:e|ed|es|ing)|passed|approved|rejected|confirmed|ballot|senate|house|council|"
                      r"committee|board|jury)\b", re.IGNORECASE)


def label(sentences: Sequence[str]) -> str:
    """What a conflict of tallies is shown under: "vote" when a sentence of it votes,
    else "score"."""
    return "vote" if any(_VOTE_RE.search(s) for s in sentences) else "score"
