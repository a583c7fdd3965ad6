"""Words for an id or a file name: any script's letters and digits, accents dropped.

"Café Nouvelles" gives ``cafe``, ``nouvelles``; "記事" stays ``記事`` and "خبر" ``خبر``, so an
article whose file or headline is written in another script gets an id of its own, not
``article``, ``article-2`` … (which ``reader show`` could not be asked for by name).
"""

from __future__ import annotations

import re
import unicodedata

_SEPARATORS = re.compile(r"[\W_]+")
_APOSTROPHES = re.compile(r"['’]")


def slug_words(text: str) -> list[str]:
    """The lower-case words of ``text``: accents removed, anything but letters and digits a break."""
    plain = "".join(c for c in unicodedata.normalize("NFKD", text) if not unicodedata.combining(c))
    plain = _APOSTROPHES.sub("", plain)           # ("L’Écho" is one word: lecho)
    return [w for w in _SEPARATORS.split(plain.casefold()) if w]
