"""What a percentage change or a concealed sum is of, when a sentence says it in one set
phrase: "a 3.5% increase in the property tax rate" and "the tax rate will rise 4%" are the
rise of the tax rate; "hid $3.2 million from tax authorities" and "convicted of hiding $2.3
million in concert earnings" are the sum hidden.

Hand-written, as :mod:`reader.analysis.amount_subjects` is, because a percentage names no
counted noun and a change's subject is told in three fixed shapes only: the change noun with
"in" and a charge after the figure ("a 4% rise in fares", "in the city's property tax rate"),
the charge as the subject of a verb of change right before it ("fees will go up 6%"), or as
its object, with "by" or without ("raising the city's property tax rate by 4.8 percent", "to raise water
rates 18 percent"; not when
proposed, asked for or only possible, "had proposed raising fares by 15 percent", nor when
told of a time of its own, "raised the rate by 3.2 percent in 2024"). The charge is a closed list of words
for what a public body or a firm sets and changes by a share (rates, taxes, fares, fees,
tuition, rents, premiums, prices); its words key it ("property tax rate", "bus fare"), a
charge told short ("the tax rate") meets a longer one only when the story names exactly one
(:func:`one_charge`), and a rise in fares never meets a rise in fees. A rise and a cut are two quantities. A verb of
hiding directly before a sum ("hid", "concealing") says what the sum is before any noun
after it ("in concert earnings" tells where the money came from, not what the story counts).
Whatever does not fit these shapes is None.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from reader.analysis.currencies import MONEY_UNITS
from reader.analysis.price_changes import price_change

if TYPE_CHECKING:
    from reader.analysis.figure_uses import Key

# the charge: a head word with up to two words before it ("property tax rate", "bus fares")
# the words for a charge (also read by :mod:`reader.analysis.change_shares`, which leaves them to this module)
CHARGE_HEADS = r"(?:rates?|tax(?:es)?|levy|levies|fares?|fees?|tuition|rents?|premiums?|tolls?|tariffs?)"
_CHARGE = (r"(?P<charge>(?:(?!(?:the|a|an|its|their|this|his|her|our|that)\b)[a-z-]+\s+){0,2}"
           rf"{CHARGE_HEADS})")
# heads that name no one charge by themselves ("the rate", "fees"): keyed only with the word before them
_NEED_MODIFIER = {"rate", "tax", "fee"}
_DOWN = {"cut", "cuts", "cutting", "decrease", "decreases", "reduction", "drop", "drops", "fall", "falls", "lower",
         "lowers", "lowered", "lowering", "reduce", "reduces", "reduced", "reducing"}
_NOUNS = r"increase|rise|hike|jump|cut|decrease|reduction|drop"
# "a 3.5% increase in the property tax rate", "a 6 percent cut in bus fares"
# (an owner's possessive before the charge: "in the city's property tax rate")
_OWNER = r"(?:(?:the|its|their)\s+)?(?:[a-z]+['’]s\s+)?"
_NOUN_IN_AFTER = re.compile(rf"\s*(?:-|\s)?(?P<dir>{_NOUNS})\s+in\s+{_OWNER}{_CHARGE}\b", re.IGNORECASE)
# a change to come, not one of past years ("rose 3% last year" may be any year)
_VERBS = (r"(?:(?:will|would|could|is\s+to|are\s+to|is\s+set\s+to|are\s+set\s+to)\s+)?"
          r"(?P<dir>rise|rises|increase|increases|go\s+up|goes\s+up|climb|climbs"
          r"|fall|falls|drop|drops|decrease|decreases|go\s+down|goes\s+down)")
_QUALIFIER = r"(?:(?:about|around|roughly|nearly|almost|some|just\s+over|just\s+under|more\s+than|less\s+than)\s+)?"
# "The tax rate will rise 4%", "bus fares will go up by 6 percent" (the charge as the verb's subject)
_SUBJECT_VERB_BEFORE = re.compile(rf"\b(?:(?:the|its|their)\s+)?{_CHARGE}\s+{_VERBS}\s+"
                                  rf"(?:by\s+)?{_QUALIFIER}$", re.IGNORECASE)
# the charge as the object of a verb of change: "raising the city's property tax rate by 4.8 percent",
# "voted to raise in-state tuition by 6.5%", "will cut bus fares by 10%" ("by" may be left out: "voted to
# raise water rates 18 percent")
_OBJECT_VERB_BEFORE = re.compile(rf"\b(?P<dir>raise|raises|raised|raising|increase|increases|increased|increasing|hike|"
                                 rf"hikes|hiked|hiking|cut|cuts|cutting|lower|lowers|lowered|lowering|reduce|reduces|"
                                 rf"reduced|reducing)\s+{_OWNER}{_CHARGE}\s+(?:by\s+)?{_QUALIFIER}$", re.IGNORECASE)
# ... unless proposed, asked for or only possible ("had proposed raising fares by 15 percent", "could raise")
_NOT_DONE_BEFORE = re.compile(r"\b(?:propos\w*|plan\w*|want\w*|sought|seek\w*|ask\w*|request\w*|consider\w*|urg\w*|"
                              r"recommend\w*|push\w*|demand\w*|call\w*\s+for|could|might|may|instead\s+of|"
                              r"rather\s+than)\s+(?:\w+\s+){0,3}$", re.IGNORECASE)
# ... or told of a time of its own ("raised the rate by 3.2 percent in 2024", "Last year the council raised")
_OWN_TIME = re.compile(r"\s+(?:in\s+(?:19|20)\d\d|(?:last|a|the\s+previous|the\s+past)\s+(?:year|month|spring|"
                       r"summer|fall|autumn|winter))\b|\b(?:last\s+year|in\s+(?:19|20)\d\d)\b", re.IGNORECASE)
# a sum hidden: "hid $3.2 million", "convicted of concealing about £400,000"
_HID_BEFORE = re.compile(rf"\b(?:hid|hide|hides|hiding|hidden|conceal|conceals|concealed|concealing|stashed|stashing)"
                         rf"\s+{_QUALIFIER}$", re.IGNORECASE)
_MONEY = MONEY_UNITS
_STOP = re.compile(r"[.!?\n](?=\s|$)")


def _sentence_start(text: str, at: int) -> int:
    """Where the sentence holding ``at`` starts (after the last stop before it)."""
    stops = list(_STOP.finditer(text, max(0, at - 400), at))
    return stops[-1].end() if stops else max(0, at - 400)


def _sentence_end(text: str, at: int) -> int:
    """Where the sentence holding ``at`` ends."""
    stop = _STOP.search(text, at, at + 400)
    return stop.end() if stop else min(len(text), at + 400)


def change_subject(text: str, unit: str | None, start: int, end: int, before: int) -> str | None:
    """``"percent:rise in tax rate"`` for a percentage change of a charge told in one of
    the module's two shapes, ``"money:hidden"`` for a sum right after a verb of hiding;
    else None. ``text[start:end]`` is the figure; its words start at ``before``."""
    if unit in _MONEY:
        return "money:hidden" if _HID_BEFORE.search(text, max(before, start - 40), start) else None
    if unit != "percent":
        return None
    sentence = text[_sentence_start(text, start):start] + text[start:_sentence_end(text, end)]
    if (price := price_change(text, start, end, before, sentence)) is not None:
        return price        # "will raise the price of its inhaler by 30 percent" (price_changes)
    clause = text[max(before, start - 80):start]
    m = (_NOUN_IN_AFTER.match(text, end) or _SUBJECT_VERB_BEFORE.search(clause)
         or _object_change(text, clause, end))
    if m is None:
        return None
    key = _charge_key(m["charge"])
    if key is None:
        return None
    direction = m["dir"].lower()
    sense = "cut" if direction.endswith("down") or direction in _DOWN else "rise"
    return f"percent:{sense} in {key}"


def _object_change(text: str, clause: str, end: int) -> re.Match[str] | None:
    """The charge changed by a verb before the figure ("raising the city's property tax rate
    by 4.8 percent"), when the change is done, not proposed, and told of no time of its own."""
    m = _OBJECT_VERB_BEFORE.search(clause)
    if m is None or _NOT_DONE_BEFORE.search(clause, 0, m.start()):
        return None
    return None if _OWN_TIME.search(clause) or _OWN_TIME.match(text, end) else m


def _charge_key(charge: str) -> str | None:
    """The charge's key: its words with the head in the singular ("property tax rate",
    "bus fare"), or the head alone when nothing is before it and it names one charge by
    itself ("fares"); None for a bare "rate", "tax" or "fee". A shorter form ("tax rate")
    meets a longer one ("property tax rate") only through :func:`one_charge`."""
    words = charge.lower().split()
    head = {"taxes": "tax", "levies": "levy", "tuition": "tuition"}.get(words[-1], words[-1].removesuffix("s"))
    if len(words) == 1:
        return None if head in _NEED_MODIFIER else head
    return " ".join([*words[:-1], head])


_CHANGE_KEY = re.compile(r"(?P<sense>percent:(?:rise|cut) in) (?P<charge>.+)")


def one_charge(keys: list[Key]) -> list[Key]:
    """``keys`` with each charge told short ("the tax rate will rise 4%") read as the one
    longer charge of the story it ends ("a 3.5% increase in the property tax rate"), when the
    story names exactly one: a story that names an income and a corporate tax rate leaves a
    bare "tax rate" apart from both."""
    kinds = {k[0]: m for k in keys if k is not None and (m := _CHANGE_KEY.fullmatch(k[0]))}
    longer: dict[str, set[str]] = {}
    for kind, m in kinds.items():
        for other, n in kinds.items():
            if n["sense"] == m["sense"] and n["charge"].endswith(" " + m["charge"]):
                longer.setdefault(kind, set()).add(other)
    if not longer:
        return keys
    return [(next(iter(longer[k[0]])), k[1]) if k is not None and len(longer.get(k[0], ())) == 1 else k
            for k in keys]
