"""The tokens names are found in (:class:`Tok`): ``tokenize`` splits an article's text into
words and marks, each marked when it opens a sentence or a quotation and when it lies inside
a date (never part of a name); ``make_tok``, ``retext``, ``tok_at`` and ``word_at`` make and
read them. :mod:`reader.analysis.name_chunks` joins them into names.

Hand-written: one regular expression (initials, abbreviations, words, any other mark) and
the sentence starts and dates found before. The loop over every token runs in C when
``reader._native`` is there (``reader/native/names.c``); the Python here is the fallback,
and tests/test_native_names.py holds the two equal.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Callable, Sequence
from itertools import accumulate, compress, count, islice, repeat
from typing import NamedTuple

from reader.analysis.dates import DateMention
from reader.analysis.offsets import union
from reader.analysis.sentences import sentence_spans
from reader.text.speedups import native_function

_name_tokens: Callable[[str, type[Tok], dict[str, str], set[int], list[list[int]], set[str] | None],
                        list[Tok]] | None = native_function("name_tokens")
if native_function("name_runs") is None:   # (both names.c functions or neither: a module built before either
    _name_tokens = None                    # was in it; name_chunks does the same for name_runs)

# (the lookahead skips the three alternatives for initials and abbreviations, which all
# start with a capital, at every other token)
_TOKEN_RE = re.compile(r"(?=[A-Z])(?:(?:[A-Z]\.){2,}|[A-Z]\.(?=[^\S\n]+[A-Z][a-z])"
                       r"|(?:Mr|Mrs|Ms|Dr|St|Jr|Sr|Rep|Sen|Gov|Gen|Lt|Col|Sgt|Capt|Prof|Rev|Hon|Adm|Maj|Cmdr|Cdr"
                       r"|Det|Supt|Insp|Cpl|Pvt|Brig|Spc|Inc|Corp|Co|Ltd|Bros)\.)|\w+(?:[’'\-‑]\w+)*|\S")
POSSESSIVE_RE = re.compile(r"[’']s$")


class Tok(NamedTuple):
    # One per word or mark of the article, so kept small (a 5 MB article has a million):
    # ``end`` is computed, and equal words share one ``text`` (tokenize interns them). A
    # named tuple, so that tokenize makes them all at once without a Python call each.
    # Make one with :func:`make_tok` (which fills in ``bare``), and change its text with
    # :func:`retext`, not ``_replace``.
    start: int
    text: str
    src: str = ""
    initial: bool = False   # first word of a sentence or of a quotation
    brk: bool = False       # inside a date: never part of a name
    # the text without a possessive "’s" / "'s" (POSSESSIVE_RE's cut; a token holds no line
    # break): kept with the token, not computed, as it is asked for very often (the text
    # itself, the same string, when it has none)
    bare: str = ""

    def __repr__(self) -> str:
        return f"Tok(start={self.start!r}, text={self.text!r}, initial={self.initial!r}, brk={self.brk!r})"

    @property
    def end(self) -> int:
        return self.start + len(self.text)

    @property
    def cap(self) -> bool:
        return self.text[0].isupper() and not self.brk

    @property
    def acronym(self) -> bool:
        letters = self.bare.replace(".", "")
        return len(letters) >= 2 and letters.isalpha() and letters.isupper()


def bare_of(text: str) -> str:
    """``text`` without a possessive "’s" / "'s" at its end (POSSESSIVE_RE's cut, without
    the regex; a token holds no line break)."""
    return text[:-2] if text.endswith(("’s", "'s")) else text


def make_tok(start: int, text: str, src: str = "", initial: bool = False, brk: bool = False) -> Tok:
    """A token, its ``bare`` form filled in."""
    return Tok(start, text, src, initial, brk, bare_of(text))


def retext(tok: Tok, text: str) -> Tok:
    """``tok`` with another text (and that text's ``bare`` form)."""
    return tok._replace(text=text, bare=bare_of(text))



def tokenize(text: str, dates: Sequence[DateMention], sentences: list[tuple[int, int]] | None = None,
             shared: dict[str, str] | None = None, lower: set[str] | None = None) -> list[Tok]:
    """Tokens of ``text``, each marked when a date breaks it or it starts a sentence
    (``sentences``: the text's :func:`sentence_spans`, when found already). Equal words
    share one string, kept in ``shared`` (its keys are then the text's distinct tokens);
    ``lower``, when given, gets the lower-case form of each word new to ``shared`` that
    opens with a small letter (the words the text writes in lower case)."""
    shared = shared if shared is not None else {}
    starts_of = {s for s, _ in (sentence_spans(text) if sentences is None else sentences)}
    if _name_tokens is not None:        # the same tokens, made in C (reader/native/names.c)
        return _name_tokens(text, Tok, shared, starts_of, union((d.start, d.end) for d in dates), lower)
    known = len(shared)
    toks = _tokenize(text, dates, starts_of, shared)
    if lower is not None:
        lower.update(w.lower() for w in islice(shared, known, None) if w[0].islower())
    return toks


def _tokenize(text: str, dates: Sequence[DateMention], starts_of: set[int], shared: dict[str, str]) -> list[Tok]:
    """:func:`tokenize` in Python (``starts_of``: the sentences' starts)."""
    intern = shared.setdefault
    # the text split at its tokens: white space, token, white space, …, token, white space
    # (no match objects; ~20% faster than finditer's starts and groups), each token's
    # start the sum of the lengths before it. (Entities read a long body a window at a time:
    # these lists are never more than a window's.)
    parts = _TOKEN_SPLIT_RE.split(text)
    starts = list(accumulate(map(len, parts)))[0:-1:2]
    texts = parts[1::2]
    del parts
    texts = list(map(intern, texts, texts))
    bares = [text_[:-2] if text_.endswith(("’s", "'s")) else text_ for text_ in texts]    # (bare_of's, inline)
    # a token opens a sentence, or follows an opening mark (a straight quote only when
    # white space or the text's start is before it)
    initial = list(map(starts_of.__contains__, starts))
    n = len(texts)
    for k in compress(count(), map(_OPENERS.__contains__, texts)):
        if k + 1 < n and (texts[k] != '"' or starts[k] == 0 or text[starts[k] - 1].isspace()):
            initial[k + 1] = True
    brk = [False] * n                                   # inside a date
    for a, b in union((d.start, d.end) for d in dates):
        lo, hi = bisect_left(starts, a), bisect_left(starts, b)
        brk[lo:hi] = [True] * (hi - lo)
    return list(map(_NEW, repeat(Tok), zip(starts, texts, repeat(text), initial, brk, bares)))


# _TOKEN_RE's tokens kept by re.split, written to open with one character (\S) that the
# alternatives then look back at: a pattern that opens with a character set lets the search
# skip the white space between tokens in C, where _TOKEN_RE's lookahead enters the matcher at
# each (the split took some 7% fewer instructions). The same alternatives in the same order:
# a capital's initials and abbreviations (those of one first letter in _TOKEN_RE's order), a
# word, any other character. (tests/test_extraction_shortcuts.py compares the two.)
_TOKEN_SPLIT_RE = re.compile(
    r"(\S(?:(?<=[A-Z])(?:\.(?:[A-Z]\.)+|\.(?=[^\S\n]+[A-Z][a-z])"
    r"|(?:(?<=M)(?:r|rs|s|aj)|(?<=D)(?:r|et)|(?<=S)(?:t|r|en|gt|upt|pc)|(?<=J)r|(?<=R)(?:ep|ev)|(?<=G)(?:ov|en)"
    r"|(?<=L)(?:t|td)|(?<=C)(?:ol|apt|mdr|dr|pl|orp|o)|(?<=P)(?:rof|vt)|(?<=H)on|(?<=A)dm|(?<=I)(?:nsp|nc)"
    r"|(?<=B)(?:rig|ros))\.)"
    r"|(?<=\w)\w*(?:[’'\-‑]\w+)*|))")
_NEW: Callable[..., Tok] = tuple.__new__


_OPENERS = frozenset("“\"‘(—–-:")       # a word after one of these opens a sentence or quotation


def tok_at(toks: list[Tok], k: int) -> Tok | None:
    return toks[k] if 0 <= k < len(toks) else None


def word_at(toks: list[Tok], k: int) -> str:
    return toks[k].text if 0 <= k < len(toks) else ""     # tok_at's, inline: asked for very often
