"""Social-media posts embedded in an article's text.

A web page that embeds a post keeps its text when the page is stored as text: the post,
then a signature line ``— Name (@handle) Month D, YYYY`` (Twitter's embed) in the same
paragraph. The post is someone else's text dropped into the article: the people it names
are not the people the article's next ``he said`` can mean. :func:`embed_spans` finds such
paragraphs; :func:`reader.analysis.quotes.extract_quotes` blanks them in the text it
reads speakers from, as it blanks quotations.
"""

from __future__ import annotations

import re

# "— NTSB Newsroom (@NTSB_Newsroom) April 17, 2018" closing a paragraph (an en dash, a
# hyphen or two hyphens also open it; a month may be abbreviated)
_SIGNATURE_RE = re.compile(r"(?:—|–|--?)\s*[^\n()—–]{1,80}?\s*\(@\w{1,30}\)\s+"
                           r"[A-Z][a-z]{2,8}\.?\s+\d{1,2},\s+\d{4}\s*$")


def embed_spans(body: str, paras: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """The paragraphs of ``body`` that end with an embedded post's signature line."""
    out = []
    for lo, hi in paras:
        if "(@" in body[lo:hi] and _SIGNATURE_RE.search(body, lo, hi) is not None:
            out.append((lo, hi))
    return out


def blanked(text: str, spans: list[tuple[int, int]]) -> str:
    """``text`` with each span's characters but line breaks turned to spaces (offsets hold)."""
    if not spans:
        return text
    parts, pos = [], 0
    for lo, hi in spans:
        parts.append(text[pos:lo])
        parts.append(re.sub(r"[^\n]", " ", text[lo:hi]))
        pos = hi
    parts.append(text[pos:])
    return "".join(parts)
