"""The labels of groups: noun phrases around one plural head ("undocumented immigrants",
"illegal migrants"), heads grouped when the label lexicon lists them together or one ends
with the other, and the lexicon's listed phrases ("activist judges") found as phrases too.
The rules are in :mod:`reader.analysis.labels`' docstring.

Hand-written: a head is a word the lexicon lists or a plural whose ending names people
(-ants, -ents, -ists, ...), its modifier the lower-case content word right before it. Only
the words that can be heads are visited, found by one pattern over the body read
backwards, a stretch at a time (speed and memory on long articles).
"""

from __future__ import annotations

import functools
import re

from reader.analysis.label_lexicon import Lexicon, singular, term_key
from reader.analysis.label_referents import WORD_RE, ArticleText, Referent, Use
from reader.analysis.label_terms import Matchers
from reader.text.tokens import STOPWORDS

_QUANTIFIERS = {"certain", "many", "several", "numerous", "various", "multiple", "other", "another", "such", "two",
                "three", "four", "five", "six", "seven", "eight", "nine", "ten", "hundreds", "thousands", "millions",
                "dozens", "scores", "fewer", "less", "least", "much", "enough", "like", "including", "among", "any",
                "every", "all", "both", "either", "neither", "whose", "against"}
_AGENT_RE = re.compile(r"[a-z][a-z-]{3,}(?:ants|ents|ists|ians|ees|ers|ors)$")
_NOT_AGENTS = {"others", "orders", "numbers", "papers", "matters", "letters", "centers", "borders", "powers",
               "quarters", "headquarters", "waters", "answers", "offers", "layers", "chapters", "documents",
               "comments", "ones", "years", "hours", "errors", "sectors", "factors", "records", "events"}

# the body is read backwards about this many characters at a time (cut at a space)
_STRETCH = 1 << 16


def group_referents(texts: list[ArticleText], lexicon: Lexicon, matchers: Matchers) -> list[Referent]:
    listed = lexicon.heads()
    found: list[tuple[str, str, Use, str]] = []  # (head, key, use, surface text)
    for text in texts:
        found += _head_phrases(text, listed)
    family = _families({h for h, _, _, _ in found}, listed)
    groups: dict[str, Referent] = {}
    taken: dict[int, list[tuple[int, int]]] = {}
    for head, key, use, surface in found:
        name = family[head]
        ref = groups.setdefault(name, Referent(name, "group", "head"))
        ref.add(key, "phrase", use, matchers.mark(surface))
        taken.setdefault(use.article, []).append((use.start, use.end))
    for text in texts:
        _lexicon_phrases(text, matchers, groups, taken)
    return list(groups.values())


def _head_phrases(text: ArticleText, listed: dict[str, str]) -> list[tuple[str, str, Use, str]]:
    """(head, label key, use, text) of each "modifier head" phrase (or a listed head alone),
    the words of the body as ``WORD_RE.finditer`` reads them. Only the words that can be
    a head are visited (:func:`_head_words`, where a step per word in Python took 0.25 s
    for 1,000 articles), with the word before and the one after found around each (a
    list of all of them held a match object per word: 80 MB for a 5 MB article)."""
    out = []
    body = text.body
    for w in _head_words(body, listed):
        word = w.group()
        if not (word.endswith("s") or word in listed) or not word.islower() or "-" in word:
            continue
        head = singular(word)
        plural = head != word
        if head not in listed and not (plural and _agent_noun(word)):
            continue
        after = WORD_RE.search(body, w.end())
        if body[w.end() : w.end() + 1] == "-" or (not plural and _noun_follows(body, w, after)):
            continue  # "immigrant-rights", "immigrant taxpayers": a modifier, not the head
        start = w.start()
        before = _word_before(body, start)
        if before is not None and _modifies(body, before, w):
            start = before.start()
        elif head not in listed:
            continue  # a bare plural counts only for heads the lexicon lists
        surface = body[start : w.end()]
        out.append((head, term_key(surface), text.use(start, w.end()), surface))
    return out


# What ``WORD_RE.finditer`` reads as a word: a run of word characters (``[\w’']``, runs
# joined by single hyphens) from its first letter to the run's end.
_RUN_CHAR_RE = re.compile(r"[\w’']")
_LETTER_RE = re.compile(r"[^\W\d_]")
_AGENT_ENDINGS = ("ants", "ents", "ists", "ians", "ees", "ers", "ors")  # (what _AGENT_RE ends with)


def _head_words(body: str, listed: dict[str, str]) -> list[re.Match[str]]:
    """The words of ``WORD_RE.finditer(body)``, in order, that can pass the first tests
    of :func:`_head_phrases`: those ending as an agent noun does, or being a head listed
    or a plural of one (:func:`_head_forms`), as matches of ``WORD_RE``. Their ends are
    found in the body read backwards (:func:`_ends_backwards`: a pattern that starts with
    letters to look for is searched for quickly; one that must look before every
    character, as a word's start must, took 0.12 s over 1,000 articles), a stretch of
    ``_STRETCH`` characters at a time (cut at a space: no word runs across one)."""
    pattern = _ends_backwards(tuple(sorted(listed)))
    found = []
    start, n = 0, len(body)
    while start < n:
        cut = body.find(" ", start + _STRETCH)
        cut = n if cut < 0 else cut
        for m in pattern.finditer(body[start:cut][::-1]):
            end, run = cut - m.start(), cut - m.end()
            if _RUN_CHAR_RE.match(body, end) or (body[end : end + 1] == "-" and _RUN_CHAR_RE.match(body, end + 1)):
                continue  # not where a run of word characters ends
            letter = _LETTER_RE.search(body, run, end)
            word = WORD_RE.match(body, letter.start()) if letter is not None else None
            if word is not None:
                found.append(word)
        start = cut
    found.sort(key=lambda w: w.start())
    return found


def _head_forms(listed: tuple[str, ...]) -> set[str]:
    """The listed heads and every word whose :func:`singular` is one of them."""
    forms = set(listed)
    for h in listed:
        forms.update(w for w in (h + "s", h + "es", h[:-1] + "ies") if singular(w) == h)
    return forms


@functools.lru_cache(maxsize=8)
def _ends_backwards(listed: tuple[str, ...]) -> re.Pattern[str]:
    """In a text read backwards, the end of a word that ends in an agent noun's ending or
    as one of :func:`_head_forms` does, and the rest of its run of word characters."""
    ends = sorted({*_AGENT_ENDINGS, *_head_forms(listed)}, key=lambda e: (-len(e), e))
    return re.compile("(?:" + "|".join(re.escape(e[::-1]) for e in ends) + r")[\w’']*(?:-[\w’']+)*")


def _word_before(body: str, start: int) -> re.Match[str] | None:
    """The word (of ``WORD_RE.finditer``) that ends where the blank space before
    ``start`` begins; None when there is no blank space or no word ends there (then no
    word before ``start`` can modify the one at it)."""
    end = start
    while end > 0 and body[end - 1].isspace():
        end -= 1
    if end == start or end == 0 or not _RUN_CHAR_RE.match(body, end - 1):
        return None
    i = end - 1  # back to the start of the run of word characters that ends there
    while True:
        if i > 0 and _RUN_CHAR_RE.match(body, i - 1):
            i -= 1
        elif i > 1 and body[i - 1] == "-" and _RUN_CHAR_RE.match(body, i - 2):
            i -= 2
        else:
            break
    letter = _LETTER_RE.search(body, i, end)
    return WORD_RE.match(body, letter.start()) if letter is not None else None


def _agent_noun(word: str) -> bool:
    """A plural whose ending names people (migrants, residents, activists, taxpayers)."""
    return bool(_AGENT_RE.fullmatch(word)) and not word.endswith("ments") and word not in _NOT_AGENTS


def _modifies(body: str, before: re.Match[str], word: re.Match[str]) -> bool:
    """``before`` is a modifier of ``word``: a lower-case content word right before it."""
    m = before.group()
    return (body[before.end() : word.start()].isspace() and (m.islower() or m[1:].islower())
            and m.lower() not in STOPWORDS and m.lower() not in _QUANTIFIERS and not m.endswith(("’s", "'s"))
            and len(m) > 2)


def _noun_follows(body: str, word: re.Match[str], nxt: re.Match[str] | None) -> bool:
    if nxt is None:
        return False
    return body[word.end() : nxt.start()].isspace() and nxt.group().islower() and nxt.group() not in STOPWORDS


def _families(heads: set[str], listed: dict[str, str]) -> dict[str, str]:
    """Each head's group name: the lexicon's group, or the heads it is joined with (one
    ending in the other: migrant, immigrant) as "immigrants / migrants"."""
    parent = {h: h for h in heads}

    def root(h: str) -> str:
        while parent[h] != h:
            h = parent[h]
        return h

    ordered = sorted(heads, key=len)
    for i, short in enumerate(ordered):
        for long in ordered[i + 1 :]:
            if len(short) >= 6 and long.endswith(short):
                parent[root(long)] = root(short)
    members: dict[str, list[str]] = {}
    for h in heads:
        members.setdefault(root(h), []).append(h)
    out: dict[str, str] = {}
    for group in members.values():
        named = next((listed[h] for h in sorted(group) if h in listed), None)
        name = named or " / ".join(sorted(f"{h}s" for h in group))
        out.update((h, name) for h in group)
    return out


def _lexicon_phrases(text: ArticleText, matchers: Matchers, groups: dict[str, Referent],
                     taken: dict[int, list[tuple[int, int]]]) -> None:
    """Listed phrases not found as a "modifier head" phrase ("activist judges"), in their
    entry's group."""
    spans = taken.setdefault(text.index, [])
    for start, end, mark in matchers.found(text.body):
        if any(s < end and start < e for s, e in spans):
            continue
        spans.append((start, end))
        ref = groups.setdefault(mark.entry.group, Referent(mark.entry.group, "group", "lexicon"))
        surface = " ".join(text.body[start:end].split())
        ref.add(term_key(surface), "phrase", text.use(start, end), mark)

