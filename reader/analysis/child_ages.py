"""A child's age told by "child" in one report and by "boy" or "girl" in another: one person.

An age told of a role the story has one of (:mod:`reader.analysis.age_roles`: "A 7-year-old
boy" and "The boy, 8,") is compared as that role's holder's. A report that does not give the
child's sex ("A 5-year-old child is the patient") told the same person by another noun, and
its age was compared with nothing: "a 4-year-old boy" in another report agreed with it.

Here an age told of a child ("a 5-year-old child", "the 5-year-old toddler") is the age of
the story's one boy or girl, when the story's ages are told of a boy or of a girl but not
both (a boy and a girl: which one is "the child" no word says); else it stays unowned, as it
was. Whether the boy is one person (never two boys, never two ages in one article) is then
decided for the boy as before (:func:`reader.analysis.age_roles.unnamed_roles`).

Hand-written: the noun after "-year-old" is read by one regular expression; the rule is one
of this project's owners.
"""

from __future__ import annotations

import re

from reader.analysis.ages import is_age
from reader.analysis.figures import Figure

CHILD = "child"
_SEXED = ("boy", "girl")
_YEAR_OLD = re.compile(r"-year-old\b", re.IGNORECASE)
_CHILD_AFTER = re.compile(r"\s+(?:[a-z]+\s+)?(?:child|kid|toddler|youngster)\b(?!-)")


def child_role(text: str, f: Figure) -> str | None:
    """``CHILD`` when the age ``f`` is told of a child of no sex ("a 5-year-old child"), else None."""
    if not is_age(f):
        return None
    year_old = _YEAR_OLD.search(text, f.start, f.end + len("-year-old"))
    return CHILD if year_old is not None and _CHILD_AFTER.match(text, year_old.end()) else None


def merged_children(owners: list[str | None], prefix: str) -> list[str | None]:
    """``owners`` with each child's role (``prefix`` + ``CHILD``) made the story's one boy's
    or girl's when exactly one of them is told (module doc); else no owner."""
    child = prefix + CHILD
    if child not in owners:
        return owners
    sexed = {o for o in owners if o in {prefix + s for s in _SEXED}}
    one = next(iter(sexed)) if len(sexed) == 1 else None
    return [one if o == child else o for o in owners]
