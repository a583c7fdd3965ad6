"""A place or a people's word that only describes the person named after it.

News puts a state, a country or a people's word before a role and a name: ``Nevada
delegate Tom Kessel``, ``Former Kansas governor Jane Pruitt``, ``Canadian skier Ann Roe``.
The capitalised word is no one: read as a name, it made ``Nevada`` the speaker of
``“…,” said Nevada delegate Tom Kessel`` and a person the pronouns after it could stand for.
:func:`modified_name` finds the name such a word describes, so the speaker rules take that
name (its role the words before it) and the registry never takes the place for a person.

Hand-written, like the other speaker rules: the gazetteer says what is a place (a town is
left out: ``Austin``, ``Chelsea`` are given names too); the lower-case words between must be
words of a description, not a verb or a function word (``Iowa backed Ted Lamb`` is a
clause, not a description).
"""

from __future__ import annotations

import re

from reader.analysis import gazetteer
from reader.analysis.place_names import demonym, place_of
from reader.analysis.speaker_lexicon import VERB_SET

# lower-case words that end a description before a name: function words and common verbs
# (the verbs of saying are VERB_SET's)
_NOT_DESCRIPTIVE = {
    "the", "a", "an", "and", "or", "but", "to", "in", "on", "at", "by", "with", "from", "for", "of", "as", "that",
    "is", "was", "are", "were", "be", "been", "has", "had", "have", "will", "would", "can", "could", "should",
    "may", "might", "must", "do", "did", "does", "not", "also", "beat", "met", "hit", "won", "lost", "led", "ran",
    "backed", "named", "called", "picked", "chose", "sent", "gave", "let", "made", "saw", "thanked", "praised",
    "attacked", "blamed", "urged", "joined", "visited", "endorsed", "elected", "re-elected", "replaced", "defeated",
    "than", "when", "while", "where", "who", "which", "whose", "if", "because", "so", "then", "now", "after",
    "before", "since", "until", "during", "into", "over", "under", "against", "about", "via", "per",
}


# a state's people: Texan (Texas), Iowan (Iowa), Ohioan (Ohio), Virginian (Virginia), Vermonter (Vermont)
_STATE_STEMS = (("an", "as"), ("n", ""), ("an", ""), ("ian", "ia"), ("ian", "a"), ("er", ""))


def state_people_word(w: str) -> bool:
    """A word for the people of a state (``Texan``, ``Iowans``), which the gazetteer's
    countries do not give (:func:`reader.analysis.place_names.demonym`)."""
    w = w[:-1] if w.endswith("s") else w
    for end, back in _STATE_STEMS:
        if w.endswith(end) and len(w) > len(end) + 2:
            place = place_of(w[: len(w) - len(end)] + back)
            if place is not None and place.kind == gazetteer.STATE:
                return True
    return False


def is_place_word(name: str) -> bool:
    """A state, a country (or region) or a people's word: ``Nevada``, ``Iran``, ``Canadian``
    (no town: many towns' names are people's names too)."""
    if demonym(name):
        return True
    place = place_of(name)
    return place is not None and place.kind != gazetteer.CITY


def modified_name(text: str, name: str, end: int) -> int | None:
    """Where the name starts that the capitalised ``name`` (ending at ``end``) describes, when
    it is a place or a people's word (:func:`is_place_word`) followed by one to three
    lower-case words of a description and then a name of two capitalised words or more, all
    set off by single spaces: ``Nevada | delegate | Tom Kessel``; else ``None``. Read
    from the text itself (a phrase's words may stop at the capitalised word)."""
    m = _DESCRIBED_NAME_RE.match(text, end)
    if m is None or not is_place_word(name):
        return None
    for w in m.group("words").split():
        if w in _NOT_DESCRIPTIVE or w in VERB_SET or w.endswith(("ly", "ed")):
            return None
    return m.start("name")


# one to three lower-case words, then two capitalised words (a title may be the first)
_DESCRIBED_NAME_RE = re.compile(r" (?P<words>[a-z][a-z-]*(?: [a-z][a-z-]*){0,2}) (?P<name>[A-Z][\w.’'-]* [A-Z])")
