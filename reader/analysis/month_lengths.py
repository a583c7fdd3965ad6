"""A length told in months beside the same length told in weeks or days: "the library will be
closed for two months" against "closed for six weeks".

:func:`reader.analysis.duration_subjects.in_one_unit` restates one keyed length in one unit,
but never days as months: a month is no fixed number of days, so "two months" and "six weeks"
were never compared, and "one month" against "four weeks" must stay quiet. Here a keyed length
told in months, in a key whose other lengths are told in weeks or days, is restated in days as
the range its months can hold, 28 to 31 days each ("two months": 56 to 62 days), and the
key's weeks are restated in days too, so "six weeks" (42 days) conflicts with "two months" and
"four weeks" (28 days) agrees with "one month". A hedged month is read by its hedge: "more than
two months" from 56 days to three months at most (93 days), "nearly two months" from 56 less a
week to 62, "about two months" from 56 less a week to 62 and a week, "up to two months" up to 62
days; the hedge stays with the figure, as its source wrote it. Lengths of hours or minutes beside
months are left as they are: they tell another thing than a length of weeks.

Hand-written: the lengths of a calendar month, a fact; nothing to learn.
"""

from __future__ import annotations

from dataclasses import replace

from reader.analysis.figures import Figure

Key = tuple[str, str | None] | None
MONTH_DAYS = (28, 31)     # the shortest and the longest calendar month
WEEK_DAYS = 7
_ABOVE = {"more than", "over", "at least", "upwards of", "longer than", "in excess of", "nearly more than"}
_NEARLY = {"nearly", "almost", "just under", "close to"}
_BELOW = {"up to", "less than", "under", "as long as", "no more than", "at most"}
_ABOUT = {"about", "around", "roughly", "approximately", "some", "an estimated"}
_DAYS = {"day": 1, "week": WEEK_DAYS}


def months_as_days(figures: list[Figure], keys: list[Key]) -> list[Figure]:
    """``figures`` (a story's, with their keys) with each keyed length told in months restated
    in days as the range its months hold, and the same key's weeks in days (module doc), when
    that key has lengths in months and in weeks or days and in no other unit."""
    units: dict[Key, set[str]] = {}
    for f, key in zip(figures, keys, strict=True):
        if key is not None and key[0].startswith("duration:"):
            units.setdefault(key, set()).add(str(f.unit))
    mixed = {key for key, used in units.items() if "month" in used and used - {"month"}
             and used <= {"month", *_DAYS}}
    if not mixed:
        return figures
    return [_in_days(f) if key in mixed else f for f, key in zip(figures, keys, strict=True)]


def _in_days(f: Figure) -> Figure:
    """``f`` (months, weeks or days) in days: months as the range they hold (module doc)."""
    if f.unit in _DAYS:
        ratio = _DAYS[str(f.unit)]
        return f.in_unit(ratio, "day")
    months = (f.value, f.value if f.high is None else f.high)
    low, high = months[0] * MONTH_DAYS[0], months[1] * MONTH_DAYS[1]
    q = f.qualifier
    if q in _ABOVE:         # ("more than two months": short of three)
        low, high = low, (months[1] + 1) * MONTH_DAYS[1]
    elif q in _NEARLY:      # ("nearly two months": a week short at most)
        low, high = low - WEEK_DAYS, high
    elif q in _BELOW:       # ("up to two months": read by its hedge)
        return replace(f, value=high, high=None, unit="day")
    elif q in _ABOUT:
        low, high = low - WEEK_DAYS, high + WEEK_DAYS
    return replace(f, value=low, high=high, unit="day")


NOMINAL_MONTH = 30        # days a month is given where one number must stand for it (a conflict's value)


def value_in_days(f: Figure) -> float | None:
    """A conflict's value for a length of weeks or months, in days, else None: a length told
    in weeks is its days ("three weeks": 21; "four to six weeks": from 28), and one told in
    months and restated in days (:func:`months_as_days`) stands at ``NOMINAL_MONTH`` a month
    ("two months": 60, shown as the range 56-62 days). A value is a bare number; lengths are
    given in minutes, hours or days, the units a reader of the value can take it in, and the
    display keeps the unit as written."""
    if f.unit == "week":
        return f.value * WEEK_DAYS
    if f.unit != "day" or (f.counts or "").lower().rstrip("s") != "month":
        return None
    q = f.qualifier
    if q in _BELOW:
        months = f.value / MONTH_DAYS[1]
    elif q in _NEARLY or q in _ABOUT:
        months = (f.value + WEEK_DAYS) / MONTH_DAYS[0]
    else:
        months = f.value / MONTH_DAYS[0]
    return months * NOMINAL_MONTH
