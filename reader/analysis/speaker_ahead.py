"""Speakers described before they are named (cataphora): ``… by a judge who told him, “…”``,
then two paragraphs on ``Judge Ann Lee said …``; ``A prosecutor called him “…”``, then in
the next paragraph ``Prosecutor Dana Roe also said …``.

A description with no earlier person who fits it (the registry's look back,
:func:`reader.analysis.speaker_resolve.resolve`) names the one person the article
names *ahead*, within :data:`REACH_PARAGRAPHS` paragraphs after the description's own and
:data:`REACH_CHARS` characters, whose titles, roles and appositives hold the head noun and
every modifier (``a federal prosecutor``: ``federal`` and ``prosecutor``), of a compatible
gender. Nobody when two people fit, when the description is plural, generic or
post-modified (``prosecutors said``, ``one official``, ``a spokesperson for the county``,
``an official familiar with …``: the anonymous sources news keeps unnamed), or when the person
named ahead has another role: a wrong speaker is worse than none.

The reach: a lede that describes a speaker names them in the paragraph after it or the one
after that (the wire style: lede, the sentence's details, then the named attribution); further
on, a person of the same role is as likely someone else. The character bound keeps a text
without paragraph breaks from reaching across all of it (two news paragraphs are some 400 to
900 characters).
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from typing import Protocol, TypeVar

from reader.analysis.speaker_lexicon import GENDERED, is_role_word

REACH_PARAGRAPHS = 2      # paragraphs after the description's own in which its person may be named
REACH_CHARS = 1200        # and at most this many characters ahead
_NOT_ROLES = {"man", "woman"}       # role nouns for the look back, but no one's title or role
_MODIFIER_RE = re.compile(r"[A-Za-z][\w’'\-.]*")


class Described(Protocol):
    """What the look ahead asks of a registry's person (:class:`reader.analysis.speaker_people.Person`)."""

    kind: str
    gender: str | None
    mentions: list[int]

    def describes(self) -> str: ...


P = TypeVar("P", bound=Described)


def indefinite_head(phrase: str) -> tuple[str, tuple[str, ...]] | None:
    """(head noun, modifiers) of an indefinite description that may name one person ahead:
    ``a judge`` → (judge, ()), ``A federal prosecutor`` → (prosecutor, (federal,)): ``a`` or
    ``an``, at most three modifiers, a singular role noun ending the phrase. ``None`` for
    anything else: ``one``/``some``/``two`` …, a plural, a phrase going on past its noun (``a
    spokesperson for the county``)."""
    ws = phrase.split()
    if not 2 <= len(ws) <= 5 or ws[0].lower() not in ("a", "an"):
        return None
    head, mods = ws[-1], ws[1:-1]
    if not _singular_role(head) or not all(_MODIFIER_RE.fullmatch(m) for m in mods):
        return None
    if any(is_role_word(m) for m in mods):          # a lawyer for … / an aide to … cut short: no head
        return None
    return head, tuple(m.lower() for m in mods)


def _singular_role(word: str) -> bool:
    """A lower-case role noun, not a plural (``prosecutors``) and not ``man``/``woman``."""
    if not word.islower() or word in _NOT_ROLES or not is_role_word(word):
        return False
    return not (word.endswith("s") and is_role_word(word[:-1]))


def fits(person: Described, head: str, modifiers: Iterable[str]) -> bool:
    """Whether a person's titles, roles and appositives hold the head noun and every modifier
    as words, and their gender (when known) is the head noun's (when it has one): the one test
    of whom a description fits, looking ahead (:func:`named_ahead`) and back
    (:func:`reader.analysis.speaker_resolve.resolve`). Whole words, so ``the lawyer`` is not
    someone described as ``one of the lawyers`` and ``the Bush judge`` not ``a Bushwick native``."""
    if person.kind != "person":
        return False
    text = person.describes()
    if not all(re.search(rf"\b{re.escape(w.lower())}\b", text) for w in (head, *modifiers)):
        return False
    return person.gender in (None, GENDERED.get(head, person.gender))


def reach_end(text: str, pos: int) -> int:
    """Where the look ahead from ``pos`` stops: the end of the :data:`REACH_PARAGRAPHS`-th
    paragraph after the one holding ``pos`` (paragraphs are lines; blank ones are skipped), at
    most :data:`REACH_CHARS` characters on."""
    end, n = pos, min(len(text), pos + REACH_CHARS)
    for _ in range(REACH_PARAGRAPHS + 1):
        nl = text.find("\n", end, n)
        if nl < 0:
            return n
        end = nl
        while end < n and text[end].isspace():
            end += 1
    return end


def named_ahead(people: Iterable[P], text: str, described: tuple[str, tuple[str, ...]], pos: int,
                after: int) -> P | None:
    """The one person first named after ``after`` (the end of the sentence of the description
    at ``pos``), within the reach (:func:`reach_end`), who :func:`fits` the description
    ``(head noun, modifiers)``; ``None`` when nobody does or two do, or when someone who fits
    is named before ``after`` (an earlier person the description may stand for, or one named
    in its own sentence, whose role may be the description itself: ``The lawyer who ran three
    Boston Marathons``)."""
    head, modifiers = described
    if head in _NOT_ROLES:
        return None
    stop = reach_end(text, pos)
    ahead: list[P] = []
    for p in people:
        if not p.mentions or p.mentions[0] > stop or not fits(p, head, modifiers):
            continue
        if p.mentions[0] <= after:
            return None
        ahead.append(p)
    return ahead[0] if len(ahead) == 1 else None
