"""A name inside a fronted place phrase is no person's, and the comma after it opens the
sentence's main clause, not an appositive: "In Kwessanti, a long night at the mine gate",
"At Harrow Mills, the night shift walked out". The registry reads ``Name, a …`` as a name
and its appositive (:mod:`reader.analysis.speaker_registry`), which made the town a person
described as "long night at the mine gate", and a later "she said" resolved to it.

The test is the phrase's structure, not its words: a locative preposition opening the
sentence (or a headline line) right before the name, and a comma right after the name.
Such a phrase never names its subject: the subject comes after the comma. (A person
as a preposition's object elsewhere keeps the appositive: "spoke to Ann Roe, a nurse".)
"""

from __future__ import annotations

import re

# a locative preposition opening its sentence, then the name
_FRONTED_RE = re.compile(r"(?:^|(?<=\n)|(?<=[.!?]\s)|(?<=\ue000\s))[ \t]*(?:In|At|Across|Inside|Outside|Near|Around|"
                         r"Throughout|Beyond|Along|Off|Across|Over|Under|Below|Above|Downriver\s+from)\s+$")


def fronted_place(text: str, start: int, end: int) -> bool:
    """Whether the name ``text[start:end]`` follows a locative preposition opening its
    sentence and a comma follows it: a place phrase put first ("In Kwessanti, …")."""
    return text.startswith(",", end) and _FRONTED_RE.search(text, max(0, start - 24), start) is not None
