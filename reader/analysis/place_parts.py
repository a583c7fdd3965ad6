"""A count told for one place of several in its sentence: "One person died in Ohio and a 90-year-old
man died in Pennsylvania" breaks the outbreak's "two deaths" down by state; the one death in Ohio is a
part of the toll, not a rival value of it. Such a count is left unkeyed by
:func:`reader.analysis.figure_uses.figure_uses`, as a total's breakdown by clause is
(:func:`reader.analysis.clause_priors.breakdown_part`).

Hand-written: "in" and a capitalised name right after the count's verb, and another such place in
the same sentence.
"""

from __future__ import annotations

import re

from reader.analysis.figures import Figure

Key = tuple[str, str | None] | None

# the count's own place: "One person died in Ohio", "two were hospitalized in Kent County"
_OWN_PLACE = re.compile(r"\s+(?:[a-z]+\s+){1,3}?in\s+(?:the\s+)?(?P<place>[A-Z][\w'’-]+)")
_IN_PLACE = re.compile(r"\bin\s+(?:the\s+)?(?P<place>[A-Z][\w'’-]+)")


def place_part(text: str, f: Figure, key: Key) -> bool:
    """Whether the count ``f`` (keyed ``key``) is told for one place of two or more its sentence
    names with "in" (module doc)."""
    if key is None or key[1] is None:
        return False
    own = _OWN_PLACE.match(text, f.end, min(f.sentence_end, f.end + 40))
    if own is None:
        return False
    places = {m["place"] for m in _IN_PLACE.finditer(text, f.sentence_start, f.sentence_end)}
    return len(places) >= 2
