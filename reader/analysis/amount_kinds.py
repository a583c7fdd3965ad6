"""Kinds of one named amount that are different quantities: an operating profit and a
net profit, a profit analysts expected and the profit reported, a share price's move in
early trading and its move at the close.

:mod:`reader.analysis.amount_subjects` keys a sum or a share by what it is of ("revenue of
€4.2 billion" is ``money:revenue``). An earnings report names several profits in one
paragraph ("Operating profit increased 18% to €512 million, and net profit … was €321
million"): keyed alike, the two read as one quantity with two values. So
:func:`refine` adds the kind a report writes beside the subject word:

- a profit, earnings, income or loss is ``operating``, ``pre-tax``, ``gross``,
  ``underlying``, ``adjusted`` or ``core`` by the word written before it; one of no
  kind is the headline figure, the net one ("Harlow lost $1.2 billion" and "a net loss
  of $1.5 billion" disagree); "income" is keyed only with its kind ("net income" is a
  profit; "household income" is no subject);
- a result (revenue, a profit or a loss) told as expected ("analysts had expected
  operating profit of €488 million", "the company forecast revenue of …",
  "consensus"; a plan's "would raise about $31 million in additional revenue") is the forecast,
  not the result;
- a share price's move is told at the close ("closed 6.8% higher", "ended the day
  up"), during the day ("up more than 7% in early trading", "at one point", "shares
  opened"), or over a period ("have lost about 15% over the past 12 months", "so far
  this year"); one told with none of these is compared only with moves told with none.

Hand-written: these are a newsroom's fixed words for results and markets, a short closed
list a regular expression reads exactly; anything else stays as the subject word says.
"""

from __future__ import annotations

import re

_KIND_BEFORE = re.compile(r"\b(operating|net|pre-?tax|gross|underlying|adjusted|core)\s+$", re.IGNORECASE)
_KINDED = {"profit", "loss", "income"}
_RESULTS = _KINDED | {"revenue"}
_FORECAST = re.compile(r"\b(?:expect\w*|forecast\w*|consensus|predict\w*|anticipat\w*|projected|guidance|would|will)\b",
                       re.IGNORECASE)
_CLAUSE_START = re.compile(r"[,;:()\[\]—–\"“”.!?](?=\s)")
_SENTENCE_END = re.compile(r"[.!?](?=\s|$)")
_CLOSE = re.compile(r"\b(?:closed|closing|close|ended|ending|finished|settled)\b", re.IGNORECASE)
_DURING = re.compile(r"\b(?:early|intraday|morning|afternoon|midday|opened|opening|at\s+one\s+point|initially|"
                     r"briefly|as\s+much\s+as)\b", re.IGNORECASE)
_PERIOD = re.compile(r"\b(?:over\s+the\s+(?:past|last)|this\s+year|so\s+far|since|year\s+to\s+date|in\s+the\s+past|"
                     r"this\s+month|this\s+week)\b", re.IGNORECASE)
REACH = 100
FORECAST_WORDS = 4       # "Analysts had expected operating profit of", "is expected to have sales of"


def refine(kind: str, subject: str, text: str, word_at: int, start: int, end: int) -> str | None:
    """The key ``kind + subject`` of the figure at ``text[start:end]`` whose subject word
    starts at ``word_at``, with its kind (module doc); None for an "income" of no kind."""
    result = subject in _RESULTS
    if subject in _KINDED:
        which = _KIND_BEFORE.search(text, max(0, word_at - 20), word_at)
        if which is None and subject == "income":
            return None
        named = which.group(1).lower().replace("pretax", "pre-tax") if which is not None else "net"
        subject = ("profit" if subject == "income" else subject) if named == "net" else f"{named} {subject}"
    if subject == "share price":
        subject += _move_time(text, start, end)
    elif result and _FORECAST.search(" ".join(_clause_before(text, min(word_at, start)).split()[-FORECAST_WORDS:])):
        subject = "forecast " + subject
    return kind + subject


def _clause_before(text: str, at: int) -> str:
    """The words of the clause before ``at`` (``REACH`` characters at most)."""
    lo = max(0, at - REACH)
    cuts = list(_CLAUSE_START.finditer(text, lo, at))
    return text[cuts[-1].end() if cuts else lo:at]


def _move_time(text: str, start: int, end: int) -> str:
    """When a share-price move at ``text[start:end]`` was measured, read in its sentence:
    " at close", " during trading", " over a period", or "" when it does not say."""
    lo = max(0, start - REACH)
    ends = list(_SENTENCE_END.finditer(text, lo, start))
    head = text[ends[-1].end() if ends else lo:start]
    tail = text[end:end + REACH]
    stop = _SENTENCE_END.search(tail)
    sentence = head + " " + tail[:stop.start() if stop else len(tail)]
    if _PERIOD.search(sentence):
        return " over a period"
    if _CLOSE.search(sentence):
        return " at close"
    if _DURING.search(sentence):
        return " during trading"
    return ""
