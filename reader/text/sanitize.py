"""Neutralise control characters so that text from articles can never drive a terminal.

Every C0 control (except tab and newline), DEL and every C1 control is replaced by
exactly one visible character: C0 controls and DEL by their Unicode "control picture"
(ESC becomes ``␛``), C1 controls by U+FFFD. Because the replacement is one character
for one character, offsets into a neutralised body are offsets into the original text
too, so a passage found in the body still points at the right words of the file.

An escape sequence such as ``ESC [ 3 1 m`` therefore reaches the screen as the
harmless literal text ``␛[31m``.

Invisible characters that could mislead a reader are shown as ``◌`` (U+25CC, one for
one as well): the bidi controls (U+061C, U+200E/F, U+202A–U+202E, U+2066–U+2069), which
reorder what the terminal draws ("Trojan Source"), the zero-width space U+200B, the
word joiner and invisible operators U+2060–U+2064, the deprecated format characters
U+206A–U+206F, a byte order mark inside the text, the interlinear annotation marks
U+FFF9–U+FFFB and the tag characters U+E0000–U+E007F, which can carry hidden text
(but the tags of a flag such as England's, after 🏴, are kept). The line and paragraph
separators U+2028/U+2029 become newlines. Zero-width joiners and non-joiners
(needed by emoji and by Persian and Indic scripts) and the soft hyphen stay as they are.
Matching ignores all of these and ``◌`` too (see :mod:`reader.text.tokens`).
"""

from __future__ import annotations

import re

_TABLE: dict[int, int] = {c: 0x2400 + c for c in range(0x20) if c not in (0x09, 0x0A)}
_TABLE[0x7F] = 0x2421
_TABLE.update({c: 0xFFFD for c in range(0x80, 0xA0)})
SHOWN_INVISIBLE = ("\u061c\u200b\u200e\u200f\u202a-\u202e\u2060-\u2064\u2066-\u206f\ufeff\ufff9-\ufffb"
                   "\U000e0000-\U000e007f")
_TABLE.update({c: 0x25CC for c in (0x061C, 0x200B, 0x200E, 0x200F, *range(0x202A, 0x202F), *range(0x2060, 0x2065),
                                   *range(0x2066, 0x2070), 0xFEFF, *range(0xFFF9, 0xFFFC), *range(0xE0000, 0xE0080))})
# the line and paragraph separators break the line they are in, as a newline does
_TABLE.update({0x2028: 0x0A, 0x2029: 0x0A})
# The characters _TABLE replaces, found by a scan in C (``str.translate`` with a dict
# costs a look-up per character even when there is nothing to replace); first, a flag
# of a part of a country (🏴 and tag characters: England's, Scotland's), kept as it is.
_CONTROL_RE = re.compile(f"\U0001f3f4[\U000e0020-\U000e007e]+\U000e007f|[\x00-\x08\x0b-\x1f\x7f-\x9f{SHOWN_INVISIBLE}"
                         "\u2028\u2029]")
_PICTURES = {chr(c): chr(r) for c, r in _TABLE.items()}

# Single-line fields (titles, names) also lose their line breaks and tabs.
_LINE_BREAKS = {0x09: 0x20, 0x0A: 0x20, 0x0D: 0x20, 0x2028: 0x20, 0x2029: 0x20}


def neutralise(text: str) -> str:
    """Return ``text`` with every control character made visible, length unchanged."""
    if not _CONTROL_RE.search(text):
        return text
    return _CONTROL_RE.sub(lambda m: _PICTURES.get(m.group(), m.group()), text)


def one_line(text: str) -> str:
    """Neutralise ``text`` for a single-line field: controls made visible, breaks to spaces."""
    return " ".join(neutralise(text.translate(_LINE_BREAKS)).split())
