"""A story's count of one kind of thing told once each by two sides: "Eighteen ambulances came from as
far as 60 kilometres away" and "14 ambulances had been sent to the hall"; "Twelve buildings have been
red-stickered" and "9 buildings had been marked with red stickers".

A count keyed by its noun alone names no event (:func:`reader.analysis.quantities.quantity_key`), so
:mod:`reader.analysis.conflicts` links two of its values only when their sentences share words besides
the noun: a noun may count several things in one story ("12 halls were cleaned", "six halls host
concerts"). Two outlets rarely tell one count in the same words, though, and with a story's only two
values of a noun, each told by its own reports, the words were the one thing missing. Such a pair is
the story's one count told two ways when:

* the story gives exactly two values of the noun, no report stating both (:func:`two_tellings`), so
  no report counts two things by it;
* it counts things, not people in general ("person": a story counts its hurt, its evacuated, its
  witnesses, and a key of people with no event may be any of them) nor the dead or ages, unless they are
  the people a rescue brought out ("Nineteen people were rescued by boat" and "Rescue crews in johnboats
  pulled 27 residents from flooded homes": a soft event, as a rescue's parts are counted too, but told
  once by each side it is the story's count), and not a
  measure, a sum, a share or a length (keyed "measure:", "money:" and so on, whose own rules read them);
* the two values are near (the larger under ``NEAR`` times the smaller) and not small (at least
  ``LEAST``: "2 classes" and "3 classes" are as often two groups of a school as one told twice);
* neither is a person's own count, told of "he" or "she" ("He threw 108 pitches" and "Brown threw 119
  pitches" in a round-up of two games are two pitchers' counts), nor a word the figure reader took for a
  noun that is none (``NOT_NOUNS``: "six-plus innings", a result's "43 mins");
* neither counts each of several things ("with 31 crew members in each boat") or what a check covered ("a
  retest of five related batches" beside "recalled six batches"), and the two do not name two
  places for the things ("six cars were on the bridge", "nine cars were parked by the river") or two
  verbs done to them ("closed 40 bridges", "inspected 55 bridges");
* neither counted phrase names a part of the noun's whole the other does not ("470,000 residential
  customers" is a part of "the company's 540,000 customers"; a closed list of such words,
  ``PART_WORDS``: other modifiers describe, "14 volunteer fire brigades" and "11 brigades").

Measured on the invented probes 25 to 56: the first form found 27 more conflicts and claimed one
lookalike (the customers above), which the rule of parts removed alone (requiring the two phrases to
modify the noun alike lost six of the 27); on CoNLL it claimed three false conflicts (two pitchers, a
misread "plus", a result's "mins"), which the person and noun rules removed; the rules of each, of places
and of verbs kept the earlier rounds' lookalike tests quiet for one probe row. In all, 26 rows more on
the probes and no claim added on PolNeAR or CoNLL. Hand-written: a few conditions over figures already
keyed and short word lists.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from reader.analysis.figure_uses import FigureUse
from reader.analysis.figures import Figure
from reader.analysis.people_roles import RESCUED
from reader.analysis.said_by import own_clause

NEAR = 1.6
LEAST = 5
_NOT_THINGS = frozenset({"person", "dead", "age"})
NOT_NOUNS = frozenset({"plus", "min", "sec", "hr"})
_PERSONAL = re.compile(r"\b(?:he|she|his|her)\b", re.IGNORECASE)
# what a check covered, a sample of the thing ("a retest of five related batches", "a survey of 86 sites")
_CHECKED = re.compile(r"\b(?:re)?(?:tests?|samples?|reviews?|inspections?|audits?|surveys?|analys[ie]s|checks?)\s+of\s+"
                      r"(?:(?:about|around|some|nearly|roughly|more\s+than)\s+)?$", re.IGNORECASE)
# a count of each of several ("with 31 crew members in each boat", "per school")
_EACH = re.compile(r"^[^,;.]{0,40}\b(?:each|per|apiece|every)\b", re.IGNORECASE)
# where the counted things are, after them ("were on the bridge", "gathered outside the Orvel town hall"): its last
# word in lower case
_PLACE = re.compile(r"^[^,;.]{0,40}?\b(?:at|outside|inside|in|on|near|by|along|beside)\s+the\s+(?:[\w'’-]+\s+){0,2}?"
                    r"(?P<word>[a-z][\w'’-]*)(?=\s*(?:[,;.]|$))")
# the verb the count is the object of, right before it ("closed 40 bridges", "inspected 55 bridges"), not one of saying
_DONE_TO = re.compile(r"\b(?!(?:said|says|told|reported|estimated|counted|recorded)\b)(?P<word>[a-z]{3,}ed)\s+$")


def two_tellings(uses: list[FigureUse], groups: list[list[int]]) -> bool:
    """Whether a key's figures state exactly two values, each by its own articles (no article states both): the
    story's one count of the thing told two ways, for which one plain word in common does
    (:func:`reader.analysis.unkeyed_counts.plain_shared`: "Approximately 200 homes have taken on water" and "more
    than 350 homes … had water inside them")."""
    return len(groups) == 2 and not ({uses[k].article for k in groups[0]} & {uses[k].article for k in groups[1]})


def two_counts_of_a_thing(key: tuple[str, str | None], figures: Sequence[Figure], sentences: Sequence[str]) -> bool:
    """Whether the two statements of ``key`` (``figures``: one of each, told in ``sentences``) are the story's
    one count of a thing told two ways (module doc); the caller has checked that they are its only two, by
    separate reports."""
    rescued = key[1] == RESCUED         # (the people a rescue brought out: one count of the story's own)
    if ((key[1] is not None or key[0] in _NOT_THINGS) and not rescued) or ":" in key[0] or key[0] in NOT_NOUNS or (
            len(figures) != 2):
        return False
    lo, hi = sorted(float(f.value) for f in figures)
    if not (lo >= LEAST and hi < NEAR * lo and len({_part(f) for f in figures}) == 1):
        return False
    told = [_told(f, sentence) for f, sentence in zip(figures, sentences, strict=True)]
    if any(_PERSONAL.search(_clause(before, after) if before or after else own_clause(sentence)) or _EACH.search(after)
           or _CHECKED.search(before) for sentence, (before, after) in zip(sentences, told, strict=True)):
        return False
    places = [_PLACE.search(after) for _, after in told]
    verbs = [_DONE_TO.search(before) for before, _ in told]
    return not (_two(places) or _two(verbs))


# where a clause of the sentence ends: "…, and his volunteers were on scene" is another clause's
_CLAUSE_BREAK = re.compile(r"[;:]|,\s+(?:and|but|while|whereas|although|though|as)\b|\s[\u2014\u2013-]\s")


# a person told as one of the counted ("She is one of about 9,500 season ticket holders"): a group's count
_ONE_OF = re.compile(r"\b(?:one|two|three)\s+of\s+(?:the\s+)?(?:about|around|some|nearly|roughly|more\s+than)?\s*$",
                     re.IGNORECASE)


def _clause(before: str, after: str) -> str:
    """The clause of the figure between ``before`` and ``after`` (its sentence cut at it), less a closing
    attribution: "said 16 ambulances eventually came from three counties", not the ", and his
    volunteers" after it."""
    if _ONE_OF.search(before):
        return after        # ("She is one of about 9,500 season ticket holders": the group she is in)
    cut = [m.end() for m in _CLAUSE_BREAK.finditer(before)]
    then = _CLAUSE_BREAK.search(after)
    return before[cut[-1] if cut else 0:] + " " + own_clause(after[:then.start()] if then else after)


def _told(f: Figure, sentence: str) -> tuple[str, str]:
    """The words of ``sentence`` before ``f`` and after it (its evidence sentence, which may be cut)."""
    at = sentence.find(f.text)
    return (sentence[:at], sentence[at + len(f.text):]) if at >= 0 else ("", "")


def _two(found: list[re.Match[str] | None]) -> bool:
    """Whether both sides name a place, or a verb, and not the same one."""
    a, b = found
    return a is not None and b is not None and a["word"].lower() != b["word"].lower()


# words that make a counted noun a part of its whole ("residential customers", "full-time staff")
PART_WORDS = frozenset({
    "residential", "commercial", "industrial", "business", "household", "full-time", "part-time", "permanent",
    "temporary", "seasonal", "local", "international", "domestic", "foreign", "overseas", "adult", "senior",
    "junior", "male", "female", "new", "existing", "current", "former", "remaining", "additional", "other",
    "more", "further", "unvaccinated", "vaccinated", "injured", "missing", "private", "public", "state",
    "federal", "first-year", "young", "older", "elderly"})


def _part(f: Figure) -> frozenset[str]:
    """The words of what ``f`` counts that make it a part of the noun's whole (``PART_WORDS``)."""
    return frozenset(w.lower() for w in (f.counts or "").split()[:-1]) & PART_WORDS
