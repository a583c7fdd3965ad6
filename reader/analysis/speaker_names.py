"""What a capitalised run's words say about the name in it, read from the words alone (no
registry): the titles and honorifics before a name (:func:`title_run`), whether a name is an
organisation's (:func:`is_org`), an institution named by its titles only (:func:`titled_org`)
or a given name and surname (:func:`given_name_first`).

Hand-written word tests over :mod:`reader.analysis.speaker_lexicon`'s lists, like the rest of
the speaker rules (:mod:`reader.analysis.speaker_registry`): each answers from the words, so
the two cached ones are asked of every name found at no more than a dictionary look-up.
"""

from __future__ import annotations

import functools

from reader.analysis.first_names import first_name_gender
from reader.analysis.speaker_lexicon import (
    CONNECTORS,
    FILL,
    HONORIFICS,
    ORG_WORDS,
    ROLE_NOUNS,
    STOP_CAPS,
    TITLE_LINKS,
    TITLE_TAILS,
    TITLES,
)

_OWNED_ORGS = {"campaign", "office", "team", "camp", "administration", "staff"}


def title_run(ws: list[str]) -> tuple[int, int, str | None]:
    """(k, t, gender) for the words of a capitalised run: ws[:k] are sentence-initial
    function words, ws[k:t] titles, honorifics and role nouns (``Police Chief | Mark Ruiz``),
    and an honorific's gender."""
    n = len(ws)
    if n == 1:                                          # most runs: one word, no title left of it
        return (1, 1, None) if ws[0] in STOP_CAPS else (0, 0, None)
    k = 0
    while k < n and ws[k] in STOP_CAPS:
        k += 1
    gender, t = None, k
    while t < n - 1 and (ws[t] in TITLES or ws[t] in HONORIFICS or _role_not_given(ws, t)
                         or ((ws[t] in CONNECTORS or ws[t] in TITLE_LINKS or ws[t] in TITLE_TAILS) and t > k)):
        gender = HONORIFICS.get(ws[t], gender)
        t += 1
    if t >= n - 2:                                      # no word left that could end a later title
        return k, t, gender
    last = max((m + 1 for m in range(t, n - 2)
                if (ws[m] in TITLES or ws[m].lower() in ROLE_NOUNS or ws[m] in TITLE_TAILS)
                and ws[m + 1] not in CONNECTORS and ws[m + 1] not in TITLE_LINKS), default=t)
    return k, last, gender


def _role_not_given(ws: list[str], t: int) -> bool:
    """Whether ws[t] is a role noun before a name, not a given name before a surname ("Dean of Students
    Ann Rowe", "Dean Ann Rowe"; but "Dean Whitlock" is a man's name)."""
    w = ws[t].lower()
    return w in ROLE_NOUNS and not (t == len(ws) - 2 and first_name_gender(ws[t] + " " + ws[t + 1]) is not None)


@functools.lru_cache(maxsize=8192)
def is_org(name: str) -> bool:
    """Whether a name is an organisation's: an organisation word, an acronym, or a person's
    campaign, office or team (``Clinton's campaign``). Cached: asked of every name found."""
    ws = name.split()
    return (not ORG_WORDS.isdisjoint(ws) or (len(ws) == 1 and len(name) > 1 and name.isupper())
            or (len(ws) > 1 and ws[-1] in _OWNED_ORGS and ws[-2].endswith(("’s", "'s"))))


def quote_opens(appos: str) -> bool:
    """Whether a quotation follows an appositive's first word (``an “operational event” of
    this kind …``: the sentence goes on past the name, no appositive; ``author of “…”`` is one)."""
    return appos.partition(" ")[2].lstrip()[:1] == FILL


def titled_org(ws: list[str]) -> bool:
    """``Supreme Court``, ``U.S. District Court``: title words only, ending with an
    organisation's (an institution named by its titles, not a title before a name)."""
    return len(ws) >= 2 and ws[-1] in ORG_WORDS and TITLES.issuperset(ws)


@functools.lru_cache(maxsize=8192)
def given_name_first(name: str) -> bool:
    """``Carole Bower``, ``Mark Weddle``: two or three words opening with a given name the
    first-name list knows; a person wherever the article names them."""
    ws = name.split()
    return 2 <= len(ws) <= 3 and not is_org(name) and first_name_gender(name) is not None
