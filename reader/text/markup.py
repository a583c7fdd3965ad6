"""An HTML-like tag in pasted text: ``<a href="…">``, ``</p>``, ``<tweet tweet-id="1">``.

One pattern for every reader of article text that must tell markup from words: quote
marks inside attribute values are no quotation (:mod:`reader.analysis.quote_marks`), a
derived title is made of the words and not the tags (:mod:`reader.library.loading`), and
a line of leftover markup is no line of the story (:mod:`reader.analysis.unique_lines`).
Written here because it is one regular expression; article text is never parsed as HTML
(markup is shown literally).
"""

from __future__ import annotations

import re

# a tag name, then attributes whose values may be quoted: <tweet tweet-id="1">, <a href='…'>
TAG_RE = re.compile(r"""</?[A-Za-z][\w:\-]*(?:\s+[\w:\-]+(?:\s*=\s*(?:"[^"<>\n]*"|'[^'<>\n]*'|[^\s<>"']+))?)*\s*/?>""")
