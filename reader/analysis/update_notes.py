"""Whether an article says it has been updated or corrected since it first ran.

Its date may then be the update's, not the first version's: a TV station's story dated
the day after a paper's copy of it, because the station added a comment and re-dated the
page, read as "the station draws on the paper" by the dates (a story invented for
testing). :mod:`reader.analysis.pair_relation` does not order such an article by its date.

Hand-written: the notes are a handful of set phrases of web news copy ("This story has
been updated", "Updated at 5:12 p.m.", "UPDATE:", "An earlier version of this story …",
"Editor's note: …"), which no library of this project reads.
"""

from __future__ import annotations

import re

_NOTE_RE = re.compile(
    r"(?im)^\W{0,3}(?:"
    r"(?:this|the)\s+(?:story|article|report|post|piece)\s+(?:has\s+been|was|is\s+being|had\s+been)\s+"
    r"(?:updated|corrected|revised|edited)\b"
    r"|an?\s+(?:earlier|previous|prior)\s+version\s+of\s+this\b"
    r"|(?:updated|update|last\s+updated|correction|clarification)\b\s*(?::|\d|at\b|on\b|[A-Z][a-z]+day\b|—|–|-)"
    r"|editor['’]s\s+note\s*:[^\n]{0,200}\b(?:updated|corrected|revised|earlier\s+version)\b"
    # a time stamp line: "First published 10 February, 15:40. Updated 11 February, 09:15, with …"
    r"|(?:first\s+)?(?:published|posted)\b[^\n]{0,80}\b(?:updated|last\s+modified)\b)"
    r"|\((?:updated|corrected)\b[^)\n]{0,80}\)")


# what a correction says of a figure it takes back, anywhere in a sentence ("An earlier
# version of this article said 62 people …"; read by reader.analysis.other_events)
CORRECTION_RE = re.compile(r"\b(?:an?\s+(?:earlier|previous|prior)\s+version\b"
                           r"|incorrectly\s+(?:said|stated|reported|gave)|misstated|misreported"
                           r"|erroneously\s+(?:said|stated|reported))", re.IGNORECASE)


def says_updated(body: str) -> bool:
    """Whether ``body`` carries a note that it was updated or corrected (module doc)."""
    return _NOTE_RE.search(body) is not None
