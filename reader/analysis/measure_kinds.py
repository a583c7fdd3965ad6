"""Figures in a length's unit that measure no length of the story's thing: a flow ("45,000 cubic
feet per second"), an area or a volume ("12 square miles", "2 million cubic metres"), and a
rise or a fall ("the river rose six feet in two hours", "dropped by 2 metres").

:func:`reader.analysis.quantities.quantity_key` keys a length by its unit
(``("measure:foot", None)``), so "the release hit 45,000 cubic feet per second" was a length
in feet, and "The river rose six feet" a level of water like "Up to 4 feet of water filled
streets": two sources then "disagreed" on one depth (4 against 6 feet). Here a flow, an area
and a volume are keyed by their own unit ("measure:cubic foot per second"), compared with
the same unit only (a flow's peak told as a noun, "At its peak the outflow hit 61,000 cubic
feet per second", is its crest, as "peaked at" is); a rise or a fall is a change, not a
level, and keeps no key (compared by sentence context only, as the ends of a change are),
unless its sentence tells a body's fall (:mod:`reader.analysis.fall_heights`: keyed ``fell``);
but a fall to a place ("dropped nearly 45 feet to the snow") is the height a thing fell, a
length like "plunged 30 feet".
The size of a piece of a thing ("A 60-metre section", "a stretch of about 70 metres") is
keyed by the piece ("size of section", a soft event like a size: its sentences need words in
common), so a piece's size is compared with the same piece's, never a freighter's or a pier's.
Two sizes of different nouns where one sentence names the other's thing beside its own ("A
160-metre freighter struck the pier" and "The 400-metre pier was closed") are two things
(:func:`two_things`); sizes of "the trawler" and "the vessel" told in two sentences may be one.

Hand-written: the unit's word before it ("cubic", "square") and the verb of change right
before the number are fixed words a regular expression reads exactly.
"""

from __future__ import annotations

import re

from reader.analysis.fall_heights import FELL, fall_height
from reader.analysis.figure_nouns import singular
from reader.analysis.figures import Figure
from reader.analysis.length_scale import LENGTH_KEYS, LEVEL_KEYS
from reader.analysis.measure_events import CREST, SIZE
from reader.analysis.ranked_things import ranked_apart
from reader.text.tokens import STOPWORDS

Key = tuple[str, str | None] | None
_POWER = re.compile(r"^(?P<power>cubic|square|sq\.?)\s", re.IGNORECASE)
_PER_AFTER = re.compile(r"\s*(?:per|a|an|/)\s*(?P<per>second|minute|hour|day|sec|s)\b", re.IGNORECASE)
# "rose six feet", "had risen by nearly 2 metres", "dropped another 3 feet", "a rise of 4 feet"
_CHANGE_BEFORE = re.compile(r"\b(?:rose|risen|rises|rising|rise|climbed|climbing|jumped|surged|swelled|fell|fallen|"
                            r"falls|falling|dropped|dropping|drops|receded|went\s+(?:up|down)|"
                            r"(?:rise|drop|fall|increase|decrease)\s+of)\s+(?:by\s+)?(?:another\s+|an\s+additional\s+)?"
                            r"(?:(?:about|around|nearly|almost|roughly|some|more\s+than|over|just\s+over|at\s+least)\s+)?$",
                            re.IGNORECASE)
_LENGTH_KEYS = LENGTH_KEYS
_LEVEL_KEYS = LEVEL_KEYS      # what rises and falls
REACH = 50
# a piece of a thing that fell, broke or was closed, whose size is told: "a 60-metre section",
# "a stretch of about 70 metres" (not a bridge's "span", a part of its build)
_PIECES = {"section", "stretch", "segment", "portion", "piece", "chunk"}
_PIECE_OF_BEFORE = re.compile(r"\b(?:a|an|the|one)\s+(?:\w+\s+)?(?P<piece>" + "|".join(sorted(_PIECES)) + r")\s+of\s+"
                              r"(?:(?:about|around|nearly|almost|roughly|some|more\s+than|over)\s+)?$",
                              re.IGNORECASE)
_OF_AFTER = re.compile(r"\s+of\b", re.IGNORECASE)      # "dropped 8 inches of rain": an amount, no change
# "dropped 45 feet to the snow", "fell 20 metres onto the rocks": a body's fall to a place, its height
# (not a level's change: "dropped 3 feet to 12 feet", "fell 2 metres to its lowest level")
_FALL_TO_PLACE = re.compile(r"\s+(?:(?:down\s+)?(?:to|onto|into)|down)\s+(?:the|a|an)\s+"
                            r"(?!(?:lowest|highest|level)\b)[a-z]", re.IGNORECASE)
_PEAK = re.compile(r"\b(?:at\s+(?:its|the)\s+peak|peak(?:ed)?\s+(?:at|of))\b", re.IGNORECASE)


def measure_kind(text: str, f: Figure, key: Key) -> tuple[bool, Key]:
    """Whether ``f``, keyed ``key`` as a length, measures something else (module doc), and
    then its key."""
    if key is None or key[0] not in _LENGTH_KEYS or f.counts is None:
        return False, None
    power = _POWER.match(f.counts)
    if power is not None:
        word = "square" if power.group("power").lower().startswith("s") else "cubic"
        per = _PER_AFTER.match(text, f.end, min(f.sentence_end, f.end + 20))
        unit = key[0].removeprefix("measure:")
        rate = f" per {_per(per.group('per'))}" if per else ""
        # a flow's peak told as a noun ("At its peak the outflow hit …") is its crest
        peak = CREST if per and key[1] is None and _PEAK.search(text, f.sentence_start, f.start) else key[1]
        return True, (f"measure:{word} {unit}{rate}", peak)
    if key[1] is None and fall_height(text, f, key[0]):
        return True, (key[0], FELL)        # "the coach fell about 30 metres": the height of a fall
    if key[0] in _LEVEL_KEYS and not _OF_AFTER.match(text, f.end) and not _FALL_TO_PLACE.match(text, f.end) \
            and _CHANGE_BEFORE.search(
            text, max(f.sentence_start, f.start - REACH), f.start):
        return True, None
    if (piece := _piece(text, f, key[1])) is not None:
        return True, (key[0], f"{SIZE} of {piece}")
    return False, None


def _piece(text: str, f: Figure, event: str | None) -> str | None:
    """The piece of a thing whose size ``f`` tells ("A 60-metre section", "a stretch of about
    70 metres"), or None."""
    if event == SIZE and f.modifies:        # ("section", "steel section", "section collapsed onto")
        return next((w for w in f.modifies.lower().split()[:2] if w in _PIECES), None)
    if event is None and (of := _PIECE_OF_BEFORE.search(text, max(f.sentence_start, f.start - REACH), f.start)):
        return of.group("piece").lower()
    return None


def _per(word: str) -> str:
    return {"s": "second", "sec": "second"}.get(word.lower(), word.lower())


_WORDS = re.compile(r"[A-Za-z]+")


def two_things(f: Figure, f_sentence: str, g: Figure, g_sentence: str) -> bool:
    """Whether two sizes told as modifiers ("a 160-metre freighter", "the 400-metre pier")
    measure two things: their nouns differ and one's sentence names the other's thing
    outside its own figure (two nouns of one sentence are two things); their nouns are named by two
    ordinals ("the 122 kilometre third stage", "the 161 kilometre first stage"); or two distances from one
    place are of two things each sentence names before it ("the department's own station, less than a
    mile from the park" and "the high school gym, about 4 miles from the park")."""
    placed = _placed(f, f_sentence), _placed(g, g_sentence)
    if None not in placed and placed[0] != placed[1]:
        return True
    if ranked_apart(f.modifies or "", g.modifies or ""):
        return True         # ("the 122 kilometre third stage", "the 161 kilometre first stage": two stages)
    ours, theirs = _thing(f), _thing(g)
    if ours is None or theirs is None or ours == theirs:
        return False
    return _names(f_sentence, f, theirs) or _names(g_sentence, g, ours)


# the thing a distance is of, right before it: "the station, less than a mile from", "the gym is 4 miles from"
_PLACED_BEFORE = re.compile(r"\b(?P<noun>[a-z]{3,})(?:\s*,|\s+(?:is|was|are|were|sits|sat|lies|lay|stands|stood))\s+$")


def _placed(f: Figure, sentence: str) -> str | None:
    """The noun right before a distance that tells what is that far (comment above), singular, or None."""
    at = f.start - f.sentence_start
    m = _PLACED_BEFORE.search(sentence, max(0, at - 40), max(0, at))
    return singular(m["noun"]) if m and m["noun"] not in STOPWORDS else None


def _thing(f: Figure) -> str | None:
    """The noun a size modifies, singular and lower case ("freighter" of "160-metre freighter
    struck"), or None."""
    words = _WORDS.findall(f.modifies or "")
    return singular(words[0].lower()) if words else None


def _names(sentence: str, f: Figure, thing: str) -> bool:
    """Whether ``sentence`` names ``thing`` outside the figure ``f``."""
    at = f.start - f.sentence_start
    rest = sentence[:max(0, at)] + " " + sentence[max(0, at) + len(f.text):]
    return any(singular(w.lower()) == thing for w in _WORDS.findall(rest))
