"""What kind of change one removal-and-addition of a surface diff is.

A surface diff (:func:`reader.engine.wordiff.surface_diff`) rebuilds both texts
character for character, so it also records differences no reader counts as an edit:

* **style only**: the same words in another typography: curly against straight quotes
  and apostrophes (``husband’s`` / ``husband's``), a dash of another kind
  (``MIAMI --`` / ``MIAMI —``), a hyphen against a space (``newly-installed`` /
  ``newly installed``), another Unicode form or other white space. Shown as kept text,
  never as a change: a copy that only swapped quote marks is word for word the same.
* **case only**: the same spelling but for letter case (``The`` / ``the``, or
  ``‘The`` / ``'the``). Shown as a case change, not as a changed word.

Each function takes the diff as a list of ``(op, text)`` and returns the indices of the
removals (op -1) whose next item, an addition (op 1), differs from them in that way
only.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Sequence

DELETE, INSERT = -1, 1

# Quote marks and apostrophes as straight ones; hyphens, en dashes and minus signs as
# white space (a hyphen joining two words against a space is typography); em dashes,
# horizontal bars and the typewriter "--" as one em dash (a clause break, not a space).
_QUOTES = str.maketrans({
    **dict.fromkeys("\u2018\u2019\u02bc\u201a\u201b\u2032`\u00b4", "'"),  # ‘ ’ ʼ, low, reversed, prime, accents
    **dict.fromkeys("\u201c\u201d\u201e\u201f\u2033\u00ab\u00bb", '"'),  # “ ” „, reversed, double prime, « »
    **dict.fromkeys("-\u2010\u2011\u2012\u2013\u2212", " "),  # hyphens, figure and en dash, minus
})
# Quote marks alone, one character for one (offsets kept): what a search ignores.
_QUOTE_MARKS = str.maketrans({
    **dict.fromkeys("\u2018\u2019\u02bc\u201a\u201b\u2032`\u00b4", "'"),
    **dict.fromkeys("\u201c\u201d\u201e\u201f\u2033\u00ab\u00bb", '"'),
})
_TYPEWRITER_DASH = re.compile(r"\s*(?:--|—)\s*")


def plain_quotes(text: str) -> str:
    """``text`` with every quote mark and apostrophe straight, its length kept (a search
    for ``IRS's`` finds ``IRS’s``, at the same offsets)."""
    return text.translate(_QUOTE_MARKS)
_SPACE = re.compile(r"\s+")


def style_key(text: str) -> str:
    """``text`` with its typography made plain (see the module docstring); two texts
    with the same key say the same words in the same case."""
    plain = unicodedata.normalize("NFKC", text)
    plain = _TYPEWRITER_DASH.sub("—", plain.replace("―", "—"))
    return _SPACE.sub(" ", plain.translate(_QUOTES)).strip()


def _pairs(diff: Sequence[tuple[int, str]]) -> list[tuple[int, str, str]]:
    """Each removal directly followed by an addition: (index, removed, added)."""
    return [(k, diff[k][1], diff[k + 1][1]) for k in range(len(diff) - 1)
            if diff[k][0] == DELETE and diff[k + 1][0] == INSERT]


def style_changes(diff: Sequence[tuple[int, str]]) -> list[int]:
    """The removals whose next item, an addition, differs from them in typography or
    white space only (including a change of white space alone)."""
    return [k for k, old, new in _pairs(diff) if style_key(old) == style_key(new)]


def case_changes(diff: Sequence[tuple[int, str]]) -> list[int]:
    """The removals whose next item, an addition, spells the same words but for letter
    case (and perhaps typography: ``‘The`` against ``'the``). A change that also changes
    other words is not one; nor is one of typography alone (:func:`style_changes`)."""
    out = []
    for k, old, new in _pairs(diff):
        key_old, key_new = style_key(old), style_key(new)
        if key_old != key_new and key_old.casefold() == key_new.casefold():
            out.append(k)
    return out


def without_style_changes(diff: Sequence[tuple[int, str]], side: str) -> list[tuple[int, str]]:
    """``diff`` with each change of typography or white space alone
    (:func:`style_changes`) made kept text, in the spelling of ``side`` ("a", "b", or
    "both" for A's): what a report shows, so that only real edits are marked."""
    styled = set(style_changes(diff))
    out: list[tuple[int, str]] = []
    k = 0
    while k < len(diff):
        if k in styled:
            out.append((0, diff[k + 1][1] if side == "b" else diff[k][1]))
            k += 2
            continue
        out.append(diff[k])
        k += 1
    return out



_LEAD = re.compile(r"[\W_]*")
_TRAIL = re.compile(r"[\W_]*\Z")


def edit_cores(old: str, new: str) -> tuple[tuple[int, int], tuple[int, int]]:
    """Where the edit lies in a removal ``old`` and its addition ``new``: each text's
    span without the punctuation and white space at its ends where the two differ in
    typography alone (the dashes around ``-- seven to two --`` against
    ``— eight to one —``). Ends the same in both are kept: a full stop shared by two
    different sentences is part of each."""
    lead_old, lead_new = _LEAD.match(old).end(), _LEAD.match(new).end()  # type: ignore[union-attr]
    trail_old = len(old) - _TRAIL.search(old, lead_old).start()  # type: ignore[union-attr]
    trail_new = len(new) - _TRAIL.search(new, lead_new).start()  # type: ignore[union-attr]
    if not _restyled(old[:lead_old], new[:lead_new]):
        lead_old = lead_new = 0
    if not _restyled(old[len(old) - trail_old:], new[len(new) - trail_new:]):
        trail_old = trail_new = 0
    return ((lead_old, max(lead_old, len(old) - trail_old)),
            (lead_new, max(lead_new, len(new) - trail_new)))


def _restyled(old: str, new: str) -> bool:
    """Whether two ends differ, and only in typography."""
    return old != new and style_key(old) == style_key(new)
