"""Two readings that let "the N-year-old" be tied to a named person beyond the one form
:mod:`reader.analysis.anaphor_ages` read first (a given name of known gender opening the
sentence before):

* the same sentence: "Pop singer Dana Roe was convicted Friday of fraud, a verdict that could
  send the 42-year-old to prison" — a sentence whose subject is one named person (after a
  title at most, never a speech verb: "Police chief Ann Roe said the 44-year-old ...") tells
  of that person when it later says "the N-year-old", and no other name stands between
  (:func:`same_sentence_name`);
* a given name of no known gender ("Marguerite", "Tobin"): the opening words are a person's
  name when the article goes on to call them by surname alone ("Ollander was found ..."), as
  news does of people and not of streets or towns (:func:`surname_alone`); the age's noun
  must then be a person's role or none (:func:`person_noun_after`: "the 72-year-old retired
  teacher", "the 72-year-old was asleep"), as no sex can be checked.

Hand-written: fixed forms of news copy, read by regular expressions and checked by tests on
invented texts.
"""

from __future__ import annotations

import re

from reader.analysis.speaker_lexicon import is_role_word

_SURNAME = r"(?:Mc|Mac|O['’]|De|Di|Da|La|Le|Van|Von)?[A-Z][a-z'’]+(?:-[A-Z]?[a-z'’]+)?"
_DATELINE = re.compile(r"[A-Z][A-Z .'’-]+(?:,[^—–\n]{1,40})?\s*[—–-]+\s*")
# "[Pop singer ]Dana Roe was convicted": a title of lower-case words at most, the name, a verb in lower case
_OPENING = re.compile(rf"\s*(?:(?P<title>[A-Z]?[a-z-]+(?:\s+[a-z-]+){{0,2}})\s+)?"
                      rf"(?P<name>[A-Z][a-z'’-]+\s+(?:[A-Z]\.\s+)?{_SURNAME})\s+(?!(?:said|says|told)\b)(?=[a-z]+\b)")
_THE_BEFORE = re.compile(r"\bthe\s+$")
_ANOTHER_NAME = re.compile(r"\b[A-Z][a-z'’-]+\s+[A-Z][a-z'’-]+|\b(?:he|she|[Mm]r|[Mm]rs|[Mm]s)\b")
# a function word right after "-year-old": the age used as a noun ("send the 42-year-old to prison")
_BARE_AFTER = re.compile(r"\s*(?:[,.;:)]|(?:to|was|is|has|had|and|in|from|with|who|said|says|will|would)\b)")
_CAPITAL_BEFORE = re.compile(r"[A-Z][\w'’-]*\s+$")     # ("Mill Street"; not "Road. Ollander")
_WORDS_AFTER = re.compile(r"\s+((?:[a-z-]+\s+){0,2}[a-z-]+)")


def same_sentence_name(text: str, sentence_start: int, start: int) -> str | None:
    """The full name the sentence at ``sentence_start`` opens with, as subject, when the age
    at ``start`` is written "the N-year-old" later in it and no other person is named or
    told by pronoun between; else None."""
    if not _THE_BEFORE.search(text, max(sentence_start, start - 6), start):
        return None
    dateline = _DATELINE.match(text, sentence_start)
    m = _OPENING.match(text, dateline.end() if dateline else sentence_start, start)
    if m is None or (m["title"] and not is_role_word(m["title"].split()[-1])):
        return None
    return None if _ANOTHER_NAME.search(text, m.end(), start) else m["name"]


def person_noun_after(text: str, end: int) -> bool:
    """Whether the words after "-year-old" (at ``end``) are a person's role ("retired
    teacher") or none ("the 72-year-old was asleep")."""
    if _BARE_AFTER.match(text, end):
        return True
    m = _WORDS_AFTER.match(text, end)
    return m is not None and any(is_role_word(w) for w in m[1].split())


def surname_alone(text: str, name: str) -> bool:
    """Whether ``text`` calls the person ``name`` by surname alone, as the subject of a verb
    or a possessive ("Ollander was", "Ollander's"), not after another capitalised word
    ("Mill Street" is not called "Street")."""
    for m in re.finditer(rf"(?<![\w'’-]){re.escape(name.split()[-1])}(?=['’]s\b|\s+[a-z]+\b)", text):
        if not _CAPITAL_BEFORE.search(text, max(0, m.start() - 30), m.start()):
            return True
    return False
