"""Neutralise control characters so that text from articles can never drive a terminal.

Every C0 control (except tab and newline), DEL and every C1 control is replaced by
exactly one visible character: C0 controls and DEL by their Unicode "control picture"
(ESC becomes ``␛``), C1 controls by U+FFFD. Because the replacement is one character
for one character, offsets into a neutralised body are offsets into the original text
too, so a passage found in the body still points at the right words of the file.

An escape sequence such as ``ESC [ 3 1 m`` therefore reaches the screen as the
harmless literal text ``␛[31m``.
"""

from __future__ import annotations

import re

_TABLE: dict[int, int] = {c: 0x2400 + c for c in range(0x20) if c not in (0x09, 0x0A)}
_TABLE[0x7F] = 0x2421
_TABLE.update({c: 0xFFFD for c in range(0x80, 0xA0)})
# The characters _TABLE replaces, found by a scan in C (``str.translate`` with a dict
# costs a look-up per character even when there is nothing to replace).
_CONTROL_RE = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f]")
_PICTURES = {chr(c): chr(r) for c, r in _TABLE.items()}

# Single-line fields (titles, names) also lose their line breaks and tabs.
_LINE_TABLE = dict(_TABLE)
_LINE_TABLE.update({0x09: 0x20, 0x0A: 0x20, 0x0D: 0x20, 0x2028: 0x20, 0x2029: 0x20})


def neutralise(text: str) -> str:
    """Return ``text`` with every control character made visible, length unchanged."""
    if not _CONTROL_RE.search(text):
        return text
    return _CONTROL_RE.sub(lambda m: _PICTURES[m.group()], text)


def one_line(text: str) -> str:
    """Neutralise ``text`` for a single-line field: controls made visible, breaks to spaces."""
    return " ".join(text.translate(_LINE_TABLE).split())
