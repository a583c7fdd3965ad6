"""People a feature story introduces by what they did, then quotes with ``he said`` /
``she said``: "Ezra Dunmore spent the night on his cousin's couch. “…,” he said."

The registry defines a person by a title, a role, an appositive, an age or a given name the
first-name list knows (:mod:`reader.analysis.speaker_registry`). A name of no known given
name that opens a sentence with nothing of the kind ("Hattie Lindqvist-Obi was halfway
through her film.") defined no one, so the ``she said`` after the next quotation found no
one it could stand for, and the quote went unattributed. Two structural marks define such a
name as a person:

* :func:`introduces_quotation`: a name of two or three capitalised words opening its
  sentence as the subject of a lower-case verb, when the sentence itself refers back to its
  subject with a pronoun of a gender ("… through her first film", "… on his cousin's
  couch") and the very next sentence (same paragraph) is a quotation tagged by a pronoun of
  that gender and a verb of saying. The pronoun gives the person's gender. "Castell Road was
  closed. “…,” he said." or "Dunmere Transit apologised. “…,” she said." define no one: no
  pronoun refers back in their sentence (and a street's, a company's or a place's last
  word leaves them out: the gazetteer's place words, :func:`is_org`).
* the possessive (:func:`_owner_gender`): "Ada Roe-Lind's husband, a miner, was brought up
  alive. “…,” she said." The name opens its sentence as the owner of a kinship noun of one
  gender (husband, daughter …), and the next sentence's tag is a pronoun of the other
  gender: the pronoun cannot stand for the relative, so it stands for the owner. With the
  same gender (her daughter … "she said") the pronoun could be either: no one is defined.
* :func:`aged_before`: an age written as a compound adjective right before the name
  ("Sixteen-year-old Hattie Lindqvist-Obi", "72-year-old Tom Baker"): a person by the
  news's own convention (an age before a building's name is "the 150-year-old", with an
  article, and the name is no person's in shape).

Hand-written patterns over the masked text (quotations blanked by FILL): the rule reads the
shape of two adjacent sentences, which no general tagger offers.
"""

from __future__ import annotations

import re

from reader.analysis.gazetteer import PLACE_WORDS
from reader.analysis.speaker_lexicon import ASIDE_NOUNS, FILL, VERB_WORDS, is_role_word

_OPENING = 8    # characters of white space a sentence may open with before its name
# the next sentence: a blanked quotation, then "he said" / "she added" …
_PRONOUN_TAG_RE = re.compile(r"\s*" + FILL + r"[" + FILL + r"\s.,]*(?P<who>he|she)\s+" + VERB_WORDS + r"\b")
# a lower-case word right after the name: the verb whose subject it is ("was", "spent")
_VERB_AFTER_RE = re.compile(r"\s+(?:(?:had|has|was|is|had\s+been)\s+)?[a-z][a-z’'-]+\b")
# the owner's mark and the noun owned: "’s husband"
_OWNS_RE = re.compile(r"['’]s\s+([a-z]+)\b")
# the subject's own pronoun later in the sentence that introduces them ("… on his cousin's couch")
_HIS_RE = re.compile(r"\b(?:his|him|himself|he)\b")
_HER_RE = re.compile(r"\b(?:her|hers|herself|she)\b")
# an age as a compound adjective before the name: "Sixteen-year-old ", "72-year-old "
_AGED_BEFORE_RE = re.compile(r"(?:\b\d{1,3}|\b[A-Za-z]+(?:-[a-z]+)?)-year-old\s+$")
_AGE_WORD_RE = re.compile(r"(?:\d{1,3}|[A-Za-z]+(?:-[a-z]+)?)-year-old")
# a word naming what someone does, shaped like "lobsterman", "ferrywoman"
_TRADE_RE = re.compile(r"[a-z]{3,}(?:man|woman|person)")


def bare_name(name: str) -> tuple[int, str]:
    """``name`` (a capitalised run opening a sentence) without a leading age adjective or
    trade word ("Sixteen-year-old Hattie Roe", "Lobsterman Ezra Dunn"), as the number of
    characters cut from its start and the name left; the run as it was when two words would
    not be left."""
    words = name.split()
    if len(words) >= 3 and (_AGE_WORD_RE.fullmatch(words[0]) or is_role_word(words[0].lower())
                            or _TRADE_RE.fullmatch(words[0].lower())):
        rest = " ".join(words[1:])
        return len(name) - len(rest), rest
    return 0, name


def introduces_quotation(text: str, name: str, start: int, end: int,
                         sentence: tuple[int, int], following: tuple[int, int] | None) -> str | None:
    """The gender ("m" or "f") of the person named by ``name`` (``text[start:end]``) when
    it opens ``sentence`` as a verb's subject, a pronoun of that gender in ``sentence``
    refers back to it, and ``following`` (the next sentence's span) is a quotation tagged
    "he/she said"; else ``None``."""
    if following is None or not 2 <= len(bare_name(name)[1].split()) <= 3:
        return None
    # (the name opens its sentence: a bounded look, never a slice of a long sentence for each name in it)
    if start - sentence[0] > _OPENING or text[sentence[0]:start].strip(" \t\ue000"):
        return None
    tag = _PRONOUN_TAG_RE.match(text, following[0], following[1])
    if tag is None or name.split()[-1] in PLACE_WORDS:
        return None
    gender = "f" if tag["who"] == "she" else "m"
    owned = _owner_gender(text, end)
    if owned is not None:
        return gender if owned and owned != gender else None
    if _VERB_AFTER_RE.match(text, end, sentence[1]) is None:
        return None
    own = (_HER_RE if gender == "f" else _HIS_RE).search(text, end, sentence[1])
    return gender if own is not None else None


def _owner_gender(text: str, end: int) -> str | None:
    """The gender of the kinship noun the name ending at ``end`` owns ("’s husband": "m"),
    "" for an owned noun of no known gender, None when the name is no owner."""
    m = _OWNS_RE.match(text, end)
    if m is None:
        return None
    return ASIDE_NOUNS.get(m.group(1)) or ""


def aged_before(text: str, start: int) -> bool:
    """Whether an age written as a compound adjective stands right before the name that
    starts at ``start`` ("Sixteen-year-old Hattie Lindqvist-Obi"), with no article before it."""
    m = _AGED_BEFORE_RE.search(text, max(0, start - 40), start)
    if m is None:
        return False
    before = text[max(0, m.start() - 4):m.start()].lower()
    return not re.search(r"\b(?:the|a|an)\s+$", before)
