"""The whole a partitive count counts when no figure follows "of": a plural noun phrase told
whole ("all eight of the port's container terminals"; not a part, "Five of the deaths"), a
body's own members or staff ("4,200 of our members", "900 of its employees"),
people told by an adjective ("Four of the injured"), or, for "of them", the plural count of
the sentence right before ("A dozen skiers were hurt. Six of them were taken to hospital").

Such a number was a figure with no noun (or no figure at all), so "Six of them were taken to
hospital" met nothing where another source's "Four of the injured were flown to hospitals"
disagreed, and "all eight of the port's container terminals" nothing where "all six
terminals" did. Read by :func:`reader.analysis.figures.extract_figures` on its raw figures
(dicts with ``n_end``, ``counts``, ``unit``, ``sentence``).

Hand-written: the partitive is one fixed form of English; its noun phrase is read as
:mod:`reader.analysis.figure_nouns` reads any counted noun.
"""

from __future__ import annotations

import re

from reader.analysis.figure_nouns import noun_phrase, singular
from reader.analysis.figure_units import MEASURES

_LETTERS_RE = re.compile(r"[A-Za-z]+")
# the people a partitive counts by an adjective standing for them: "Four of the injured" (a part of
# the hurt, keyed only by an event of its own: :mod:`reader.analysis.place_counts`; not "of the dead",
# whose verb may be the toll's own)
_PEOPLE_ADJECTIVES = frozenset({"injured", "wounded", "sick", "hurt"})
# "all eight of the port's terminals": the whole itself (not "Five of the deaths", a part)
_ALL_BEFORE = re.compile(r"\ball\s+$", re.IGNORECASE)
# a body's own people, its members or staff: "4,200 of our members", "900 of its employees" (a part
# of the body, counted by its noun; their event is the verb's)
_OWN_BEFORE = re.compile(r"\b(?:our|its|their)\s+$", re.IGNORECASE)
# (and its own outlets: "would close 212 of its stores", a count of the stores closed)
_OWN_PEOPLE = frozenset({"member", "employee", "worker", "staff", "staffer", "store", "branch", "location",
                         "restaurant", "pharmacy", "shop", "outlet", "clinic"})


def partitive_noun(text: str, f: dict, gap: int) -> bool:
    """Whether a partitive's whole is a plural noun phrase told whole ("all eight of the
    port's container terminals") or people told by an adjective ("Four of the injured");
    then ``f`` counts it."""
    at = f["n_end"] + gap
    phrase, p_end, plural = noun_phrase(text, at)
    if phrase and plural and _ALL_BEFORE.search(text, max(0, f["n_start"] - 8), f["n_start"]):
        f["counts"], f["unit"], f["inferred"], f["end"] = phrase, singular(phrase.split()[-1]), True, p_end
        return True
    if phrase and plural and _OWN_BEFORE.search(text, max(0, at - 8), at) and singular(
            phrase.split()[-1]) in _OWN_PEOPLE:
        f["counts"], f["unit"], f["inferred"] = phrase, singular(phrase.split()[-1]), True   # "4,200 of our members"
        return True
    word = _LETTERS_RE.match(text, at)
    if word is None or word.group().lower() not in _PEOPLE_ADJECTIVES:
        return False
    f["counts"], f["unit"], f["inferred"] = word.group(), "person", True     # (its event is the verb's)
    return True


def whole_next(f: dict, after: dict, gap: int) -> bool:
    """Whether the figure ``after`` is the whole of the partitive ``f`` opens, right after its
    "of" (``gap`` characters past ``f``'s number), with or without a hedge of its own ("2,900
    of its roughly 6,000 staff")."""
    return f["n_end"] + gap in (after["n_start"], after["start"])


def sentence_before(text: str, raw: list[dict], i: int) -> dict | None:
    """The count "of them" points back to across a full stop: the first figure of the
    sentence right before, its subject, when it counts a plural noun ("Nine people were hurt
    when two chairs fell. Six of them were taken to hospital": the people, not the chairs)."""
    if not i:
        return None
    f, last = raw[i], raw[i - 1]
    if last["sentence"] == f["sentence"] or text[last["sentence"][1]:f["sentence"][0]].strip():
        return None
    k = i - 1
    while k and raw[k - 1]["sentence"] == last["sentence"]:
        k -= 1
    first = raw[k]
    return first if first["counts"] and first["unit"] not in MEASURES else None
