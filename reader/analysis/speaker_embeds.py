"""Social-media posts embedded in a web article: a paragraph that ends with the post's
signature, ``— Agency News (@AgencyNews) April 17, 2018`` (the shape embedded tweets leave
in the extracted text). The people a post names are not the article's subjects: a ``he``
after it means someone the article's own sentences name (the registry keeps such mentions,
but not as a pronoun's antecedent)."""

from __future__ import annotations

import bisect
import re

# a paragraph (a line) ending with a dash, the account's name, (@handle) and the date
_EMBED_RE = re.compile(r"^[^\n]*[—–-]\s*[^\n()]{1,80}\(@\w{1,30}\)\s+[A-Z][a-z]+\.?\s+\d{1,2},\s+\d{4}[ \t]*$",
                       re.MULTILINE)


def embedded_posts(text: str) -> list[tuple[int, int]]:
    """The spans of the paragraphs of ``text`` that are embedded posts, in order."""
    if "(@" not in text:                    # (most articles embed none)
        return []
    return [m.span() for m in _EMBED_RE.finditer(text)]


def outside(positions: list[int], spans: list[tuple[int, int]]) -> list[int]:
    """The ``positions`` in none of the (sorted, disjoint) ``spans``."""
    starts = [a for a, _ in spans]
    kept = []
    for pos in positions:
        k = bisect.bisect_right(starts, pos) - 1
        if k < 0 or pos >= spans[k][1]:
            kept.append(pos)
    return kept
