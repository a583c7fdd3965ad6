"""Text a report attributes to a document: "according to a statement from the police",
"police said in a news release", "the complaint alleges", "court documents show".

Two reports that both print a police news release share its sentences word for word
without either copying the other; with dates, the later looked like a copy of the
earlier. When the text two articles share is framed, in either of them, as taken from a
statement, a release, a filing, a report or a post, that document is a common source
the story does not hold, and :mod:`reader.analysis.pair_relation` gives the pair no
direction. Only the passage's paragraph is read, up to ``BEFORE`` characters before the
passage and ``AFTER`` after it, and never the passage itself: an attribution inside the
shared text ("the company said in a statement" in a sentence a patchwork site lifted
from a report) was copied with it and says nothing of where the text came from; the
framing each report writes around the text it prints does. A document named elsewhere
in the article does not count.

Hand-written: the phrases are a closed list of how English news attributes text to a
document; no library of this project reads attribution of this kind.
"""

from __future__ import annotations

import re

BEFORE = 300
AFTER = 200

_DOC = (r"(?:(?:news|press|media)\s+release|release|(?:written\s+|joint\s+|prepared\s+)?statements?|complaint|"
        r"affidavit|indictment|lawsuit|court\s+(?:documents|records|papers|filings?)|filings?|reports?|"
        r"memo(?:randum)?|letter|(?:Facebook|social[\s-]+media|Instagram)\s+post|post\s+on\s+"
        r"(?:X|Facebook|Twitter|Instagram|social\s+media)|(?:an?\s+)?(?:e-?mail|advisory|bulletin|notice))")
_DET = r"(?:(?:a|an|the|its|their|his|her|this|that)\s+)?"
_FILL = r"(?:[\w'’.-]+\s+){0,4}?"
_ATTRIBUTION_RE = re.compile(
    rf"\baccording\s+to\s+{_DET}{_FILL}{_DOC}\b"
    rf"|\b(?:said|says|wrote|writes|stated|states|announced|added|noted|explained)\s+(?:in|on)\s+{_DET}{_FILL}{_DOC}\b"
    rf"|\b{_DOC}\s+(?:said|says|stated|states|reads|read|shows?|showed|alleges?|alleged)\b",
    re.IGNORECASE)


def document_attribution(body: str, start: int, end: int) -> str | None:
    """The words that attribute ``body[start:end]`` (a shared passage) to a document,
    found near it in its paragraph, outside it, or None."""
    lo = body.rfind("\n\n", max(0, start - BEFORE), start)
    lo = max(0, start - BEFORE) if lo < 0 else lo + 2
    hi = body.find("\n\n", end, end + AFTER)
    hi = min(len(body), end + AFTER) if hi < 0 else hi
    m = _ATTRIBUTION_RE.search(body[lo:start]) or _ATTRIBUTION_RE.search(body[end:hi])
    return " ".join(m.group(0).split()) if m else None


# how a news release shows itself: its outlet ("Halvorsen Systems ASA (press release)") or
# its opening ("FOR IMMEDIATE RELEASE", "NEWS RELEASE", "Media advisory")
_RELEASE_OUTLET_RE = re.compile(r"\b(?:press|news|media)\s+release\b", re.IGNORECASE)
_RELEASE_HEAD_RE = re.compile(r"^\s*(?:FOR\s+IMMEDIATE\s+RELEASE|(?:NEWS|PRESS|MEDIA)\s+RELEASE|MEDIA\s+ADVISORY)\b",
                              re.IGNORECASE)
# ... or its organisation's name in capitals, a dash and the kind, alone on the first line:
# "CITY OF CORRAN — NEWS RELEASE", "HARLOW FOODS - STATEMENT", an agency's "… — RECALL NOTICE"
_NAMED_HEAD_RE = re.compile(r"\s*[A-Z][A-Z0-9&.,'’ -]{1,60}?[^\S\n]+(?:[-\u2013\u2014|:]{1,2})[^\S\n]*"
                            r"(?:(?:NEWS|PRESS|MEDIA)[^\S\n]+RELEASE|STATEMENT|MEDIA[^\S\n]+ADVISORY|(?:RECALL|PUBLIC)[^\S\n]+NOTICE)"
                            r"[^\S\n]*(?:\n|$)")


# a release's own furniture: a title "Statement from/by/on …", a closing press contact
_STATEMENT_TITLE_RE = re.compile(r"^\s*(?:Joint\s+)?Statement\s+(?:from|by|of|on)\b", re.IGNORECASE)
_CONTACT_TAIL_RE = re.compile(r"^\s*(?:Media|Press|News)\s+(?:inquiries|enquiries|contacts?)\s*:|"
                              r"^\s*For\s+(?:media|press)\s+(?:inquiries|enquiries)\b|^\s*###\s*$",
                              re.IGNORECASE | re.MULTILINE)
_PR_OUTLET_RE = re.compile(r"\b(?:[Pp]ublic\s+[Rr]elations|PR)\b")


def is_news_release(outlet: str | None, body: str, title: str | None = None) -> bool:
    """Whether an article is a news release itself (not a report of one): its outlet says
    so (a press release, or a public relations firm's), its body opens with a release's
    heading, its title is a statement's ("Statement from the family of …"), or it closes
    with a press contact ("Media inquiries: …", "###"). A release is where its text starts;
    a news report that shares it told the release, never the other way round."""
    if _RELEASE_OUTLET_RE.search(outlet or "") or _RELEASE_HEAD_RE.match(body[:200]) or _NAMED_HEAD_RE.match(body):
        return True
    if _STATEMENT_TITLE_RE.match(title or "") or _PR_OUTLET_RE.search(outlet or ""):
        return True
    return _CONTACT_TAIL_RE.search(body[-600:]) is not None
