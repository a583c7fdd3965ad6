"""Split text into word tokens that keep their character offsets.

A token is a run of letters, marks and digits, with apostrophes inside words
(``IRS’s``), decimal or thousands separators inside numbers (``1.27``, ``47,000``) and
dots inside abbreviations (``U.S``) kept in it. Chinese and Japanese characters, which are written without spaces, are one
token each. Punctuation, symbols and emoji are not words and make no tokens.

Each token also has a *normal form* used for matching: Unicode NFKC, case folded, with
curly and modifier apostrophes made straight. Matching is therefore insensitive to case,
quote style, dash style (dashes are never inside a token) and Unicode normal forms, while
``start``/``end`` always index the original text.
"""

from __future__ import annotations

import functools
import re
import unicodedata
from dataclasses import dataclass

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


@functools.cache
def _full_word_re():
    import regex  # the third-party engine: loaded (and compiled) only for text that needs it

    return regex.compile(_WORD_PATTERN, regex.V1)

# The same pattern for the standard library's faster ``re``, whose \w lacks marks. It is
# used only on text made entirely of characters on which the two classes agree (ASCII,
# Latin-1, Latin Extended-A/B and General Punctuation: no marks, no CJK), which is
# most news in European languages; tests check the agreement character by character.
FAST_SAFE = "\x00-\u024f\u2000-\u206f"
_FAST_WORD_RE = re.compile(r"[^\W]+(?:['’ʼ.,][^\W]+)*")
_UNSAFE_RE = re.compile(rf"[^{FAST_SAFE}]")


def _word_re(text: str):
    return _full_word_re() if _UNSAFE_RE.search(text) else _FAST_WORD_RE


_APOSTROPHES = str.maketrans({"’": "'", "ʼ": "'", "‘": "'"})
_norm_cache: dict[str, str] = {}


def normal_form(word: str) -> str:
    """The matching form of one word: NFKC, case folded, straight apostrophes."""
    hit = _norm_cache.get(word)
    if hit is not None:
        return hit
    if word.isascii():
        norm = word.lower()
    else:
        norm = unicodedata.normalize("NFKC", word).casefold().translate(_APOSTROPHES)
    if len(_norm_cache) > 500_000:
        _norm_cache.clear()
    _norm_cache[word] = norm
    return norm


@dataclass(frozen=True, slots=True)
class Tokens:
    """Word tokens of one text as parallel lists (compact for long articles)."""

    text: str
    starts: list[int]
    ends: list[int]
    norms: list[str]

    def __len__(self) -> int:
        return len(self.starts)

    def surface(self, k: int) -> str:
        return self.text[self.starts[k] : self.ends[k]]


def tokenize(text: str) -> Tokens:
    starts: list[int] = []
    ends: list[int] = []
    words: list[str] = []
    for m in _word_re(text).finditer(text):
        s, e = m.span()
        starts.append(s)
        ends.append(e)
        words.append(m.group())
    return Tokens(text, starts, ends, [normal_form(w) for w in words])


def word_count(text: str) -> int:
    return len(_word_re(text).findall(text))


# Function words: spinners and editors swap content words but mostly keep these, so
# n-grams of the stop words alone still line up in a heavily reworded copy.
STOPWORDS = frozenset(
    """
    a about above after again against all also am an and any are as at be because been
    before being below between both but by can could did do does doing down during each
    few for from further had has have having he her here hers herself him himself his how
    i if in into is it its itself just me more most my myself no nor not now of off on once
    only or other our ours ourselves out over own same she should so some such than that
    the their theirs them themselves then there these they this those through to too under
    until up very was we were what when where which while who whom why will with would you
    your yours yourself yourselves said says
    """.split()
)
