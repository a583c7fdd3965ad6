"""The year that dates the verb whose object a figure is: "was fined $86,000 by the state
safety agency in 2024", "lost $3.1 million on the venture in 2023", "paid 41,000 euros to
the regulator in early 2025".

:func:`reader.analysis.other_events.told_when` reads a year right after a figure (at most
three words on: "a $68,000 fine in 2024") as the time the figure is told of, and a year
further on in its clause not at all: "the $14.2 million bridge was to open in 2019" gives
the bridge's cost, not 2019's. So of two reports of one past fine, one dated it and one
did not, and the two were never compared (nor the dated one kept from the story's own
figures). The structure tells the cases apart: when the figure is the object of a past
verb right before it ("fined $86,000", "paid a $68,000 …") and the clause goes on with no
other verb to "in" and a year, the year is that verb's time, so the figure's; a figure in
a noun phrase ("the $14.2 million bridge was to open in 2019") or with another verb between
("fined $5,000 for flooding caused in 2019") keeps no year.

Hand-written: a past verb, an object and a time adjunct are the frame of one short clause;
two regular expressions and a list of irregular past forms read it.
"""

from __future__ import annotations

import re

from reader.analysis.figures import Figure

_YEAR = r"(?:19|20)\d\d"
_MONTH = (r"(?:January|February|March|April|May|June|July|August|September|October|November|December"
          r"|spring|summer|autumn|fall|winter)")
# a past verb right before the figure, with at most a determiner or a hedge between
_IRREGULAR = (r"paid|lost|won|spent|sold|took|made|cost|drew|brought|gave|left|hit|got|bought|owed|ran|"
              r"saw|kept|put|set|raised|fined|awarded|ordered|seized|earned|posted|reported|recorded")
_VERB_BEFORE_RE = re.compile(
    rf"\b(?:{_IRREGULAR}|[a-z]{{3,}}ed)\s+(?:(?:a|an|the|some|about|nearly|almost|roughly|around|over"
    r"|approximately|more\s+than|at\s+least|a\s+total\s+of)\s+)*$", re.IGNORECASE)
# "in 2024", "in early 2025", "in March 2023": the time adjunct
_IN_YEAR_RE = re.compile(rf"\bin\s+(?:(?:early|late|mid-?)\s*)?(?:{_MONTH}\s+)?(?P<year>{_YEAR})\b(?!\s*[-–]\d)",
                         re.IGNORECASE)
# where the figure's clause ends ("and" may join two nouns, "the Safety and Health Administration":
# a clause it joins has a verb, which :data:`_OTHER_VERB_RE` finds)
_CLAUSE_STOP_RE = re.compile(r"[,;:()]|\s[—–-]\s|\s(?:but|while|whereas|when|after|before|because)\s",
                             re.IGNORECASE)
# another verb (or a clause or comparison opening) between the figure and the year: the year is not
# the figure's verb's ("for flooding caused in 2019", "which was built in 1990", "than in 2012", "to
# open in 2021"; not "to the regulator in 2025")
_OTHER_VERB_RE = re.compile(r"\b(?:to\s+(?!(?:the|a|an|its|their|his|her)\b)(?-i:[a-z])\w*|was|were|is|are|be|been"
                            r"|being|will|would|has|have|had|which|who|that"
                            rf"|from|than|since|compared|versus|vs|built|opened|founded|{_IRREGULAR}|[a-z]{{3,}}ed)\b",
                            re.IGNORECASE)
MAX_WORDS = 12      # words from the figure to the year: one clause's adjuncts, not another clause's


def verb_year(body: str, f: Figure) -> re.Match | None:
    """The "in <year>" that dates the past verb whose object ``f`` is, in its clause (see the
    module doc); its group ``year`` is the year. None when the figure is no past verb's
    object or no year ends its clause's adjuncts."""
    start = max(f.sentence_start, f.number_start - 80)
    if not _VERB_BEFORE_RE.search(body[start:f.number_start]):
        return None
    end = min(f.sentence_end, f.end + 400)
    stop = _CLAUSE_STOP_RE.search(body, f.end, end)
    m = _IN_YEAR_RE.search(body, f.end, stop.start() if stop else end)
    if m is None:
        return None
    between = body[f.end:m.start()]
    if len(between.split()) > MAX_WORDS or _OTHER_VERB_RE.search(between):
        return None
    return m
