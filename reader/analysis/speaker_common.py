"""Whether a lone capitalised word is an ordinary word rather than a name (:class:`CommonWords`):
a common subject or role noun (``Critics say``, ``Officials``), or a word the article also
writes in lower case (``Chief`` in an article that has ``the chief``).

Hand-written, like the other speaker rules: the article itself says which of its
capitalised words are ordinary ones. The lower-case words are looked for one by one as asked
(most articles ask about a few), and all found at once after :data:`_ASKS_BEFORE_ALL` asks.
"""

from __future__ import annotations

import re

from reader.analysis.speaker_lexicon import COMMON_SUBJECTS, ROLE_NOUNS

# maximal runs of word characters, apostrophes and hyphens (the lower-case words of the
# text are those of them that start with a letter and have no capital)
_RUN_RE = re.compile(r"[\w’'-]+")
# after this many words looked for one by one (a scan of the text each), every lower-case
# word is found at once (a scan that costs some 80 of those)
_ASKS_BEFORE_ALL = 40


def _in_run(c: str) -> bool:
    """A character of a word run: a word character (``\\w``), an apostrophe or a hyphen."""
    return c.isalnum() or c in "_’'-"


def _lower_case_word(w: str) -> bool:
    """A run that opens with a letter (no digit or _) and has no capital."""
    return w.islower() and (w[0].isalpha() or (w[0] not in "’'-_" and not w[0].isdecimal()))


class CommonWords:
    """The ordinary words of one text, as asked: :meth:`common`."""

    def __init__(self, text: str) -> None:
        self.text = text
        # the text's lower-case words (see used_in_lower_case): each looked for as asked, or
        # all found at once when many are asked
        self._lower: set[str] | None = None
        self._asked: dict[str, bool] = {}

    def common(self, low: str) -> bool:
        """Whether a lone capitalised word (lower-cased) is an ordinary word, not a name: a
        common subject or role noun, or a word the text also writes in lower case."""
        return (low in COMMON_SUBJECTS or low in ROLE_NOUNS or low.rstrip("s") in ROLE_NOUNS
                or self.used_in_lower_case(low))

    def used_in_lower_case(self, low: str) -> bool:
        """Whether the text has ``low`` as a word of its own (a maximal run of word characters,
        apostrophes and hyphens) that opens with a letter and has no capital."""
        if self._lower is None and len(self._asked) >= _ASKS_BEFORE_ALL:
            self._lower = {w for w in set(_RUN_RE.findall(self.text)) if _lower_case_word(w)}
        if self._lower is not None:
            return low in self._lower
        if low not in self._asked:
            text, n, found = self.text, len(low), False
            if _lower_case_word(low):
                at = text.find(low)
                while at >= 0 and not found:
                    found = (not (at and _in_run(text[at - 1]))
                             and not (at + n < len(text) and _in_run(text[at + n])))
                    at = text.find(low, at + 1)
            self._asked[low] = found
        return self._asked[low]
