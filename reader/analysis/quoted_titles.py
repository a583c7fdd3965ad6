"""Quotation marks around a name: a title or a term, not words someone said.

News puts the names of shows, books, films and reports in quotation marks ("told ABC's
“This Week,”", "in her memoir, “Hard Roads.”"). Such a stretch is no quotation even when a
speech verb stands near it, so it is told apart before a speaker is looked for:

* :func:`is_name` — the quoted words are name-shaped: at most six, every content word
  capitalised ("Meet the Press", "The Art of the Deal");
* :func:`names_a_work` — the words before it introduce a work: a network's or an outlet's
  possessive ("on ABC's", "on Fox News channel's", "to CNN's"), a bare "on" or "in", a noun for a work ("memoir",
  "show", "podcast", "report"), "titled", or "told" (whoever is told a name is an audience).

Hand-written: a closed list of nouns and one pattern over the few words before the mark.
"""

from __future__ import annotations

import re

_NAME_WORD_RE = re.compile(r"[^\W_][\w’'\-.]*")
_CONNECT = {"of", "the", "and", "for", "in", "on", "a", "an", "to", "de", "la", "at", "by"}
_WORK_NOUNS = ("book|memoir|memoirs|autobiography|novel|biography|film|movie|documentary|show|series|sitcom|"
               "program|programme|podcast|broadcast|episode|special|album|song|single|play|musical|essay|column|"
               "op-ed|editorial|newsletter|report|study|paper|bill|titled|entitled|told|tells|telling")
# what introduces a work, ending the text before the mark: "on ABC's", "on", "in", "memoir,"
# (a bare "on" or "in" in lower case, or "On" opening the sentence: "Did Well In ‘…’" is a headline's)
_WORK_CUE_RE = re.compile(rf"(?:\b(?:[Oo]n|to|[Ii]n|from)(?:\s+[\w.&’'\-]+){{1,3}}?[’']s|\b(?:on|in)|^\s*On"
                          rf"|\b(?i:{_WORK_NOUNS}))\s*,?\s*$")


def is_name(inner: str) -> bool:
    """Whether the quoted words are name-shaped: one to six words, the first and every
    content word capitalised."""
    ws = _NAME_WORD_RE.findall(inner)
    content = [w for w in ws if w.lower() not in _CONNECT]
    return 0 < len(ws) <= 6 and bool(content) and all(w[0].isupper() for w in content) and ws[0][0].isupper()


def names_a_work(prefix: str, inner: str) -> bool:
    """Whether the quoted ``inner``, after ``prefix`` (the text of its sentence before the
    mark), is the title of a work: name-shaped words introduced as a show, a book or a report."""
    return is_name(inner.strip(" ,.;:")) and _WORK_CUE_RE.search(prefix, max(0, len(prefix) - 80)) is not None
