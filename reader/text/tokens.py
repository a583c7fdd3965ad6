"""Split text into word tokens that keep their character offsets.

A token is a run of letters, marks and digits, with apostrophes inside words
(``IRS’s``), decimal or thousands separators inside numbers (``1.27``, ``47,000``) and
dots inside abbreviations (``U.S``) kept in it. Chinese and Japanese characters, which
are written without spaces, are one token each. Punctuation, symbols and emoji are not
words and make no tokens.

Each token also has a *normal form* used for matching: Unicode NFKC, case folded, with
curly and modifier apostrophes made straight. Matching is therefore insensitive to case,
quote style, dash style (dashes are never inside a token) and Unicode normal forms, while
``start``/``end`` always index the original text.
"""

from __future__ import annotations

import functools
import re
import unicodedata
from array import array
from bisect import bisect_right
from dataclasses import dataclass
from itertools import accumulate, groupby

from reader.text.speedups import native as _native

TYPE_CHECKING = False  # typing is not imported at run time: it costs start-up
if TYPE_CHECKING:
    import regex

# Scripts written without spaces between words: one character, one token.
_CJK = (
    "\u2e80-\u2fdf\u3005-\u3007\u3021-\u3029\u3038-\u303b\u3040-\u30ff\u31f0-\u31ff"
    "\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\U00020000-\U0003134f"
)
# A word starts with a letter, digit or underscore and goes on through letters, digits,
# marks (Hebrew points, Devanagari vowel signs, a decomposed accent) and underscores,
# joined across an apostrophe, a decimal point or a thousands comma. A character of the
# scripts above is a word by itself, with any marks that follow it (か + ゙ is one が).
_START = rf"[[\p{{L}}\p{{N}}_]--[{_CJK}]]"
_GOES_ON = rf"[[\p{{L}}\p{{N}}\p{{M}}_]--[{_CJK}]]"
_WORD_PATTERN = rf"[{_CJK}]\p{{M}}*|{_START}{_GOES_ON}*(?:['’ʼ.,]{_START}{_GOES_ON}*)*"


# The same pattern for the standard library's faster ``re``. It is used only on lines made
# entirely of characters on which the two agree (ASCII, Latin-1, Latin Extended-A/B and
# General Punctuation: no marks, no CJK), which is most news in European languages; tests
# check the agreement character by character. Its word class lists the letters and
# digits of those ranges (what ``\w`` matches there, without the Unicode look-ups ``\w``
# costs); its repeats are possessive (a run of word characters always ends at a non-word
# character, so giving characters back could never find another match), and it starts
# with one plain word character, which lets ``re`` skip ahead to where a match can start.
FAST_SAFE = "\x00-\u024f\u2000-\u206f"
_FAST_WORD = "[0-9A-Z_a-z\xaa\xb2\xb3\xb5\xb9\xba\xbc-\xbe\xc0-\xd6\xd8-\xf6\xf8-\u024f]"
_FAST_WORD_PATTERN = rf"{_FAST_WORD}{_FAST_WORD}*+(?:['’ʼ.,]{_FAST_WORD}++)*+"


# Each pattern in one capturing group: ``split`` then gives the text's pieces in order,
# separators and words alternately (``[sep, word, sep, word, ..., sep]``), and offsets
# are sums of lengths, all computed in C. (Neither pattern can match an empty string, so
# ``re`` and ``regex`` V1 split alike: at words only.) Compiled on first use: with
# reader._native, text in the fast range never needs them (compiling took ~2 ms of
# every command's start-up).
@functools.cache
def _fast_split_re() -> re.Pattern[str]:
    return re.compile(f"({_FAST_WORD_PATTERN})")


@functools.cache
def _unsafe_re() -> re.Pattern[str]:
    return re.compile(rf"[^{FAST_SAFE}]")


@functools.cache
def _full_split_re() -> regex.Pattern[str]:
    import regex  # the third-party engine: loaded (and compiled) only for text that needs it

    return regex.compile(f"({_WORD_PATTERN})", regex.V1)


def _split(text: str) -> list[str]:
    if not _unsafe_re().search(text):
        return _fast_split_re().split(text)
    # Only the lines that need the full pattern get it (one euro sign or one name in
    # Greek need not slow down a whole English article): no word spans a line break,
    # so each stretch of lines splits alone, and the break joins the separators around it.
    pieces: list[str] = []
    for unsafe, lines in groupby(text.split("\n"), key=lambda line: _unsafe_re().search(line) is not None):
        stretch = (_full_split_re() if unsafe else _fast_split_re()).split("\n".join(lines))
        if pieces:
            stretch[0] = pieces.pop() + "\n" + stretch[0]
        pieces += stretch
    return pieces


# The pieces of the last two texts ``word_count`` split, for ``tokenize`` of the same
# string object (loading an article counts its words, comparing it then tokenises that
# very body), which takes them out. Replaced whole, never changed in place: a thread
# racing another can only miss it.
_recent_pieces: tuple[tuple[str, list[str]], ...] = ()


def _pieces(text: str, keep: bool) -> list[str]:
    global _recent_pieces
    recent = _recent_pieces
    for seen, pieces in recent:
        if seen is text:
            if not keep:
                _recent_pieces = tuple(e for e in recent if e[0] is not text)
            return pieces
    pieces = _split(text)
    if keep:
        _recent_pieces = (*recent[-1:], (text, pieces))
    return pieces


_APOSTROPHES = str.maketrans({"’": "'", "ʼ": "'", "‘": "'"})

# Invisible format characters, which matching ignores: a zero-width space or joiner, a
# soft hyphen, a bidi control or a stray byte order mark inside every word must not hide
# a copy. ◌ (U+25CC) is how reader.text.sanitize shows the ones that could mislead a
# reader, so it is ignored too. A word runs on across them (``wo\u200brd`` is one token,
# its offsets covering the whole of it in the original text) and its normal form drops them.
IGNORABLE = "\u00ad\u061c\u200b-\u200f\u202a-\u202e\u2060-\u2064\u2066-\u206f\ufeff\u25cc"


# (Looking for each character in turn is twice as fast as one search for the class.)
_IGNORABLE_CHARS = tuple(chr(c) for c in (0xAD, 0x200B, 0x200C, 0x200D, 0x200E, 0x200F, 0xFEFF, 0x25CC, 0x061C,
                                          *range(0x202A, 0x202F), *range(0x2060, 0x2065), *range(0x2066, 0x2070)))


@functools.cache
def _ignorable_re() -> re.Pattern[str]:
    return re.compile(f"[{IGNORABLE}]+")


def normal_form(word: str) -> str:
    """The matching form of one word: NFKC, case folded, straight apostrophes, without
    invisible format characters."""
    if word.isascii():
        return word.lower()
    word = _ignorable_re().sub("", word)
    return unicodedata.normalize("NFKC", word).casefold().translate(_APOSTROPHES)


def without_ignorable(text: str) -> tuple[str, list[int], list[int]] | None:
    """``text`` without its ignorable characters, with where each stretch of the result
    starts (ascending) and where that stretch is in ``text``; None when there are none."""
    if text.isascii() or not any(c in text for c in _IGNORABLE_CHARS):  # (each ``in`` a memchr-like scan)
        return None
    found = _ignorable_re().search(text)
    if found is None:
        return None
    pieces: list[str] = []
    starts: list[int] = []
    origins: list[int] = []
    pos = length = 0
    for run in _ignorable_re().finditer(text, found.start()):
        if run.start() > pos:
            pieces.append(text[pos : run.start()])
            starts.append(length)
            origins.append(pos)
            length += run.start() - pos
        pos = run.end()
    pieces.append(text[pos:])
    starts.append(length)
    origins.append(pos)
    return "".join(pieces), starts, origins


def _normal_forms(words: list[str]) -> list[str]:
    """``[normal_form(w) for w in words]`` computed in C: each distinct word once, all of
    them in one string joined by NULs. That equals normalising them one at a time: NUL is
    in no word and no normal form, and it combines with nothing, so neither NFKC nor case
    folding (which has no context) nor the apostrophe swap acts across it; and on ASCII
    all three together are ``lower()``, as in ``normal_form``."""
    if not words:
        return []
    distinct = dict.fromkeys(words)
    joined = "\0".join(distinct)
    if joined.isascii():
        joined = joined.lower()
    else:
        joined = unicodedata.normalize("NFKC", _ignorable_re().sub("", joined)).casefold()
        joined = joined.replace("’", "'").replace("ʼ", "'").replace("‘", "'")
    forms = dict(zip(distinct, joined.split("\0"), strict=True))
    return list(map(forms.__getitem__, words))


@dataclass(frozen=True, slots=True)
class Tokens:
    """Word tokens of one text: where each starts and ends (arrays of machine integers,
    an eighth of the memory of a list of ints, which on a long article was most of what
    comparing it allocated) and its normal form."""

    text: str
    starts: array[int]
    ends: array[int]
    norms: list[str]

    def __len__(self) -> int:
        return len(self.starts)

    def surface(self, k: int) -> str:
        return self.text[self.starts[k] : self.ends[k]]


def tokenize(text: str) -> Tokens:
    stripped = without_ignorable(text)
    if stripped is not None:  # tokenised without them, the offsets then mapped back
        inner, starts, origins = stripped
        kept = tokenize(inner)

        def where(k: int) -> int:  # where the character at k of ``inner`` is in ``text``
            stretch = bisect_right(starts, k) - 1
            return origins[stretch] + k - starts[stretch]

        code = _offset_typecode(text)
        return Tokens(text, array(code, map(where, kept.starts)), array(code, (where(e - 1) + 1 for e in kept.ends)),
                      kept.norms)
    found = _native.tokenize(text, normal_form) if _native is not None else None
    if found is not None:  # the fast pattern's scan, in C (None: text it does not cover)
        return Tokens(text, *found)
    pieces = _pieces(text, keep=False)
    # offsets[i] is where pieces[i] ends, so word k (pieces[2k + 1]) runs from
    # offsets[2k] to offsets[2k + 1].
    offsets = list(accumulate(map(len, pieces)))
    code = _offset_typecode(text)
    return Tokens(text, array(code, offsets[0:-1:2]), array(code, offsets[1::2]), _normal_forms(pieces[1::2]))


def _offset_typecode(text: str) -> str:
    """32-bit offsets (as reader._native gives them) unless the text is too long for them."""
    return "i" if len(text) <= 2**31 - 1 else "q"


def word_count(text: str) -> int:
    stripped = without_ignorable(text)
    if stripped is not None:
        inner = stripped[0]
        count = _native.count_words(inner) if _native is not None else None
        return count if count is not None else len(_split(inner)) // 2
    count = _native.count_words(text) if _native is not None else None
    return count if count is not None else len(_pieces(text, keep=True)) // 2


# Function words: spinners and editors swap content words but mostly keep these, so
# n-grams of the stop words alone still line up in a heavily reworded copy.
STOPWORDS = frozenset(
    [
        "a", "about", "above", "after", "again", "against", "all", "also", "am", "an", "and", "any", "are", "as",
        "at", "be", "because", "been", "before", "being", "below", "between", "both", "but", "by", "can", "could",
        "did", "do", "does", "doing", "down", "during", "each", "few", "for", "from", "further", "had", "has",
        "have", "having", "he", "her", "here", "hers", "herself", "him", "himself", "his", "how", "i", "if", "in",
        "into", "is", "it", "its", "itself", "just", "me", "more", "most", "my", "myself", "no", "nor", "not",
        "now", "of", "off", "on", "once", "only", "or", "other", "our", "ours", "ourselves", "out", "over", "own",
        "same", "she", "should", "so", "some", "such", "than", "that", "the", "their", "theirs", "them",
        "themselves", "then", "there", "these", "they", "this", "those", "through", "to", "too", "under", "until",
        "up", "very", "was", "we", "were", "what", "when", "where", "which", "while", "who", "whom", "why", "will",
        "with", "would", "you", "your", "yours", "yourself", "yourselves", "said", "says"
    ]
)
