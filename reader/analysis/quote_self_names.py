"""A quotation that calls its speaker by their given name is not theirs, when only a
pronoun gave it that speaker.

"Stefan Vukovic, 44, is one of the six men in the refuge chamber. “He called us on the mine
radio,” she said. “That is Stefan.”" — "she" went to the person named last, Stefan, though
his sister is speaking of him: a pronoun's resolver sees the quotations masked (it must not
take their words for the writer's) and so cannot tell that the words speak of the person it
chose. People seldom call themselves by their given name, so when the quotations of one
speech (a group, and the quotations of one paragraph given the same speaker) name the given
name of a person a pronoun made their speaker, the pronoun is taken to have gone wrong and
the speaker is dropped for all of them: no one rather than the wrong one (their
``no_speaker`` then says why). A name the attribution itself gives ("Stefan Vukovic said")
is never undone, nor a speaker known by one word (a surname is a family's too: "the Vukovic
family"), nor an organisation.

Hand-written: a comparison of the article's own words, no list of any kind.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace
from typing import Protocol, TypeVar

_PRONOUN_RE = re.compile(r"\b(?:he|she)\b", re.IGNORECASE)


class _Quote(Protocol):
    @property
    def text(self) -> str: ...
    @property
    def speaker(self) -> str | None: ...
    @property
    def speaker_kind(self) -> str | None: ...
    @property
    def attribution_start(self) -> int | None: ...
    @property
    def attribution_end(self) -> int | None: ...
    @property
    def group(self) -> int: ...
    @property
    def paragraph(self) -> int: ...
    @property
    def how(self) -> str | None: ...


Q = TypeVar("Q", bound=_Quote)


def self_named(quotes: Sequence[Q], masked: str) -> list[Q]:
    """``quotes`` with the speakers a pronoun gave dropped where the quotations of that speech
    name the speaker's given name (module doc); ``masked``: the text the attributions were
    read in (quotations masked). Linear: the quotations are bucketed
    by speaker and group, by speaker, paragraph and attribution, and by speaker and paragraph."""
    names = {q.speaker: _given_name(q.speaker) for q in quotes if _personal(q)}
    if not names:
        return list(quotes)
    pronoun = [_personal(q) and _by_pronoun(q, masked) for q in quotes]
    groups: dict[tuple, list[int]] = {}
    for k, q in enumerate(quotes):
        if q.speaker in names:
            groups.setdefault(("group", q.speaker, q.group), []).append(k)
            groups.setdefault(("said", q.speaker, q.paragraph, q.attribution_start), []).append(k)
            if pronoun[k] or q.how == "follow-on":
                groups.setdefault(("loose", q.speaker, q.paragraph), []).append(k)
    naming = {key: any(names[quotes[k].speaker].search(quotes[k].text) for k in ks)
              for key, ks in groups.items()}
    wrong: set[int] = set()
    for k, q in enumerate(quotes):
        if pronoun[k]:
            speech = [("group", q.speaker, q.group), ("said", q.speaker, q.paragraph, q.attribution_start),
                      ("loose", q.speaker, q.paragraph)]
            if any(naming.get(key, False) for key in speech):
                wrong.update(i for key in speech for i in groups.get(key, ()))
    return [_unattributed(q) if k in wrong else q for k, q in enumerate(quotes)]


def _personal(q: _Quote) -> bool:
    """Whether ``q``'s speaker is a person named by two words or more."""
    return q.speaker is not None and q.speaker_kind == "person" and len(q.speaker.split()) >= 2


def _given_name(speaker: str | None) -> re.Pattern[str]:
    return re.compile(rf"(?<![\w-]){re.escape((speaker or '').split()[0])}(?![\w-])")


def _unattributed(q: Q) -> Q:
    return replace(q, speaker=None, speaker_role=None, speaker_kind=None)  # type: ignore[type-var]


def _by_pronoun(q: _Quote, masked: str) -> bool:
    """Whether the attribution that gave ``q`` its speaker is a pronoun's ("she said")."""
    if q.attribution_start is None or q.attribution_end is None:
        return False
    return _PRONOUN_RE.search(masked, q.attribution_start, q.attribution_end) is not None
