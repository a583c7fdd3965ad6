"""The two ends of a group's span of ages ("Ill people range in age from 31 to 88 years",
"the victims' ages ranged from 19 to 91"): the youngest's age and the oldest's, each a fact
of its own.

A range is otherwise one uncertain value ("five or six vehicles"): two ranges that overlap
can both hold, and only the first number is compared. A span of ages is no uncertainty:
"from 31 to 88" and "from 19 to 91" disagree at both ends, and one report may give only an
end ("the oldest, 91"). So each such range is read as two ages, keyed as the ages of two
people the story does not name (``(AGE_KEY, "the youngest")``, ``(AGE_KEY, "the oldest")``),
compared as ages are, even in a report taken for another event.

Hand-written: the few fixed phrasings newsrooms and health agencies use for a group's ages,
which a pattern reads exactly; nothing else is a span.
"""

from __future__ import annotations

import re
from dataclasses import replace

from reader.analysis.age_ranks import OLDEST, YOUNGEST, age_ranks
from reader.analysis.ages import AGE_KEY, AGE_NOUN, MAX_AGE
from reader.analysis.figure_uses import FigureUse, Key

# the words right before a span of ages: "range(d) in age from", "ages ranged from"; not a bare "aged"
# or "ages", which also name an age group ("children aged 5 to 11 are eligible", "adults aged 18 to
# 64"): two groups' spans would be taken for one group's
_SPAN_BEFORE = re.compile(r"\b(?:(?:range[sd]?|ranging)\s+in\s+age\s+from|ages?\s+(?:range[sd]?|ranging)\s+from)\s+$",
                          re.IGNORECASE)
_NUMBER = re.compile(r"\d+")


def age_spans(uses: list[FigureUse], keys: list[Key]) -> tuple[list[FigureUse], list[Key]]:
    """``uses`` and ``keys`` with each span of ages (module doc) read as two ages, its
    youngest's and its oldest's; the rest as they were."""
    uses, keys = age_ranks(uses, keys)      # ("aged 81, 88 and 93", "The oldest … was 94")
    if not any(u.figure.high is not None for u in uses):
        return uses, keys
    out_uses: list[FigureUse] = []
    out_keys: list[Key] = []
    for u, k in zip(uses, keys, strict=True):
        ends = _ends(u)
        if ends is None:
            out_uses.append(u)
            out_keys.append(k)
            continue
        out_uses.extend(ends)
        out_keys.extend([(AGE_KEY, YOUNGEST), (AGE_KEY, OLDEST)])
    return out_uses, out_keys


def _ends(u: FigureUse) -> tuple[FigureUse, FigureUse] | None:
    """The youngest's and the oldest's ages of a span of ages, or None for any other figure."""
    f = u.figure
    if f.high is None or f.unit not in (None, "year") or not 0 < f.value < f.high <= MAX_AGE:
        return None
    at = f.start - f.sentence_start
    if at < 0 or not _SPAN_BEFORE.search(u.sentence[max(0, at - 40):at]):
        return None
    numbers = list(_NUMBER.finditer(f.text))
    if len(numbers) != 2 or (int(numbers[0].group()), int(numbers[1].group())) != (f.value, f.high):
        return None
    low, high = numbers

    def end(number: re.Match[str], value: float) -> FigureUse:
        start = f.start + number.start()
        figure = replace(f, start=start, end=start + len(number.group()), text=number.group(), number_start=start,
                         number_end=start + len(number.group()), value=value, high=None, unit="year",
                         counts=AGE_NOUN, qualifier=None)
        return replace(u, figure=figure, change=False)     # ("from 31 to 88" is no change)

    return end(low, f.value), end(high, f.high)
