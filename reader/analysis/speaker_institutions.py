"""The institutions an article names by a capitalised name ending in one noun (``the Ohio
Supreme Court``, ``the state Supreme Court``: ``Court``) or opening with it before "of"
(``the University of Eastbridge``), for the registry's reading of a bare
``the court`` (:func:`reader.analysis.speaker_resolve.resolve`): it stands for the
institution only when the text before it names one such institution."""

from __future__ import annotations

import re

from reader.analysis.speaker_lexicon import STOP_CAPS


def institution_names(text: str, word: str) -> list[tuple[int, str]]:
    """(start, name) of every capitalised name ending in ``word`` (``Court``), or opening
    with it before "of" (``University of Eastbridge``, ``Federal Bureau of Investigation``),
    in the text, sentence-initial function words dropped (``The Ohio Supreme Court`` →
    ``Ohio Supreme Court``)."""
    found = []
    pattern = (r"(?:[A-Z][\w.’'\-]*\s+){0,4}" + word
               + r"(?:\s+of(?:\s+the)?(?:\s+[A-Z][\w.’'\-]*){1,4})?\b")
    for m in re.finditer(pattern, text):
        ws = m.group().split()
        while len(ws) > 1 and ws[0] in STOP_CAPS:
            ws.pop(0)
        found.append((m.start(), " ".join(ws)))
    return found


def distinct_names(found: list[tuple[int, str]], pos: int) -> list[str]:
    """The distinct names of ``found`` before ``pos``, a name that ends another (``Supreme
    Court``, ``Ohio Supreme Court``) counted with it."""
    names = {name for at, name in found if at < pos}
    if len(names) > 5:                  # (a name of five words ends at most five others: two at least)
        return sorted(names)
    return sorted(n for n in names if not any(o != n and ends_with(o, n) for o in names))


def ends_with(name: str, tail: str) -> bool:
    """Whether ``name`` is ``tail`` or ends with it as whole words."""
    return name == tail or name.endswith(" " + tail)


def short_for_org(text: str, word: str) -> bool:
    """Whether a one-word name is short for a company the text names in full with it as its
    first word and a company's word last ("Calder" after "Calder Motors"; not "Clinton"
    after "Clinton Foundation", which people's names make): no "he" or "she" stands for it."""
    for m in re.finditer(r"\b" + re.escape(word) + r"((?:\s+[A-Z][\w&.’'\-]*){1,2})", text):
        if m.group(1).split()[-1] in _COMPANY_WORDS:
            return True
    return False


_COMPANY_WORDS = frozenset({
    "Motors", "Motor", "Inc", "Inc.", "Corp", "Corp.", "Corporation", "Co.", "Company", "Ltd", "Ltd.", "LLC", "Group",
    "Holdings", "Industries", "Airlines", "Airways", "Bank", "Energy", "Foods", "Pharmaceuticals", "Technologies",
    "Systems", "Sensors", "Logistics", "Mining", "Steel", "Chemicals", "Manufacturing", "Insurance", "Utilities",
    "Electric", "Brewing", "Construction",
})
