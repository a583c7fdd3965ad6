"""A degree told by its result: "23 of them seriously enough to be taken to hospital",
"hurt badly enough to be admitted to hospital".

The words after a count of people name its event (:func:`reader.analysis.quantities.quantity_key`),
first the serious harm ("seriously", "critically"), and the construction "ADVERB enough to
RESULT" puts a degree word before the event the count is really of: the people so counted
are those the result befell (taken to hospital), the degree only measures what it took. So
"Nineteen were taken to hospital" and "… 23 of them seriously enough to be taken to
hospital" were keyed apart (``hospital`` against ``hurt-serious``) and never compared.

Only the construction is read (an adverb in -ly, "enough to"): a grammatical frame, no
words of events of its own. A result naming no event ("badly enough to need stitches")
leaves the words as they were.

Hand-written: one pattern for the frame.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

_DEGREE_OF_RESULT = re.compile(r"\b\w+ly\s+enough\s+to\s+", re.IGNORECASE)


def result_of_degree(after: str, events: Iterable[re.Pattern[str]], limit: int) -> str | None:
    """The first ``limit`` words of the result a degree is told by, when one of ``events``
    names it: "seriously enough to be taken to hospital" → "be taken to hospital"; else
    None."""
    found = _DEGREE_OF_RESULT.search(after)
    if found is None:
        return None
    result = " ".join(after[found.end():].split()[:limit])
    return result if any(pattern.search(result) for pattern in events) else None


def event_words(words: list[str], events: Iterable[re.Pattern[str]], limit: int) -> str:
    """The first ``limit`` of ``words`` (those after a count), or those of the result a
    degree is told by when one of ``events`` names it (:func:`result_of_degree`)."""
    return result_of_degree(" ".join(words), events, limit) or " ".join(words[:limit])
