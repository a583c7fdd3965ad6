"""Sentence spans of an article's body: the units that unique lines, figures, conflicts
and entities read.

A sentence ends at ``.``, ``!``, ``?`` or ``…`` (with any closing quotation marks or
brackets) before a capital, a digit or an opening mark, and at a line break; not after
an abbreviation ("U.S.", "Aug.", "Gov."), nor between a clock time's "a.m."/"p.m." and
the day, month or time zone that goes on its sentence ("at 2 p.m. Thursday", "11:20 a.m.
EDT"). Hand-written: the rules are few, tuned to news copy (AP style), and the texts'
own sentence units are what the benchmarks' labels count.
"""

from __future__ import annotations

import re

# [.!?…]+[\"”’')\]]*(?=\s+[\"“‘'(\[]?[A-Z0-9])|\n+ written to open with one set of characters,
# so the search skips the text between sentence ends in C
# (a Markdown emphasis closing after the mark ends it too: "**Has it been this bad before?** During the …")
_SENTENCE_END_RE = re.compile(r"[.!?…\n](?:(?<=\n)\n*|(?<=[.!?…])[.!?…]*[\"”’')\]*_]*(?=\s+[\"“‘'(\[*_]*[A-Z0-9]))")
_NO_SPLIT_BEFORE = re.compile(r"(?:\b(?:Mr|Mrs|Ms|Dr|St|Jr|Sr|Rep|Sen|Gov|Gen|Lt|Col|Sgt|Capt|Prof|Rev|Hon|No|Inc"
                              r"|Corp|Co|Ltd|vs|Mt|Ft|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec|Atty"
                              r"|Sens|Reps|Govs|Gens|Messrs|Det|Supt|Cpl|Pvt|Adm|Cmdr|Insp|Maj|Brig|v|al)"
                              r"|\b[A-Z]\.[A-Z]|\b[A-Z])$")
# a clock time's "a.m." / "p.m." and the day, month or zone that goes on its sentence:
# "at 2 p.m. Thursday", "at 11:20 a.m. EDT" (AP style) are one sentence, not two
_CLOCK_END = re.compile(r"(?<![A-Za-z])[ap]\.m$", re.IGNORECASE)
_CLOCK_GOES_ON = re.compile(
    r"\s++(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|February|March|April|May|June|July"
    r"|August|September|October|November|December|(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)\."
    r"|[ECMPA][SD]T|[ECMP]T|GMT|UTC|BST|CES?T|AES[DT]|HST|AKST|AKDT|Eastern|Central|Mountain|Pacific)(?![A-Za-z])")


def sentence_spans(text: str) -> list[tuple[int, int]]:
    """(start, end) of each sentence: split at . ! ? before a capital and at line breaks,
    not after abbreviations such as "U.S." or "Aug.", nor between a clock time and the day,
    month or time zone after it ("at 2 p.m. Thursday", "11:20 a.m. EDT")."""
    spans: list[tuple[int, int]] = []
    start = 0
    for m in _SENTENCE_END_RE.finditer(text):
        if m.group()[0] != "\n" and _NO_SPLIT_BEFORE.search(text, max(0, m.start() - 8), m.start()):
            continue
        if (m.group()[0] == "." and _CLOCK_END.search(text, max(0, m.start() - 4), m.start())
                and _CLOCK_GOES_ON.match(text, m.end())):
            continue
        end = m.end() if m.group()[0] != "\n" else m.start()
        _add_sentence(text, spans, start, end)
        start = m.end()
    _add_sentence(text, spans, start, len(text))
    return spans


def _add_sentence(text: str, spans: list, start: int, end: int) -> None:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    if end > start:
        spans.append((start, end))


# Marks that end a clause for the words read around a figure: a comma, semicolon, colon,
# bracket, dash or quotation mark (a word is never read across one).
CLAUSE_MARKS = r"[,;:()\[\]—–\"“”]|\s-\s"
CLAUSE_BREAK = re.compile(CLAUSE_MARKS)

# a written list of numbers in prose: "women aged 81, 88 and 93", "in 2019, 2021, and 2024"
_LIST_OF_NUMBERS = re.compile(r"\b\d+,\s+\d+,?\s+and\s+\d+\b")
PROSE_WORDS = 4          # lower-case words a sentence with a written list needs to be prose
TABLE_LINE_WORDS = 8     # a line this short with a number and no full stop is a row of a table or list


def table_row(text: str) -> bool:
    """Whether a sentence is a row of a table or a list rather than prose: at least three
    of its words hold digits, and a third of them or more ("Cannes 3 2 1 0 4 2 7",
    "Milwaukee 4 Cleveland 3 (10 innings)"); half of a line of three words or fewer (a
    rank, "11."); or a line of at most ``TABLE_LINE_WORDS`` words with a digit that does
    not end as a sentence does ("A. Stewart b Mushtaq 44", "Total (for six wickets) 278")."""
    text = text.strip()
    words = text.split()
    numeric = sum(1 for w in words if not w.isalpha() and any(c.isdigit() for c in w))    # (isalpha: no digit, fast)
    if (numeric >= 3 and 3 * numeric >= len(words) and not _prose_list(text, words)) or (
            len(words) <= 3 and 2 * numeric >= len(words)):
        return True
    return (numeric > 0 and len(words) <= TABLE_LINE_WORDS
            and not text.rstrip("\"”’')]").endswith((".", "!", "?", ":")))


def _prose_list(text: str, words: list[str]) -> bool:
    """Whether a sentence of many numbers is prose with a written list of them ("The
    residents were women aged 81, 88 and 93."): it ends as a sentence does, its numbers
    are listed with commas and "and", and it has ``PROSE_WORDS`` lower-case words."""
    return (text.rstrip("\"”’')]").endswith((".", "!", "?")) and _LIST_OF_NUMBERS.search(text) is not None
            and sum(1 for w in words if w.isalpha() and w.islower()) >= PROSE_WORDS)
