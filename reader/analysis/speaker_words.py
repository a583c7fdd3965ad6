"""The word pass the speaker rules read a sentence with: its words with their offsets
(:func:`words`), and its capitalised words and runs (:func:`cap_runs`: ``Department of
Homeland Security``, ``Judge Colleen Kollar-Kotelly``), where a name may start; a title
with a lower-case word inside (``Special Agent in Charge``, ``President pro Tem``) links
the runs on either side (:func:`title_link`, :func:`linked_runs`).

Both run in C when ``reader._native`` is there (``speaker_words`` in reader/native/names.c,
``speaker_runs`` in reader/native/quotes.c); :func:`python_words` and :func:`python_cap_runs`
are the Python originals, held equal to them by the tests.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Callable
from itertools import compress, count
from operator import itemgetter

from reader.analysis.speaker_lexicon import (
    CONNECTORS,
    FILL,
    HONORIFICS,
    PARTICLES,
    ROLE_NOUNS,
    STOP_CAPS,
    SUFFIXES,
    TITLE_LINKS,
    TITLES,
    is_role_word,
)
from reader.text.speedups import native_function

# a word: a letter and word characters, full stops, apostrophes, hyphens; or a digit and word
# characters, full stops, commas ([^\W\d_][\w.’'\-]*|\d[\w.,]*, written to open with one
# character, \w, that the alternatives look back at: the search then skips the white space
# between words in C)
_WORD_RE = re.compile(r"\w(?:(?<=[^\W\d_])[\w.’'\-]*|(?<=\d)[\w.,]*)")
# the same for a text whose word characters are all ASCII (most), with ASCII classes, which
# the regex engine tests from a table (\w, a Unicode category, is a look-up for each
# character): the registry's words took some 30% fewer instructions
_ASCII_WORD_RE = re.compile(r"[0-9A-Za-z_](?:(?<=[A-Za-z])[0-9A-Za-z_.’'\-]*|(?<=[0-9])[0-9A-Za-z_.,]*)")
_ASCII_BYTES = bytes(range(128))
_FILL_BYTES = FILL.encode()         # (FILL: the quotations blanked out)
_ANY_WORD_RE = re.compile(r"\w")


def word_pattern(text: str) -> re.Pattern[str]:
    r"""``_WORD_RE``, or ``_ASCII_WORD_RE`` when it finds the same words in ``text``: when no
    character outside ASCII is a word's (``\w`` is a letter, a digit or "_"). The characters
    outside ASCII are found in C: the text's UTF-8 bytes with the ASCII ones deleted, decoded."""
    if text.isascii():
        return _ASCII_WORD_RE
    others = (text.encode("utf-8", "surrogatepass").replace(_FILL_BYTES, b"").translate(None, _ASCII_BYTES)
              .decode("utf-8", "surrogatepass"))          # (FILL, the quotations blanked out, left out)
    return _WORD_RE if _ANY_WORD_RE.search(others) else _ASCII_WORD_RE


_INITIALS_RE = re.compile(r"(?:[A-Z]\.)+")

Word = tuple[int, int, str]      # start, end, text
# the words whose final full stop stays (besides initials), for the C word pass
_KEEP_FULL_STOP = frozenset(SUFFIXES) | frozenset(TITLES) | frozenset(HONORIFICS)
_native_words: Callable[[str, int, int, frozenset[str]], list[Word]] | None = native_function("speaker_words")
_TEXT, _FIRST = itemgetter(2), itemgetter(0)       # a word's text; a string's first character


def words(text: str, lo: int, hi: int, pattern: re.Pattern[str] = _WORD_RE) -> list[Word]:
    """Word tokens of text[lo:hi] with body offsets; a trailing full stop is dropped
    unless the word is an abbreviation or initials (``U.S.``, ``Jr.``, ``J.``).
    (``pattern``: ``word_pattern(text)``, when the caller has it.) In C when ``reader._native``
    is there (``speaker_words``, reader/native/names.c); ``python_words`` is the fallback."""
    found = _native_words(text, lo, hi, _KEEP_FULL_STOP) if _native_words is not None else python_words(
        text, lo, hi, pattern)
    if _PARTICLE_NAME.search(text, lo, hi) is None:
        return found
    return [(s, e, w[0].upper() + w[1:]) if _PARTICLE_NAME.match(w) else (s, e, w) for s, e, w in found]


# a family name that opens with a lower-case particle joined by a hyphen or an apostrophe ("al-Harthy",
# "el-Sayed", "d'Alema"): a capitalised word to the name passes, as it is in the name's own spelling
_PARTICLE_NAME = re.compile(r"\b(?:al|el|bin|ibn|abu|bint|ould|ag|d)[-‑'’][A-Z]")
_CAPITAL_PARTICLE = re.compile(r"\b(?:Al|El|Bin|Ibn|Abu|Bint|Ould|Ag|D)[-‑'’][A-Z][\w’'-]*")


def as_written(name: str, body: str) -> str:
    """``name`` with each word :func:`words` capitalised back in the article's spelling
    ("Salim Al-Harthy" → "Salim al-Harthy", when ``body`` writes "al-Harthy" and never "Al-Harthy")."""
    def spelled(m: re.Match[str]) -> str:
        word = m.group()
        low = word[0].lower() + word[1:]
        return low if low in body and word not in body else word
    return _CAPITAL_PARTICLE.sub(spelled, name)


def python_words(text: str, lo: int, hi: int, pattern: re.Pattern[str] = _WORD_RE) -> list[Word]:
    """``words`` in Python (the pattern gives the same words either way; the ASCII one is cheaper)."""
    out: list[Word] = []
    append, find, at = out.append, text.find, lo
    for w in pattern.findall(text, lo, hi):
        # where the match starts: the first occurrence of its text from the end of the last
        # (an earlier one would have been matched first); cheaper than a match object each
        s = find(w, at)
        at = s + len(w)
        if w[-1] == "." and not ("." in w[:-1] or w in SUFFIXES or w in TITLES or w in HONORIFICS
                                 or _INITIALS_RE.fullmatch(w)):
            append((s, at - 1, w[:-1]))
        else:
            append((s, at, w))
    return out


def capitalised(w: str) -> bool:
    """Whether a word opens with a capital."""
    return w[:1].isupper()


def only_space(text: str, a: int, b: int) -> bool:
    """Whether text[a:b] is white space with no blank line ("\\n\\n") in it; a == b counts."""
    if a >= b:
        return a == b
    gap = text[a:b]                     # (cut once: asked between most pairs of words)
    return gap.isspace() and "\n\n" not in gap


def joins(text: str, toks: list[Word], k: int) -> bool:
    """Does token k+1 continue a capitalised run at token k (``Department of Homeland Security``)?"""
    # (the next word first: most are not capitalised, and then the gap need not be cut out)
    if k + 1 >= len(toks):
        return False
    w = toks[k + 1][2]
    if w[:1].isupper():
        return only_space(text, toks[k][1], toks[k + 1][0])
    if w not in CONNECTORS:
        return False
    n = k + 2          # a chain of connectors before the capitalised word: "de la Cruz", "van der Meer"
    while n < len(toks) and toks[n][2] in CONNECTORS and only_space(text, toks[n - 1][1], toks[n][0]):
        n += 1
    return (n < len(toks) and toks[n][2][:1].isupper() and only_space(text, toks[n - 1][1], toks[n][0])
            and only_space(text, toks[k][1], toks[k + 1][0]))


def python_cap_runs(text: str, toks: list[Word]) -> tuple[list[int], list[tuple[int, int]]]:
    """The indexes of a sentence's capitalised words (``toks``: its ``words``), and its
    capitalised runs as (first, last) indexes: each from the next capitalised word after the
    last run, as far as ``joins`` goes; a lone function word ("The", "But") is left out: it
    names no one. ``cap_runs`` in Python (the fallback of ``speaker_runs``, reader/native/quotes.c)."""
    # most words are not capitalised: no name starts there
    caps = list(compress(count(), map(str.isupper, map(_FIRST, map(_TEXT, toks)))))
    runs = []
    k, last = 0, len(toks) - 1
    while k < len(caps):
        i = caps[k]
        j = i
        # (joins asked only where the next word could continue the run: capitalised or a connector)
        while j < last and (toks[j + 1][2][:1].isupper() or toks[j + 1][2] in CONNECTORS) and joins(text, toks, j):
            j += 1
        if j > i or toks[i][2] not in STOP_CAPS:
            runs.append((i, j))
        k = bisect.bisect_left(caps, j + 1, k + 1)
    return caps, runs


_FROZEN_CONNECTORS, _FROZEN_STOP_CAPS = frozenset(CONNECTORS), frozenset(STOP_CAPS)
_native_runs: Callable[[str, list[Word], frozenset[str], frozenset[str]],
                       tuple[list[int], list[tuple[int, int]]]] | None = native_function("speaker_runs")


def cap_runs(text: str, toks: list[Word]) -> tuple[list[int], list[tuple[int, int]]]:
    """A sentence's capitalised words and runs (see ``python_cap_runs``), in C when
    ``reader._native`` is there (``speaker_runs``, reader/native/quotes.c)."""
    if _native_runs is not None:
        return _native_runs(text, toks, _FROZEN_CONNECTORS, _FROZEN_STOP_CAPS)
    return python_cap_runs(text, toks)


def title_link(text: str, toks: list[Word], j: int) -> int:
    """The index of the word closing a title linked at token ``j`` by a lower-case word
    (``Agent | in Charge``, ``President | pro Tem``: :data:`TITLE_LINKS`), else -1: token
    ``j`` a capitalised title word, the link and its closing word after it, spaces between."""
    if j + 2 >= len(toks) or toks[j + 1][2] not in TITLE_LINKS:
        return -1
    w = toks[j][2]
    if not (w in TITLES or (w[:1].isupper() and w.lower() in ROLE_NOUNS)):
        return -1
    if toks[j + 2][2] not in TITLE_LINKS[toks[j + 1][2]]:
        return -1
    return j + 2 if only_space(text, toks[j][1], toks[j + 1][0]) and only_space(text, toks[j + 1][1], toks[j + 2][0]) \
        else -1


def link_back(text: str, toks: list[Word], k: int) -> int:
    """The title word a run starting at token ``k`` is linked to (:func:`title_link`), read
    backwards: ``Agent in`` before ``Charge Nora Kessler``, ``President pro tem`` before
    ``Alma Delgado``; else -1."""
    for back in (2, 3):                       # (link == k - 1: a closing word in lower case, "tem")
        j = k - back
        link = title_link(text, toks, j) if j >= 0 else -1
        if link == k or (link == k - 1 and not toks[link][2][:1].isupper()
                         and only_space(text, toks[link][1], toks[k][0])):
            return j
    return -1


def run_end(text: str, toks: list[Word], j: int) -> int:
    """The last token of the capitalised run that token ``j`` is in or opens: as far as
    :func:`joins` goes, across title links (:func:`title_link`)."""
    while True:
        if joins(text, toks, j):
            j += 1
            continue
        link = title_link(text, toks, j)
        if link < 0 or link + 1 >= len(toks):
            return j
        j = link
        if not toks[j][2][:1].isupper():          # "pro tem": the name after it goes on
            if not (toks[j + 1][2][:1].isupper() and only_space(text, toks[j][1], toks[j + 1][0])):
                return j - 2
            j += 1


def linked_runs(text: str, toks: list[Word], runs: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """``runs`` (:func:`cap_runs`) with the runs a title link joins made one (``FBI Special
    Agent`` and ``Charge Nora Kessler``: ``FBI Special Agent in Charge Nora Kessler``)."""
    if len(runs) < 2 or TITLE_LINKS.keys().isdisjoint(t[2] for t in toks):
        return runs
    out = [runs[0]]
    for i, j in runs[1:]:
        if link_back(text, toks, i) == out[-1][1]:
            out[-1] = (out[-1][0], j)
        else:
            out.append((i, j))
    return out


def name_of_end(toks: list[Word]) -> int:
    """Where a name and "of" end the words a role may stand in: "said Ann Lee of owner Brisk
    Towage" (a role after "of" is the organisation's, "owner Brisk Towage" names no one),
    else the number of words."""
    for n, (_, _, w) in enumerate(toks):
        if w == "of":
            return n if n > 0 else len(toks)
        if not capitalised(w):
            break
    return len(toks)


# a plural noun of people right after a name: the name only describes a group ("say Kessel pilots")
_GROUP_AFTER_RE = re.compile(r" ([a-z]{2,}(?<!ss)(?<!us)(?<!is)(?<!ys))s\b(?![-'’])")
_GROUP_NOUNS = frozenset({"pilot", "crew", "guard", "parent", "student", "pupil", "nurse", "doctor", "expert",
                          "local", "neighbour", "neighbor", "witness", "victim", "family", "tenant", "fan", "guest"})


def group_after(text: str, end: int, hi: int) -> int | None:
    """Where the plural noun of people right after a name ending at ``end`` ends ("say Kessel
    pilots", "said New York officials": the name describes a group, names no speaker), else
    None; a plural of things is not read ("according to White House-era documents")."""
    found = _GROUP_AFTER_RE.match(text, end, hi)
    one = found.group(1) if found else ""
    people = one in ROLE_NOUNS or one in _GROUP_NOUNS or (is_role_word(one) and not one.endswith(("ent", "ant")))
    return found.end() if found and people else None       # ("documents" is shaped like "residents")


def particle_run_end(text: str, toks: list[Word]) -> int:
    """The last token of the name that starts ``toks``: particles and capitalised words
    joined by spaces."""
    n = 0
    while (n + 1 < len(toks) and only_space(text, toks[n][1], toks[n + 1][0])
           and (capitalised(toks[n + 1][2]) or toks[n + 1][2] in PARTICLES)):
        n += 1
    while n > 0 and toks[n][2] in PARTICLES:
        n -= 1
    return n
